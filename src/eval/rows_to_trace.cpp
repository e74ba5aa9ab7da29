// Which unknown rows the missing-input names are read from. Most unknown rows of a batch
// never reach an undetermined result: a branch not taken, a benefit a failed condition
// decided, a condition of one benefit that another benefit's result does not read. Going
// back from each undetermined result, through exactly the operands the tracer
// (missing_inputs.cpp) merges, marks the rows it will read; it then traces those alone.
#include <algorithm>

#include "eval/batch.hpp"
#include "eval/batch_results.hpp"
#include "eval/traced_operands.hpp"

namespace eligo::detail {

namespace {

class RowMarker {
 public:
  RowMarker(const EvaluationContext& context, Scratch& scratch) : context_(context), scratch_(scratch) {}

  void mark(int reg, std::size_t row) {
    if (reg < 0) return;
    const auto r = static_cast<std::size_t>(reg);
    if (!scratch_.wanted_marked[r]) {
      std::fill_n(scratch_.wanted[r], scratch_.rows(context_.plan.registers[r].level), std::uint8_t{0});
      scratch_.wanted_rows[r].clear();
      scratch_.wanted_marked[r] = 1;
    }
    if (scratch_.wanted[r][row]) return;
    scratch_.wanted[r][row] = 1;
    scratch_.wanted_rows[r].push_back(static_cast<std::uint32_t>(row));
  }

  void mark_if_unknown(int reg, std::size_t row) {
    if (reg >= 0 && !scratch_.valid[static_cast<std::size_t>(reg)][row]) mark(reg, row);
  }

  // The operands' rows that the tracer reads for the wanted rows of step `s`, whose register
  // has some. Every row marked is unknown: a result undetermined, or an operand an unknown
  // row was computed from.
  void step(std::size_t s, bool shared) {
    const Step& step = context_.plan.steps[s];
    const std::vector<std::uint32_t>& rows = scratch_.wanted_rows[static_cast<std::size_t>(step.out)];
    if (shared) {  // its rows are another register's (its twin's, a branch's): traced for it
      for (const std::uint32_t i : rows) mark(scratch_.same_rows_as[s], i);
      return;
    }
    for (const std::uint32_t row : rows)
      for_each_traced_operand(step, row, scratch_, [&](int reg, std::size_t operand_row, bool only_if_unknown) {
        if (only_if_unknown) {
          mark_if_unknown(reg, operand_row);
        } else {
          mark(reg, operand_row);
        }
      });
  }

 private:
  const EvaluationContext& context_;
  Scratch& scratch_;
};

// Every register has wanted rows of its own, those that point at another's rows included
// (their readers mark them before they are passed on), laid out again when the stores grow.
void lay_out_wanted(const Plan& plan, Scratch& scratch) {
  if (scratch.wanted_layout == scratch.valid_store.get() && scratch.wanted.size() == plan.registers.size()) return;
  const auto rows = [&](const Register& r) {
    return r.level == Level::person ? scratch.person_capacity : scratch.group_capacity;
  };
  std::size_t total = 0;
  for (const Register& r : plan.registers) total += rows(r);
  scratch.wanted_store = std::make_unique_for_overwrite<std::uint8_t[]>(total);
  scratch.wanted.resize(plan.registers.size());
  scratch.wanted_rows.resize(plan.registers.size());
  std::size_t offset = 0;
  for (std::size_t r = 0; r < plan.registers.size(); ++r) {
    scratch.wanted[r] = scratch.wanted_store.get() + offset;
    offset += rows(plan.registers[r]);
  }
  scratch.wanted_layout = scratch.valid_store.get();
}

}  // namespace

void mark_rows_to_trace(const EvaluationContext& context, Scratch& scratch) {
  const Plan& plan = context.plan;
  lay_out_wanted(plan, scratch);
  scratch.wanted_marked.assign(plan.registers.size(), 0);
  RowMarker marker(context, scratch);
  for (const BenefitPlan& benefit : plan.benefits)
    for (std::size_t g = 0; g < scratch.group_rows; ++g) marker.mark(register_naming_missing(benefit, scratch, g), g);
  const bool sharing = scratch.shared.size() == plan.steps.size();
  // Most steps have no wanted rows: their registers are read from the compact step_out, and
  // the tracer visits the steps listed here alone.
  scratch.steps_to_trace.clear();
  for (std::size_t s = plan.steps.size(); s-- > 0;) {
    if (!scratch.wanted_marked[static_cast<std::size_t>(scratch.step_out[s])]) continue;
    scratch.steps_to_trace.push_back(static_cast<std::uint32_t>(s));
    marker.step(s, sharing && scratch.shared[s]);
  }
}

}  // namespace eligo::detail
