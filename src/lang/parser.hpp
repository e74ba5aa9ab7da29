// Parses one formula into a syntax tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.hpp"

namespace eligo::lang {

struct ParseError {
  Position position;
  std::string message;
};

// Nesting deeper than this is refused, so that no formula can exhaust the stack.
inline constexpr int max_expression_depth = 200;

struct ParseResult {
  NodePtr root;                      // null when there is an error
  std::optional<ParseError> error;   // the first problem found
};

// `members_word` is the pack's word for a group's members ("membres").
ParseResult parse_formula(std::string_view text, const std::string& members_word);

}  // namespace eligo::lang
