// Turns one test case of a pack into a population of one group.
#pragma once

#include <optional>
#include <string>

#include "eligo/pack.hpp"
#include "eligo/population.hpp"

namespace eligo::testing_detail {

// The population of `test`, or the reason it cannot be built (an input that is not in the
// schema, a value that does not fit its type, a member without a role). Inputs absent from
// the case stay unknown.
struct CasePopulation {
  std::optional<Population> population;
  std::string problem;
};

CasePopulation build_case_population(const RulePack& pack, const TestCase& test);

}  // namespace eligo::testing_detail
