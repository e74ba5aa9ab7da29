// Steps repeated within a month, computed once. Formulas name the same things over and over
// (`role == "enfant"`, a parameter, a variable's conditions read by several benefits), and
// lowering gives each use its own steps; those that do the same operation on the same
// registers for the same month give the same rows, so the later ones are dropped and their
// readers read the first one's register. Registers no step writes any more are removed.
#include <map>
#include <tuple>

#include "compile/plan.hpp"

namespace eligo::detail {

namespace {

using StepKey = std::tuple<Op, Level, ValueType, std::int64_t, std::vector<std::int64_t>, int, int, int, int>;

// Renumbers the registers the kept steps write, in step order, and every reference to them.
void compact_registers(Plan& plan, const std::vector<int>& same_as) {
  std::vector<int> number(plan.registers.size(), -1);
  std::vector<Register> kept;
  for (const Step& step : plan.steps) {
    number[static_cast<std::size_t>(step.out)] = static_cast<int>(kept.size());
    kept.push_back(plan.registers[static_cast<std::size_t>(step.out)]);
  }
  const auto renumber = [&](int& reg) {
    if (reg >= 0) reg = number[static_cast<std::size_t>(same_as[static_cast<std::size_t>(reg)])];
  };
  for (Step& step : plan.steps) {
    renumber(step.out);
    renumber(step.a);
    renumber(step.b);
    renumber(step.c);
  }
  for (int& reg : plan.variable_registers) renumber(reg);
  for (int& reg : plan.input_registers_group) renumber(reg);
  for (int& reg : plan.input_registers_person) renumber(reg);
  for (BenefitPlan& benefit : plan.benefits) {
    for (int& reg : benefit.conditions) renumber(reg);
    renumber(benefit.all_conditions);
    renumber(benefit.amount);
    renumber(benefit.value);
  }
  plan.registers = std::move(kept);
}

}  // namespace

void merge_repeated_steps(Plan& plan) {
  std::vector<int> same_as(plan.registers.size());  // per register: the register holding its rows
  for (std::size_t r = 0; r < same_as.size(); ++r) same_as[r] = static_cast<int>(r);
  const auto first = [&](int reg) { return reg < 0 ? -1 : same_as[static_cast<std::size_t>(reg)]; };
  std::map<StepKey, int> computed;  // each operation's register
  std::vector<Step> kept;
  kept.reserve(plan.steps.size());
  for (Step& step : plan.steps) {
    const StepKey key{step.op, step.level, plan.registers[static_cast<std::size_t>(step.out)].type, step.immediate,
                      step.set, first(step.a), first(step.b), first(step.c), step.month};
    const auto [found, fresh] = computed.emplace(key, step.out);
    if (!fresh) {
      same_as[static_cast<std::size_t>(step.out)] = found->second;
      continue;
    }
    kept.push_back(std::move(step));
  }
  plan.steps = std::move(kept);
  compact_registers(plan, same_as);
}

}  // namespace eligo::detail
