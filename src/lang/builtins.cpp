#include "lang/builtins.hpp"

#include <algorithm>
#include <array>

namespace eligo::lang {

namespace {

// The order is that of the suggestions ("did you mean") when two names are as close.
constexpr std::array<BuiltinFunction, 18> functions{{
    {"bracket", Builtin::bracket, 2, 2, "bracket(param.<barème>, value)", MissingRule::from_parameter_and_value,
     "bracket(param.bareme, montant)", "98"},
    {"min", Builtin::min, 2, any_number_of_arguments, "two values or more", MissingRule::from_arguments, "min(montant, 100, 300)", "100"},
    {"max", Builtin::max, 2, any_number_of_arguments, "two values or more", MissingRule::from_arguments, "max(montant, 100)", "250"},
    {"round", Builtin::round, 2, 2, "round(value, step), e.g. round(amount, 1)", MissingRule::from_arguments, "round(montant / 3, 1)", "83"},
    {"round_down", Builtin::round_down, 2, 2, "round_down(value, step), e.g. round_down(amount, 1)", MissingRule::from_arguments,
     "round_down(montant / 3, 10)", "80"},
    {"round_up", Builtin::round_up, 2, 2, "round_up(value, step), e.g. round_up(amount, 1)", MissingRule::from_arguments,
     "round_up(montant / 3, 10)", "90"},
    {"age_on", Builtin::age_on, 1, 1, "age_on(date of birth)", MissingRule::from_arguments, "age_on(jour)", "24"},
    {"years_between", Builtin::years_between, 2, 2, "years_between(earlier date, later date)", MissingRule::from_arguments,
     "years_between(jour, date(\"2024-02-14\"))", "23"},
    {"months_between", Builtin::months_between, 2, 2, "months_between(earlier date, later date)", MissingRule::from_arguments,
     "months_between(jour, date(\"2000-05-15\"))", "3"},
    {"date", Builtin::date, 1, 1, "date(\"YYYY-MM-DD\")", MissingRule::never_unknown, "date(\"2024-03-01\")", "make_date(2024, 3, 1)"},
    {"known", Builtin::known, 1, 1, "known(value)", MissingRule::never_unknown, "known(montant)", "true"},
    {"year_of", Builtin::year_of, 1, 1, "year_of(date)", MissingRule::from_arguments, "year_of(jour)", "2000"},
    {"month_of", Builtin::month_of, 1, 1, "month_of(date)", MissingRule::from_arguments, "month_of(jour)", "2"},
    {"make_date", Builtin::make_date, 3, 3, "make_date(year, month, day)", MissingRule::from_arguments, "make_date(nombre + 2021, 3, 1)",
     "date(\"2024-03-01\")"},
    {"floor", Builtin::floor, 1, 1, "floor(decimal)", MissingRule::from_arguments, "floor(nombre / 2)", "1"},
    {"month_sum", Builtin::month_sum, 3, 3, "month_sum(value, first month, last month), e.g. month_sum(revenus, -3, -1)",
     MissingRule::from_arguments, "month_sum(montant, -2, 0)", "750"},
    {"month_mean", Builtin::month_mean, 3, 3, "month_mean(value, first month, last month), e.g. month_mean(revenus, -3, -1)",
     MissingRule::from_arguments, "month_mean(nombre, -1, 0)", "3"},
    {"in_month", Builtin::in_month, 2, 2, "in_month(value, month of the year), e.g. in_month(plafond, 9) for September",
     MissingRule::from_arguments, "in_month(nombre + month_of(period_start), 9)", "12"},
}};

constexpr std::array<std::string_view, 6> aggregates{"sum", "count", "any", "all", "max", "min"};

}  // namespace

std::span<const BuiltinFunction> builtin_functions() { return functions; }

const BuiltinFunction* find_builtin(std::string_view name) {
  const auto found = std::find_if(functions.begin(), functions.end(),
                                  [&](const BuiltinFunction& function) { return function.name == name; });
  return found == functions.end() ? nullptr : &*found;
}

std::span<const std::string_view> member_aggregates() { return aggregates; }

bool is_member_aggregate(std::string_view name) {
  return std::find(aggregates.begin(), aggregates.end(), name) != aggregates.end();
}

std::vector<std::string> callable_names() {
  std::vector<std::string> names;
  for (const auto& function : functions) names.emplace_back(function.name);
  for (const auto name : aggregates)
    if (find_builtin(name) == nullptr) names.emplace_back(name);
  return names;
}

}  // namespace eligo::lang
