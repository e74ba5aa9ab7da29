#include "eval/bound_parameters.hpp"

#include "core/suggest.hpp"

namespace eligo::detail {

BoundParameters bind_parameters(const RulePack& pack, const std::vector<bool>& used, const Period& period,
                                const std::vector<ParameterOverride>& overrides) {
  BoundParameters bound;
  bound.period_start = period.start();
  const std::size_t count = pack.parameters.size();
  bound.scalars.assign(count, 0);
  bound.brackets.resize(count);
  bound.versions.assign(count, nullptr);
  bound.override_versions.reserve(overrides.size());

  // A reform replaces a scalar parameter from its start date onwards.
  std::vector<const ParameterOverride*> reform(count, nullptr);
  for (const ParameterOverride& override_value : overrides) {
    const Parameter* parameter = pack.find_parameter(override_value.parameter);
    if (parameter == nullptr) {
      std::vector<std::string> names;
      for (const Parameter& p : pack.parameters) names.push_back(p.name);
      throw Error("cannot override unknown parameter `" + override_value.parameter + "`" +
                  detail::did_you_mean(override_value.parameter, names));
    }
    if (parameter->kind != ParameterKind::scalar)
      throw Error("cannot override barème `" + parameter->name + "` with a single value");
    reform[static_cast<std::size_t>(parameter - pack.parameters.data())] = &override_value;
  }

  for (std::size_t i = 0; i < count; ++i) {
    if (!used[i]) continue;
    const Parameter& parameter = pack.parameters[i];
    const ParameterVersion* version = parameter.at(bound.period_start);
    if (reform[i] != nullptr && reform[i]->start <= bound.period_start) {
      ParameterVersion replaced;
      replaced.start = reform[i]->start;
      replaced.value = reform[i]->value;
      replaced.reference = "reform: override from " + reform[i]->start.to_string();
      bound.override_versions.push_back(replaced);
      version = &bound.override_versions.back();
    }
    // No value on that date: the law is not written for that month. What depends on it is
    // unknown (and names the parameter), instead of stopping every other benefit.
    if (version == nullptr) continue;
    // Past the date someone last checked the value, the law may have changed without the
    // pack knowing: say so instead of quietly using the old value. A reform is the caller's.
    if (reform[i] == nullptr || reform[i]->start > bound.period_start)
      if (const auto checked = parameter.last_value_still_valid_on; checked && *checked < bound.period_start)
        bound.warnings.push_back(Diagnostic{
            Severity::warning, parameter.where,
            "parameter `" + parameter.name + "` was last checked on " + checked->to_string() +
                "; the period " + period.to_string() + " is later, so its value from " + version->start.to_string() +
                " may be outdated: check the law and update `last_value_still_valid_on`"});
    bound.versions[i] = version;
    bound.scalars[i] = version->value;
    bound.brackets[i] = version->brackets;
  }
  return bound;
}

MonthlyParameters bind_monthly_parameters(const RulePack& pack, const std::vector<bool>& used, const Period& period,
                                          int first_month, int last_month,
                                          const std::vector<ParameterOverride>& overrides) {
  MonthlyParameters monthly;
  monthly.first_month = first_month;
  monthly.months.reserve(static_cast<std::size_t>(last_month - first_month + 1));
  for (int month = first_month; month <= last_month; ++month)
    monthly.months.push_back(bind_parameters(pack, used, period.plus_months(month), overrides));
  return monthly;
}

}  // namespace eligo::detail
