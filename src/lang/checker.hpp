// Name resolution, type checking and cycle detection over a whole pack.
//
// Every formula is parsed and annotated in place (types, levels, references). Problems
// are collected, all of them, each with the file position of the offending token.
#pragma once

#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"
#include "lang/ast.hpp"

namespace eligo::lang {

struct CheckedBenefit {
  std::vector<NodePtr> conditions;  // one per condition, boolean, group level
  NodePtr amount;                   // money, group level
};

struct CheckedPack {
  std::vector<NodePtr> variables;          // same order as pack.variables
  std::vector<TypeInfo> variable_types;    // final type of each variable
  std::vector<CheckedBenefit> benefits;    // same order as pack.benefits
  std::vector<int> variable_order;         // variables in dependency order (each after its inputs)
};

// Checks the pack; `problems` receives every problem. The result is usable for compilation
// only when no error was added.
CheckedPack check_pack(const RulePack& pack, std::vector<Diagnostic>& problems);

}  // namespace eligo::lang
