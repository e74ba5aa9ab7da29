// Lowers checked formulas into the steps of a Plan.
#pragma once

#include "compile/plan.hpp"
#include "lang/checker.hpp"

namespace eligo::detail {

// `pack` must outlive the plan: steps point at its formulas for error messages.
Plan lower_pack(const RulePack& pack, const lang::CheckedPack& checked);

}  // namespace eligo::detail
