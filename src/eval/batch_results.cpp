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
  for (const BenefitPlan& benefit : program.plan.benefits) {
    const auto& all_ok = scratch.valid[static_cast<std::size_t>(benefit.all_conditions)];
    const auto& all = scratch.values[static_cast<std::size_t>(benefit.all_conditions)];
    const auto& amount_ok = scratch.valid[static_cast<std::size_t>(benefit.amount)];
    for (std::size_t g = 0; g < scratch.group_rows; ++g)
      if (status_of(all_ok[g], all[g], amount_ok[g]) == Status::undetermined) return true;
  }
  return false;
}

void store_batch(const CompiledProgram& program, const Scratch& scratch, bool with_missing, Results& results,
                 std::vector<MissingEntry>& missing) {
  for (std::size_t b = 0; b < program.plan.benefits.size(); ++b) {
    const BenefitPlan& plan = program.plan.benefits[b];
    BenefitResults& out = results.benefits[b];
    const auto all_reg = static_cast<std::size_t>(plan.all_conditions);
    const auto amount_reg = static_cast<std::size_t>(plan.amount);
    for (std::size_t g = 0; g < scratch.group_rows; ++g) {
      const std::size_t group = scratch.first_group + g;
      const bool all_known = scratch.valid[all_reg][g];
      const std::int64_t all = scratch.values[all_reg][g];
      const bool amount_known = scratch.valid[amount_reg][g];
      const Status status = status_of(all_known, all, amount_known);
      out.status[group] = status;
      out.amount_cents[group] = status == Status::eligible ? scratch.values[amount_reg][g] : 0;
      for (std::size_t c = 0; c < plan.conditions.size(); ++c) {
        const auto reg = static_cast<std::size_t>(plan.conditions[c]);
        out.conditions[c][group] = !scratch.valid[reg][g] ? Truth::unknown
                                   : scratch.values[reg][g] != 0 ? Truth::yes
                                                                 : Truth::no;
      }
      if (status == Status::undetermined && with_missing) {
        // Unknown conditions say what is missing; when they all hold, the amount does.
        const std::size_t source = all_known ? amount_reg : all_reg;
        const std::uint64_t* words = scratch.missing[source].data() + g * scratch.missing_words;
        missing.push_back(MissingEntry{b, static_cast<std::uint32_t>(group),
                                       missing_names(words, scratch.missing_words, program.input_names)});
      }
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
