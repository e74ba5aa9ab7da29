// What an evaluation computes, decided once before its first batch.
//
// A branch on a parameter (`if param.rsa.ressources_mois_m4_m2 then month_mean(x, -4, -2) else
// month_mean(x, -3, -1)`), or on the period's month (`month_of(period_start) == 9`, as
// in_month() writes it), goes the same way on every row of the evaluated month: the
// choice is its taken branch's register, and the steps only the other branch reads are not
// run. When only the benefits are wanted (Program::evaluate, not a trace), neither are the
// steps no benefit reads. A step whose twin is not run takes the nearest twin that is.
//
// Then, in step order, a step that reads the same input column or parameter value as its
// twin, from operands equal to the twin's in every batch, is its twin in every batch
// whatever the rows: it is never visited, its register pointing at the rows of the
// register it equals as soon as that one has them (month_sharing.cpp).
#include "eval/batch.hpp"

namespace eligo::detail {

namespace {

// The step that writes register `reg`, or null (an input's register, or none).
const Step* written_by(const EvaluationContext& context, const std::vector<int>& writer, int reg) {
  if (reg < 0) return nullptr;
  const int step = writer[static_cast<std::size_t>(reg)];
  return step < 0 ? nullptr : &context.plan.steps[static_cast<std::size_t>(step)];
}

// Whether a condition `month_of(period_start) == <number>` holds in this evaluation: 1 or 0,
// or -1 for any other condition. in_month() chooses its month with it.
int month_of_period_is(const EvaluationContext& context, const std::vector<int>& writer, const Step& condition) {
  if (condition.op != Op::equal) return -1;
  const Step* month = written_by(context, writer, condition.a);
  const Step* number = written_by(context, writer, condition.b);
  if (month == nullptr || number == nullptr || month->op != Op::month_of || number->op != Op::constant) return -1;
  const Step* start = written_by(context, writer, month->a);
  if (start == nullptr || start->op != Op::period_start) return -1;
  const int index = context.period_index + start->month;  // Period::index(): year * 12 + month - 1
  const int month_of_year = (index % 12 + 12) % 12 + 1;
  return month_of_year == number->immediate ? 1 : 0;
}

// The register a choice on a parameter, or on the period's month, equals for the whole
// evaluation, or -1.
int branch_taken(const EvaluationContext& context, const std::vector<int>& writer, const Step& step) {
  if (step.op != Op::choose || step.a < 0) return -1;
  const Step* condition = written_by(context, writer, step.a);
  if (condition == nullptr) return -1;
  if (const int holds = month_of_period_is(context, writer, *condition); holds >= 0) return holds ? step.b : step.c;
  const Step& parameter = *condition;
  if (parameter.op != Op::parameter) return -1;
  const BoundParameters& bound = context.parameters_at(parameter.month);
  const auto index = static_cast<std::size_t>(parameter.immediate);
  if (bound.versions[index] == nullptr) return -1;  // unknown here: the rows decide
  return bound.scalars[index] != 0 ? step.b : step.c;
}

// Per step, whether the evaluation runs it: every step, or those a benefit reads through
// the branches taken.
std::vector<std::uint8_t> steps_needed(const EvaluationContext& context, const std::vector<int>& branch) {
  const Plan& plan = context.plan;
  std::vector<std::uint8_t> needed_step(plan.steps.size(), context.benefits_only ? 0 : 1);
  if (!context.benefits_only) return needed_step;
  std::vector<std::uint8_t> needed(plan.registers.size(), 0);
  const auto need = [&](int reg) {
    if (reg >= 0) needed[static_cast<std::size_t>(reg)] = 1;
  };
  for (const BenefitPlan& benefit : plan.benefits) {
    for (const int reg : benefit.conditions) need(reg);
    need(benefit.all_conditions);
    need(benefit.amount);
    need(benefit.value);
  }
  for (std::size_t s = plan.steps.size(); s-- > 0;) {
    const Step& step = plan.steps[s];
    if (!needed[static_cast<std::size_t>(step.out)]) continue;
    needed_step[s] = 1;
    if (branch[s] >= 0) {
      need(branch[s]);
      continue;
    }
    need(step.a);
    need(step.b);
    need(step.c);
  }
  return needed_step;
}

// Operations whose rows are the same when their operands' are: a row reads only the same
// row of its operands (a broadcast, its group's), and nothing else of the batch.
bool keeps_rows_the_same(Op op) {
  switch (op) {
    case Op::load_input:
    case Op::load_role:
    case Op::age_on:
    case Op::sum_members:
    case Op::count_members:
    case Op::any_members:
    case Op::all_members:
    case Op::min_members:
    case Op::max_members: return false;
    default: return true;
  }
}

std::vector<std::uint8_t> registers_same_on_every_row(const Plan& plan) {
  std::vector<std::uint8_t> same(plan.registers.size(), 0);
  for (const Step& step : plan.steps) {
    const bool leaf = fills_once_per_evaluation(step.op);
    bool from_same = keeps_rows_the_same(step.op) && (step.a >= 0 || step.b >= 0 || step.c >= 0);
    for (const int operand : {step.a, step.b, step.c})
      if (operand >= 0 && !same[static_cast<std::size_t>(operand)]) from_same = false;
    same[static_cast<std::size_t>(step.out)] = leaf || from_same;
  }
  return same;
}

}  // namespace

void choose_evaluation_steps(const EvaluationContext& context, Scratch& scratch) {
  const Plan& plan = context.plan;
  const std::size_t steps = plan.steps.size();
  std::vector<int> writer(plan.registers.size(), -1);
  scratch.step_out.resize(steps);
  for (std::size_t s = 0; s < steps; ++s) {
    scratch.step_out[s] = plan.steps[s].out;
    writer[static_cast<std::size_t>(plan.steps[s].out)] = static_cast<int>(s);
  }
  std::vector<int> branch(steps, -1);
  if (context.benefits_only)
    for (std::size_t s = 0; s < steps; ++s) branch[s] = branch_taken(context, writer, plan.steps[s]);
  scratch.runs = steps_needed(context, branch);
  scratch.same_on_every_row = registers_same_on_every_row(plan);
  scratch.branch = std::move(branch);
  scratch.twins.assign(steps, -1);
  for (std::size_t s = 0; s < steps && s < plan.twins.size(); ++s) {
    int twin = plan.twins[s];
    while (twin >= 0 && !scratch.runs[static_cast<std::size_t>(twin)]) twin = plan.twins[static_cast<std::size_t>(twin)];
    scratch.twins[s] = twin;
  }
}

void find_lasting_sharing(const Plan& plan, Scratch& scratch) {
  const std::size_t registers = plan.registers.size();
  scratch.lasting_equal.resize(registers);
  for (std::size_t r = 0; r < registers; ++r) scratch.lasting_equal[r] = static_cast<std::uint32_t>(r);
  scratch.lasting_shared.assign(plan.steps.size(), 0);
  scratch.same_rows_as.assign(plan.steps.size(), -1);
  scratch.steps_to_visit.clear();
  scratch.written.assign(registers, 0);
  scratch.lasting_readers.assign(registers, {});
  const auto same = [&](int mine, int theirs) {
    return mine < 0 || scratch.lasting_equal[static_cast<std::size_t>(mine)] ==
                           scratch.lasting_equal[static_cast<std::size_t>(theirs)];
  };
  const auto equal_for_good = [&](std::size_t s, int reg) {
    const std::uint32_t computed = scratch.lasting_equal[static_cast<std::size_t>(reg)];
    scratch.lasting_equal[static_cast<std::size_t>(plan.steps[s].out)] = computed;
    scratch.lasting_readers[computed].push_back(static_cast<std::uint32_t>(plan.steps[s].out));
    scratch.lasting_shared[s] = 1;
  };
  for (std::size_t s = 0; s < plan.steps.size(); ++s) {
    if (!scratch.runs[s]) continue;
    const Step& step = plan.steps[s];
    if (scratch.branch[s] >= 0) {
      scratch.same_rows_as[s] = scratch.branch[s];
      equal_for_good(s, scratch.branch[s]);
      continue;
    }
    const int twin = scratch.twins[s];
    if (twin >= 0) {
      const Step& other = plan.steps[static_cast<std::size_t>(twin)];
      scratch.same_rows_as[s] = other.out;
      if (scratch.reads_as_twin[s] && same(step.a, other.a) && same(step.b, other.b) && same(step.c, other.c)) {
        equal_for_good(s, other.out);
        continue;
      }
    }
    scratch.steps_to_visit.push_back(static_cast<std::uint32_t>(s));
    scratch.written[static_cast<std::size_t>(step.out)] = 1;
  }
}

}  // namespace eligo::detail
