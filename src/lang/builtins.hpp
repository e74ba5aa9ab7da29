// The built-in functions of the rule language, one descriptor each: the checker types a
// call from it, the lowering turns it into steps from it, the tests walk it. Adding a
// function is adding an entry here, a case to the typing and the lowering (the compiler
// names each switch that misses it) and, if no step does its work yet, a kernel.
#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::lang {

enum class Builtin : unsigned char {
  bracket, min, max, round, round_down, round_up, age_on, years_between, months_between, date,
  known, year_of, month_of, make_date, floor, month_sum, month_mean, in_month,
};

// How an unknown input reaches a call's result (eval/missing_inputs.cpp carries it step by step).
enum class MissingRule : unsigned char {
  from_arguments,            // unknown when an argument is; names the arguments' missing inputs
  from_parameter_and_value,  // also unknown when the barème has no value on the period, named like an input
  never_unknown,             // always known: known() answers the question, date() is a constant
};

inline constexpr std::size_t any_number_of_arguments = std::numeric_limits<std::size_t>::max();

struct BuiltinFunction {
  std::string_view name;
  Builtin id;
  std::size_t min_arguments;
  std::size_t max_arguments;  // any_number_of_arguments for min and max
  std::string_view usage;     // shown when the arguments are wrong
  MissingRule missing;
  // A foyer formula using it on `montant` (money), `nombre` (integer) and `jour` (a date),
  // a barème param.bareme, and what it gives for montant 250, nombre 3, jour 2024-02-15 in
  // March 2024 (tests/unit/lang_builtins.cpp walks them).
  std::string_view example;
  std::string_view example_value;
};

std::span<const BuiltinFunction> builtin_functions();
const BuiltinFunction* find_builtin(std::string_view name);

// sum, count, any, all, max, min over the members of a group: written f(members ...).
std::span<const std::string_view> member_aggregates();
bool is_member_aggregate(std::string_view name);

// Every name a call may use, for "did you mean".
std::vector<std::string> callable_names();

}  // namespace eligo::lang
