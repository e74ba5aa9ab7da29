// Type rules of the rule language, applied to one expression tree.
#pragma once

#include <optional>
#include <string>

#include "eligo/pack.hpp"
#include "lang/ast.hpp"

namespace eligo::lang {

// Stops the typing of one formula. `reported` is true when the cause was already reported
// elsewhere (a broken variable used here), so that one mistake gives one message.
struct TypingFailure {
  Position position;
  std::string message;
  bool reported = false;
};

// Resolves the names of formulas: inputs, variables (typed on demand), benefits, built-ins.
class NameResolver {
 public:
  virtual ~NameResolver() = default;
  // Sets the node's reference and type, or throws TypingFailure.
  virtual void resolve(Node& name, Level context) = 0;
};

// Types `node` and its subtree evaluated at `context`; throws TypingFailure.
void type_expression(Node& node, Level context, const RulePack& pack, NameResolver& names);

// Gives a bare number or text the type its context needs (money, an enumeration...).
void coerce_literal(Node& literal, const TypeInfo& target);

std::string type_name(const TypeInfo& info);

// A month offset as written ("-1", "3"); nullopt when the text is not a whole number.
std::optional<int> month_offset(const std::string& text);
// The offset a bound of month_sum()/month_mean() writes: a whole number, perhaps negated.
std::optional<int> literal_month_offset(const Node& node);

}  // namespace eligo::lang
