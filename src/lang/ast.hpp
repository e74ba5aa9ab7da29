// Syntax tree of the rule language, annotated in place by the checker.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "eligo/value.hpp"

namespace eligo::lang {

// A position inside one formula's text, 1-based; Formula::location_of maps it to the file.
struct Position {
  int line = 1;
  int column = 1;
};

enum class NodeKind {
  number,     // text: the literal as written
  string,     // text: the value
  boolean,    // text: "true" or "false"
  name,       // text: input, variable, benefit or built-in name
  parameter,  // text: parameter name without the "param." prefix
  unary,      // text: "-" or "not"; children: operand
  binary,     // text: operator; children: left, right
  choice,     // if-then-else; children: condition, then, else
  call,       // text: function; children: arguments
  aggregate,  // text: function; children: [filter or null, value or null]
  membership, // text: "in" or "not in"; children: value, then the listed literals
  shift,      // text: the month offset ("-1"); children: value, read at that month (`x@-1`)
};

// Month offsets a formula may reach, relative to the evaluated month, in either direction:
// a bound keeps the unrolled program small and catches a mistyped year for a month.
inline constexpr int max_month_offset = 24;

// Where a node is evaluated: once per person or once per group.
enum class Level { person, group };

// What a name or parameter node refers to, once resolved.
enum class Reference : std::uint8_t { none, input, variable, benefit, role, period_start, parameter };

// What the checker learns of a node.
struct TypeInfo {
  ValueType type = ValueType::integer;
  bool is_literal = false;         // a bare number, whose type follows its context
  const std::vector<std::string>* enum_values = nullptr;  // for enumerations
};

struct Node {
  NodeKind kind = NodeKind::number;
  Position position;
  std::string text;
  std::vector<std::unique_ptr<Node>> children;

  // Filled by the checker.
  TypeInfo info;
  Level level = Level::group;
  ValueType operand_type = ValueType::integer;  // type both operands are computed in
  Reference reference = Reference::none;
  int reference_index = -1;  // index into the pack's inputs, variables, benefits or parameters
};

using NodePtr = std::unique_ptr<Node>;

}  // namespace eligo::lang
