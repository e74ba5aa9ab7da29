#include "eval/batch_results.hpp"

namespace eligo::detail {

namespace {

Status status_of(bool all_known, std::int64_t all, bool amount_known) {
  if (all_known && all == 0) return Status::not_eligible;
  if (all_known && amount_known) return Status::eligible;
  return Status::undetermined;
}

}  // namespace

bool has_undetermined(const CompiledProgram& program, const Scratch& scratch) {
  for (const BenefitPlan& benefit : program.plan.benefits)
    for (std::size_t g = 0; g < scratch.group_rows; ++g)
      if (register_naming_missing(benefit, scratch, g) >= 0) return true;
  return false;
}

int register_naming_missing(const BenefitPlan& benefit, const Scratch& scratch, std::size_t g) {
  const auto all_reg = static_cast<std::size_t>(benefit.all_conditions);
  const bool all_ok = scratch.valid[all_reg][g] != 0;
  const bool amount_ok = scratch.valid[static_cast<std::size_t>(benefit.amount)][g] != 0;
  if (status_of(all_ok, scratch.values[all_reg][g], amount_ok) != Status::undetermined) return -1;
  // Unknown conditions say what is missing; when they all hold, the amount does.
  return all_ok ? benefit.amount : benefit.all_conditions;
}

void store_batch(const CompiledProgram& program, const Scratch& scratch, bool with_missing, Results& results,
                 std::vector<MissingEntry>& missing) {
  const std::size_t rows = scratch.group_rows;
  const std::size_t first = scratch.first_group;
  for (std::size_t b = 0; b < program.plan.benefits.size(); ++b) {
    const BenefitPlan& plan = program.plan.benefits[b];
    BenefitResults& out = results.benefits[b];
    const auto all_reg = static_cast<std::size_t>(plan.all_conditions);
    const auto amount_reg = static_cast<std::size_t>(plan.amount);
    // Plain pointers, read once: the compiler cannot keep them in registers across the
    // writes to the results otherwise.
    const std::uint8_t* all_ok = scratch.valid[all_reg];
    const std::int64_t* all = scratch.values[all_reg];
    const std::uint8_t* amount_ok = scratch.valid[amount_reg];
    const std::int64_t* amount = scratch.values[amount_reg];
    Status* status = out.status.data() + first;
    std::int64_t* amount_cents = out.amount_cents.data() + first;
    for (std::size_t g = 0; g < rows; ++g) {
      status[g] = status_of(all_ok[g], all[g], amount_ok[g]);
      // The amount register is rounded to the cent (lower.cpp): the division is exact.
      amount_cents[g] = status[g] == Status::eligible ? amount[g] / register_units_per_cent : 0;
    }
    for (std::size_t c = 0; c < plan.conditions.size(); ++c) {
      const auto reg = static_cast<std::size_t>(plan.conditions[c]);
      const std::uint8_t* known = scratch.valid[reg];
      const std::int64_t* value = scratch.values[reg];
      Truth* truth = out.conditions[c].data() + first;
      for (std::size_t g = 0; g < rows; ++g)
        truth[g] = !known[g] ? Truth::unknown : value[g] != 0 ? Truth::yes : Truth::no;
    }
    if (!with_missing) continue;
    for (std::size_t g = 0; g < rows; ++g) {
      if (status[g] != Status::undetermined) continue;
      const auto source = static_cast<std::size_t>(register_naming_missing(plan, scratch, g));
      const std::uint64_t* words = scratch.missing_words_of(source).data() + g * scratch.missing_words;
      missing.push_back(MissingEntry{b, static_cast<std::uint32_t>(first + g),
                                     missing_names(words, scratch.missing_words, program.input_names)});
    }
  }
}

Error describe_failure(const CompiledProgram& program, const Population& population, const Scratch& scratch,
                       const StepFailure& failure) {
  const Step& step = program.plan.steps[failure.step];
  std::size_t group = scratch.first_group;
  if (step.level == Level::person) {
    group += scratch.person_group[failure.row];
  } else {
    group += failure.row;
  }
  const std::string& group_id = population.groups().ids[group];
  const SourceLocation where =
      step.origin.formula != nullptr
          ? step.origin.formula->location_of(step.origin.position.line, step.origin.position.column)
          : SourceLocation{};
  return Error(where, failure.message + " while evaluating group `" + group_id + "`");
}

}  // namespace eligo::detail
