// Which inputs a pack's rules can read at all: an input no condition, amount or variable
// leading to them mentions played no part in any result, so explanations leave it out.
#pragma once

#include <set>
#include <string>

#include "eligo/pack.hpp"

namespace eligo::explain_detail {

// The names of the inputs reachable from the benefits' conditions and amounts through the
// variables' formulas (names inside quoted enumeration values are not names).
std::set<std::string> inputs_read_by_benefits(const RulePack& pack);

}  // namespace eligo::explain_detail
