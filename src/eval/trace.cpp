// Program::trace: every value that led to one group's results, with the parameters read.
#include <algorithm>

#include "compile/compiled_program.hpp"
#include "eligo/program.hpp"
#include "eval/batch_results.hpp"
#include "eval/bound_parameters.hpp"

namespace eligo {

namespace {

std::string format_value(ValueType type, std::int64_t value, const std::vector<std::string>* enum_values) {
  switch (type) {
    case ValueType::boolean: return value != 0 ? "true" : "false";
    case ValueType::integer: return std::to_string(value);
    case ValueType::money: return format_scaled(value, 2);
    case ValueType::decimal: {
      std::string text = format_scaled(value, 6);
      while (text.back() == '0') text.pop_back();
      if (text.back() == '.') text.pop_back();
      return text;
    }
    case ValueType::date: return Date{static_cast<std::int32_t>(value)}.to_string();
    case ValueType::enumeration:
      if (enum_values != nullptr && value >= 0 && static_cast<std::size_t>(value) < enum_values->size())
        return (*enum_values)[static_cast<std::size_t>(value)];
      return std::to_string(value);
  }
  return std::to_string(value);
}

// A register's value: money exact as computed, in cents at least ("646.52") and with more
// digits only where a product carried them ("1163.736"); other types as the pack writes them.
std::string format_register(ValueType type, std::int64_t value, const std::vector<std::string>* enum_values) {
  if (type != ValueType::money) return format_value(type, value, enum_values);
  std::string text = format_scaled(value, 6);
  while (text.back() == '0' && text[text.size() - 3] != '.') text.pop_back();
  return text;
}

class TraceBuilder {
 public:
  TraceBuilder(const detail::CompiledProgram& program, const Population& population, const detail::Scratch& scratch)
      : program_(program), pack_(program.pack), population_(population), scratch_(scratch) {}

  // One entry per row of `reg`: the group's value, or each member's.
  void add(const std::string& name, const std::string& kind, int reg, const std::vector<std::string>* enum_values,
           const std::string& reference, const std::string& formula) {
    const auto& info = program_.plan.registers[static_cast<std::size_t>(reg)];
    const bool person = info.level == detail::Level::person;
    const std::size_t rows = scratch_.rows(info.level);
    for (std::size_t row = 0; row < rows; ++row) {
      TraceValue value;
      value.name = name;
      value.kind = kind;
      value.entity = person ? pack_.entities.person : pack_.entities.group;
      if (person) value.member_id = population_.persons().ids[scratch_.first_person + row];
      const bool known = scratch_.valid[static_cast<std::size_t>(reg)][row] != 0;
      value.value = known ? format_register(info.type, scratch_.values[static_cast<std::size_t>(reg)][row], enum_values)
                          : "unknown";
      value.reference = reference;
      value.formula = formula;
      trace_.values.push_back(std::move(value));
    }
  }

  Trace build(const detail::BoundParameters& parameters, const Period& period) {
    trace_.group_id = population_.groups().ids[scratch_.first_group];
    trace_.period = period.to_string();
    const auto& plan = program_.plan;
    for (std::size_t i = 0; i < pack_.inputs.size(); ++i) {
      const InputSpec& input = pack_.inputs[i];
      const bool person = input.entity == pack_.entities.person;
      const int reg = person ? plan.input_registers_person[i] : plan.input_registers_group[i];
      if (reg >= 0) add(input.name, "input", reg, enum_values(input), "", "");
    }
    for (const std::size_t index : variables_in_plan_order()) {
      const Variable& variable = pack_.variables[index];
      add(variable.name, "variable", plan.variable_registers[index],
          program_.checked.variable_types[index].enum_values, variable.reference, variable.formula.text);
    }
    for (std::size_t b = 0; b < pack_.benefits.size(); ++b) {
      const Benefit& benefit = pack_.benefits[b];
      const detail::BenefitPlan& benefit_plan = plan.benefits[b];
      for (std::size_t c = 0; c < benefit.conditions.size(); ++c) {
        const Condition& condition = benefit.conditions[c];
        add(benefit.id + "." + condition.id, "condition", benefit_plan.conditions[c], nullptr, condition.reference,
            condition.rule.text);
      }
      add(benefit.id + ".amount", "amount", benefit_plan.amount, nullptr, benefit.reference, benefit.amount.text);
      add(benefit.id, "benefit", benefit_plan.value, nullptr, benefit.reference, "");
    }
    for (std::size_t p = 0; p < pack_.parameters.size(); ++p) {
      const ParameterVersion* version = parameters.versions[p];
      if (version == nullptr) continue;
      const Parameter& parameter = pack_.parameters[p];
      std::string value;
      if (parameter.kind == ParameterKind::scalar) {
        value = format_value(parameter.type, version->value, nullptr);
      } else {
        for (const ScaleBracket& bracket : version->brackets) {
          if (!value.empty()) value += "; ";
          value += "from " + format_value(parameter.threshold_type, bracket.threshold, nullptr) + ": " +
                   format_value(parameter.kind == ParameterKind::scale_amount ? parameter.type : ValueType::decimal,
                                bracket.value, nullptr);
        }
      }
      trace_.parameters.push_back(ParameterUse{parameter.name, value, version->start.to_string(), version->reference});
    }
    std::sort(trace_.parameters.begin(), trace_.parameters.end(),
              [](const ParameterUse& a, const ParameterUse& b) { return a.name < b.name; });
    return std::move(trace_);
  }

 private:
  static const std::vector<std::string>* enum_values(const InputSpec& input) {
    return input.type == ValueType::enumeration ? &input.enum_values : nullptr;
  }

  std::vector<std::size_t> variables_in_plan_order() const {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < program_.plan.variable_registers.size(); ++i)
      if (program_.plan.variable_registers[i] >= 0) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return program_.plan.variable_registers[a] < program_.plan.variable_registers[b];
    });
    return order;
  }

  const detail::CompiledProgram& program_;
  const RulePack& pack_;
  const Population& population_;
  const detail::Scratch& scratch_;
  Trace trace_;
};

}  // namespace

Trace Program::trace(const Population& population, std::size_t group, const Period& period,
                     const EvaluationOptions& options) const {
  const detail::CompiledProgram& program = *compiled_;
  if (group >= population.group_count()) throw Error("no group number " + std::to_string(group) + " in the population");
  period.start();  // throws Error when the period is no month (a Period built field by field)
  const detail::BoundParameters parameters =
      detail::bind_parameters(program.pack, program.plan.parameter_used, period, options.overrides);
  const detail::MonthlyParameters monthly =
      detail::bind_monthly_parameters(program.pack, program.plan.parameter_used, period, program.plan.first_month,
                                      program.plan.last_month, options.overrides);
  const detail::EvaluationContext context{program.plan, population, parameters, program.input_names,
                                          program.pack.inputs.size(), &monthly, period.index()};
  detail::Scratch scratch;
  try {
    detail::run_batch(context, group, group + 1, scratch);
  } catch (const detail::StepFailure& failure) {
    throw detail::describe_failure(program, population, scratch, failure);
  }
  return TraceBuilder(program, population, scratch).build(parameters, period);
}

}  // namespace eligo
