// Which operand rows an unknown row of a step takes its missing inputs from, written once for
// the pass that marks the rows to trace (rows_to_trace.cpp) and the tracer that follows them
// (missing_inputs.cpp): the two must read exactly the same rows.
#pragma once

#include <cstdint>

#include "eval/batch.hpp"

namespace eligo::detail {

// Calls visit(register, row, only_if_unknown) for each operand row that row `row` of `step`
// reads; `only_if_unknown`: the operand counts only where it is unknown itself. Negative
// registers (no operand) are passed too, for the caller to skip.
template <typename Visit>
void for_each_traced_operand(const Step& step, std::uint32_t row, const Scratch& scratch, Visit&& visit) {
  switch (step.op) {
    case Op::load_input: return;
    case Op::broadcast: visit(step.a, scratch.person_group[row], false); return;
    case Op::sum_members:
    case Op::count_members:
    case Op::min_members:
    case Op::max_members:
    case Op::any_members:
    case Op::all_members:
      for (std::uint32_t p = scratch.member_offsets[row]; p < scratch.member_offsets[row + 1]; ++p) {
        visit(step.a, p, true);
        visit(step.b, p, true);
      }
      return;
    case Op::choose:
      // A known condition: the row is the chosen branch's. Otherwise any unknown operand.
      if (scratch.valid[static_cast<std::size_t>(step.a)][row]) {
        visit(scratch.values[static_cast<std::size_t>(step.a)][row] != 0 ? step.b : step.c, row, false);
        return;
      }
      [[fallthrough]];
    default:
      visit(step.a, row, true);
      visit(step.b, row, true);
      visit(step.c, row, true);
      return;
  }
}

}  // namespace eligo::detail
