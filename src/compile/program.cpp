#include "eligo/program.hpp"

#include <cstdlib>
#include <map>
#include <tuple>

#include "compile/compiled_program.hpp"
#include "compile/lower.hpp"

namespace eligo {

namespace detail {

void find_month_twins(Plan& plan) {
  plan.twins.assign(plan.steps.size(), -1);
  if (plan.first_month == 0 && plan.last_month == 0) return;  // one month: nothing repeats
  using Key = std::tuple<Op, Level, ValueType, std::int64_t, std::vector<std::int64_t>, int, int, int>;
  std::map<Key, std::vector<int>> steps_of;  // the steps computing each formula, in order
  std::vector<int> original(plan.registers.size());  // each register's first computation
  for (std::size_t r = 0; r < original.size(); ++r) original[r] = static_cast<int>(r);
  const auto canonical = [&](int reg) { return reg < 0 ? -1 : original[static_cast<std::size_t>(reg)]; };
  for (std::size_t s = 0; s < plan.steps.size(); ++s) {
    const Step& step = plan.steps[s];
    const Key key{step.op, step.level, plan.registers[static_cast<std::size_t>(step.out)].type, step.immediate,
                  step.set, canonical(step.a), canonical(step.b), canonical(step.c)};
    std::vector<int>& earlier = steps_of[key];
    if (!earlier.empty()) {
      // The twin is the step of the nearest month, the latest of them: most often the month
      // next to this one, with the same parameters and nearly the same ages, where the first
      // computation of the formula may be a year away.
      int twin = earlier.back();
      for (auto candidate = earlier.rbegin(); candidate != earlier.rend(); ++candidate)
        if (std::abs(plan.steps[static_cast<std::size_t>(*candidate)].month - step.month) <
            std::abs(plan.steps[static_cast<std::size_t>(twin)].month - step.month))
          twin = *candidate;
      plan.twins[s] = twin;
      original[static_cast<std::size_t>(step.out)] = canonical(plan.steps[static_cast<std::size_t>(twin)].out);
    }
    earlier.push_back(static_cast<int>(s));
  }
}

}  // namespace detail

std::vector<Diagnostic> check(const RulePack& pack) {
  std::vector<Diagnostic> problems;
  lang::check_pack(pack, problems);
  return problems;
}

Program::Program(std::shared_ptr<const detail::CompiledProgram> compiled) : compiled_(std::move(compiled)) {}

Program Program::compile(const RulePack& pack) {
  auto compiled = std::make_shared<detail::CompiledProgram>();
  compiled->pack = pack;
  std::vector<Diagnostic> problems;
  compiled->checked = lang::check_pack(compiled->pack, problems);
  throw_if_errors(problems);
  compiled->plan = detail::lower_pack(compiled->pack, compiled->checked);
  detail::merge_repeated_steps(compiled->plan);
  detail::find_month_twins(compiled->plan);
  for (const InputSpec& input : compiled->pack.inputs) compiled->input_names.push_back(input.name);
  for (const Parameter& parameter : compiled->pack.parameters) compiled->input_names.push_back("param." + parameter.name);
  return Program(std::move(compiled));
}

const RulePack& Program::pack() const& noexcept { return compiled_->pack; }

}  // namespace eligo
