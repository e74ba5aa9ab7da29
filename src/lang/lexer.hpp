// Splits a formula into tokens, each with its position for error messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.hpp"

namespace eligo::lang {

enum class TokenKind { number, string, identifier, symbol, end, invalid };

struct Token {
  TokenKind kind = TokenKind::end;
  std::string text;  // identifiers may contain dots: param.rsa.montant
  Position position;
};

// Never fails: an unreadable character becomes an `invalid` token the parser reports.
std::vector<Token> tokenize(std::string_view text);

}  // namespace eligo::lang
