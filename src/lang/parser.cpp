// Recursive descent over the grammar below, lowest precedence first:
//   expression := "if" expression "then" expression "else" expression | or
//   or         := and ("or" and)*
//   and        := not ("and" not)*
//   not        := "not" not | comparison
//   comparison := sum (("=="|"!="|"<"|"<="|">"|">=") sum | ["not"] "in" "[" literals "]")?
//   sum        := product (("+"|"-") product)*
//   product    := unary (("*"|"/") unary)*
//   unary      := "-" unary | shifted
//   shifted    := primary ("@" ["-"|"+"] number)?      (the value at another month)
//   primary    := number | text | "true" | "false" | name | call | "(" expression ")"
//   call       := name "(" (members ["where" expression] ("," expression)? | arguments) ")"
#include "lang/parser.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "lang/builtins.hpp"
#include "lang/lexer.hpp"

namespace eligo::lang {

namespace {

const std::set<std::string, std::less<>> keywords = {"if",  "then", "else", "and",  "or",
                                                     "not", "in",   "true", "false", "where"};

struct Failure {
  ParseError error;
};

std::string too_deep_message() {
  return "expression nested more than " + std::to_string(max_expression_depth) +
         " levels deep; split it into variables";
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, const std::string& members_word)
      : tokens_(std::move(tokens)), members_(members_word) {}

  NodePtr parse() {
    NodePtr root = expression();
    if (current().kind != TokenKind::end) fail(current(), "expected an operator or the end of the formula");
    return root;
  }

 private:
  const Token& current() const { return tokens_[index_]; }
  bool is_symbol(std::string_view symbol) const {
    return current().kind == TokenKind::symbol && current().text == symbol;
  }
  bool is_keyword(std::string_view word) const {
    return current().kind == TokenKind::identifier && current().text == word;
  }
  const Token& take() { return tokens_[index_ < tokens_.size() - 1 ? index_++ : index_]; }

  [[noreturn]] void fail(const Token& token, const std::string& expected) const {
    std::string found;
    switch (token.kind) {
      case TokenKind::end: found = "the end of the formula"; break;
      case TokenKind::invalid:
        found = token.text == "unterminated text" ? "text without its closing quote"
                                                  : "the character `" + token.text + "`";
        break;
      default: found = "`" + token.text + "`"; break;
    }
    throw Failure{ParseError{token.position, expected + ", found " + found}};
  }

  void expect_symbol(std::string_view symbol, const std::string& what) {
    if (!is_symbol(symbol)) fail(current(), "expected " + what);
    take();
  }

  void expect_keyword(std::string_view word) {
    if (!is_keyword(word)) fail(current(), "expected `" + std::string(word) + "`");
    take();
  }

  NodePtr make(NodeKind kind, const Token& at, std::string text) const {
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->position = at.position;
    node->text = std::move(text);
    return node;
  }

  NodePtr binary(const Token& at, std::string op, NodePtr left, NodePtr right) const {
    NodePtr node = make(NodeKind::binary, at, std::move(op));
    node->children.push_back(std::move(left));
    node->children.push_back(std::move(right));
    return node;
  }

  // Every recursive rule passes through here, so depth is bounded whatever the input.
  struct DepthGuard {
    explicit DepthGuard(Parser& parser) : parser_(parser) {
      if (++parser_.depth_ > max_expression_depth)
        throw Failure{ParseError{parser_.current().position, too_deep_message()}};
    }
    ~DepthGuard() { --parser_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    Parser& parser_;
  };

  // A chain such as a + b + c builds one more tree level per operator without recursing:
  // each link counts as one level, so that a long chain is refused while it is read, before
  // its tree grows deep enough for the recursion that destroys it to exhaust the stack.
  class ChainGuard {
   public:
    explicit ChainGuard(Parser& parser) : parser_(parser), depth_on_entry_(parser.depth_) {}
    ~ChainGuard() { parser_.depth_ = depth_on_entry_; }
    ChainGuard(const ChainGuard&) = delete;
    ChainGuard& operator=(const ChainGuard&) = delete;
    void add_link() {
      if (++parser_.depth_ > max_expression_depth)
        throw Failure{ParseError{parser_.current().position, too_deep_message()}};
    }

   private:
    Parser& parser_;
    int depth_on_entry_;
  };

  NodePtr expression() {
    const DepthGuard guard(*this);
    if (!is_keyword("if")) return disjunction();
    const Token& at = take();
    NodePtr node = make(NodeKind::choice, at, "if");
    node->children.push_back(expression());
    expect_keyword("then");
    node->children.push_back(expression());
    expect_keyword("else");
    node->children.push_back(expression());
    return node;
  }

  NodePtr disjunction() {
    ChainGuard chain(*this);
    NodePtr left = conjunction();
    while (is_keyword("or")) {
      chain.add_link();
      const Token& at = take();
      left = binary(at, "or", std::move(left), conjunction());
    }
    return left;
  }

  NodePtr conjunction() {
    ChainGuard chain(*this);
    NodePtr left = negation();
    while (is_keyword("and")) {
      chain.add_link();
      const Token& at = take();
      left = binary(at, "and", std::move(left), negation());
    }
    return left;
  }

  NodePtr negation() {
    const DepthGuard guard(*this);
    if (!is_keyword("not")) return comparison();
    const Token& at = take();
    NodePtr node = make(NodeKind::unary, at, "not");
    node->children.push_back(negation());
    return node;
  }

  NodePtr comparison() {
    NodePtr left = sum();
    static constexpr std::string_view operators[] = {"==", "!=", "<=", ">=", "<", ">"};
    for (const std::string_view op : operators) {
      if (is_symbol(op)) {
        const Token& at = take();
        return binary(at, std::string(op), std::move(left), sum());
      }
    }
    if (is_keyword("in") ||
        (is_keyword("not") && tokens_[index_ + 1].kind == TokenKind::identifier &&
         tokens_[index_ + 1].text == "in")) {
      const Token& at = current();
      std::string op = "in";
      if (is_keyword("not")) {
        take();
        op = "not in";
      }
      take();
      NodePtr node = make(NodeKind::membership, at, op);
      node->children.push_back(std::move(left));
      expect_symbol("[", "`[` opening the list of values");
      if (!is_symbol("]")) {
        do {
          node->children.push_back(literal());
        } while (is_symbol(",") && (take(), true));
      }
      expect_symbol("]", "`,` or `]` closing the list of values");
      return node;
    }
    return left;
  }

  NodePtr literal() {
    const Token& token = current();
    if (token.kind == TokenKind::string) return make(NodeKind::string, take(), token.text);
    if (token.kind == TokenKind::number) return make(NodeKind::number, take(), token.text);
    if (is_symbol("-") && tokens_[index_ + 1].kind == TokenKind::number) {
      take();
      return make(NodeKind::number, token, "-" + take().text);
    }
    if (is_keyword("true") || is_keyword("false")) return make(NodeKind::boolean, token, take().text);
    fail(token, "expected a literal value (a number or a text in quotes)");
  }

  NodePtr sum() {
    ChainGuard chain(*this);
    NodePtr left = product();
    while (is_symbol("+") || is_symbol("-")) {
      chain.add_link();
      const Token& at = take();
      left = binary(at, at.text, std::move(left), product());
    }
    return left;
  }

  NodePtr product() {
    ChainGuard chain(*this);
    NodePtr left = unary();
    while (is_symbol("*") || is_symbol("/")) {
      chain.add_link();
      const Token& at = take();
      left = binary(at, at.text, std::move(left), unary());
    }
    return left;
  }

  NodePtr unary() {
    const DepthGuard guard(*this);
    if (!is_symbol("-")) return shifted();
    const Token& at = take();
    NodePtr node = make(NodeKind::unary, at, "-");
    node->children.push_back(unary());
    return node;
  }

  // `value@-1`: the value as computed for the month before the evaluated one.
  NodePtr shifted() {
    NodePtr value = primary();
    if (!is_symbol("@")) return value;
    const Token& at = take();
    std::string offset;
    if (is_symbol("-") || is_symbol("+")) offset = take().text == "-" ? "-" : "";
    if (current().kind != TokenKind::number || current().text.find_first_not_of("0123456789") != std::string::npos)
      fail(current(), "expected a whole number of months after `@`, e.g. revenus@-1");
    offset += take().text;
    NodePtr node = make(NodeKind::shift, at, offset);
    node->children.push_back(std::move(value));
    return node;
  }

  NodePtr primary() {
    const Token& token = current();
    switch (token.kind) {
      case TokenKind::number: return make(NodeKind::number, take(), token.text);
      case TokenKind::string: return make(NodeKind::string, take(), token.text);
      case TokenKind::symbol:
        if (is_symbol("(")) {
          take();
          NodePtr inner = expression();
          expect_symbol(")", "`)` closing the parenthesis");
          return inner;
        }
        break;
      case TokenKind::identifier: return name_or_call();
      default: break;
    }
    fail(token, "expected a value, a name or `(`");
  }

  NodePtr name_or_call() {
    const Token& token = take();
    if (token.text == "true" || token.text == "false") return make(NodeKind::boolean, token, token.text);
    if (keywords.count(token.text) != 0)
      fail(token, "expected a value, a name or `(`");
    if (token.text.rfind("param.", 0) == 0) return make(NodeKind::parameter, token, token.text.substr(6));
    if (!is_symbol("(")) return make(NodeKind::name, token, token.text);
    take();
    const bool is_aggregate = is_member_aggregate(token.text) &&
                              current().kind == TokenKind::identifier && current().text == members_;
    if (is_aggregate) return aggregate(token);
    NodePtr call = make(NodeKind::call, token, token.text);
    if (!is_symbol(")")) {
      do {
        call->children.push_back(expression());
      } while (is_symbol(",") && (take(), true));
    }
    expect_symbol(")", "`,` or `)` closing the call of " + token.text);
    return call;
  }

  // sum(membres where filter, value): children are [filter or null, value or null].
  NodePtr aggregate(const Token& function) {
    take();  // the members word
    NodePtr node = make(NodeKind::aggregate, function, function.text);
    NodePtr filter;
    if (is_keyword("where")) {
      take();
      filter = expression();
    }
    NodePtr value;
    if (is_symbol(",")) {
      take();
      value = expression();
    }
    expect_symbol(")", "`)` closing " + function.text + "(" + members_ + " ...)");
    node->children.push_back(std::move(filter));
    node->children.push_back(std::move(value));
    return node;
  }

  std::vector<Token> tokens_;
  const std::string& members_;
  std::size_t index_ = 0;
  int depth_ = 0;
};

// Long chains such as a + a + ... + a build a deep left-leaning tree without deep parser
// recursion; later stages recurse over the tree, so its depth is bounded here too.
int tree_depth(const Node& root) {
  int deepest = 0;
  std::vector<std::pair<const Node*, int>> pending{{&root, 1}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    for (const NodePtr& child : node->children)
      if (child) pending.emplace_back(child.get(), depth + 1);
  }
  return deepest;
}

}  // namespace

ParseResult parse_formula(std::string_view text, const std::string& members_word) {
  try {
    Parser parser(tokenize(text), members_word);
    NodePtr root = parser.parse();
    if (tree_depth(*root) > max_expression_depth)
      return ParseResult{nullptr, ParseError{root->position, too_deep_message()}};
    return ParseResult{std::move(root), std::nullopt};
  } catch (const Failure& failure) {
    return ParseResult{nullptr, failure.error};
  }
}

}  // namespace eligo::lang
