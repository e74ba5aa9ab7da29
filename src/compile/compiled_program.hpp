// What a Program holds: the pack, its checked formulas and the plan of steps.
#pragma once

#include <string>
#include <vector>

#include "compile/plan.hpp"
#include "eligo/pack.hpp"
#include "lang/checker.hpp"

namespace eligo::detail {

struct CompiledProgram {
  RulePack pack;  // owned here: steps and types point into it, so it never moves
  lang::CheckedPack checked;
  Plan plan;
  std::vector<std::string> input_names;  // inputs, then "param.<name>": what can be missing
};

}  // namespace eligo::detail
