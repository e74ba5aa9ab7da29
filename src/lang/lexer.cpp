#include "lang/lexer.hpp"

#include <cctype>

namespace eligo::lang {

namespace {

bool is_identifier_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_identifier_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    while (true) {
      skip_space();
      if (at_end()) break;
      tokens.push_back(next());
    }
    tokens.push_back(Token{TokenKind::end, "", here()});
    return tokens;
  }

 private:
  bool at_end() const { return index_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const {
    return index_ + ahead < text_.size() ? text_[index_ + ahead] : '\0';
  }
  Position here() const { return Position{line_, column_}; }

  void advance() {
    if (text_[index_] == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(text_[index_]) & 0xC0) != 0x80) {
      ++column_;  // count characters, not UTF-8 continuation bytes
    }
    ++index_;
  }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      advance();
  }

  Token next() {
    const Position start = here();
    const unsigned char c = static_cast<unsigned char>(peek());
    if (std::isdigit(c)) return number(start);
    if (is_identifier_start(c)) return identifier(start);
    if (c == '"' || c == '\'') return string(start);
    return symbol(start);
  }

  Token number(Position start) {
    std::string text;
    while (!at_end() && (std::isdigit(static_cast<unsigned char>(peek())) || peek() == '_' ||
                         (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))))) {
      text += peek();
      advance();
    }
    return Token{TokenKind::number, text, start};
  }

  Token identifier(Position start) {
    std::string text;
    while (!at_end()) {
      const unsigned char c = static_cast<unsigned char>(peek());
      if (is_identifier_char(c) ||
          (c == '.' && is_identifier_start(static_cast<unsigned char>(peek(1))))) {
        text += peek();
        advance();
      } else {
        break;
      }
    }
    return Token{TokenKind::identifier, text, start};
  }

  Token string(Position start) {
    const char quote = peek();
    advance();
    std::string text;
    while (!at_end() && peek() != quote && peek() != '\n') {
      text += peek();
      advance();
    }
    if (at_end() || peek() != quote) return Token{TokenKind::invalid, "unterminated text", start};
    advance();
    return Token{TokenKind::string, text, start};
  }

  Token symbol(Position start) {
    static constexpr std::string_view two_char[] = {"==", "!=", "<=", ">="};
    for (const std::string_view candidate : two_char) {
      if (peek() == candidate[0] && peek(1) == candidate[1]) {
        advance();
        advance();
        return Token{TokenKind::symbol, std::string(candidate), start};
      }
    }
    static constexpr std::string_view one_char = "+-*/()<>,[]@";
    const char c = peek();
    if (one_char.find(c) != std::string_view::npos) {
      advance();
      return Token{TokenKind::symbol, std::string(1, c), start};
    }
    std::string bad(1, c);
    advance();
    while (!at_end() && (static_cast<unsigned char>(peek()) & 0xC0) == 0x80) {
      bad += peek();  // keep a whole UTF-8 character in the message
      advance();
    }
    return Token{TokenKind::invalid, bad, start};
  }

  std::string_view text_;
  std::size_t index_ = 0;
  int line_ = 1;
  int column_ = 1;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Lexer(text).run(); }

}  // namespace eligo::lang
