// The compiled form of a pack: registers and a flat list of typed steps.
//
// Each register holds one value per row of its level (persons or groups) of the batch
// being evaluated. Steps run in order; each reads registers written by earlier steps.
#pragma once

#include <cstdint>
#include <vector>

#include "eligo/pack.hpp"
#include "lang/ast.hpp"

namespace eligo::detail {

using lang::Level;

// Registers hold money in millionths of a euro, not in cents: a product or quotient of money
// (1.8 x 646.52, 16% of 478.16, a yearly amount / 12) keeps its exact value through every
// formula and variable, and only a benefit's amount, or an explicit round(), is rounded to
// the cent. Inputs and parameters, which are whole cents, are scaled when loaded; results
// are brought back to cents when read.
inline constexpr std::int64_t register_units_per_cent = 10'000;

enum class Op : std::uint8_t {
  load_input,       // immediate: input index
  load_role,
  constant,         // immediate: the value
  parameter,        // immediate: parameter index, read at the period
  period_start,
  promote,          // integer -> decimal
  negate,
  add,
  subtract,
  multiply,         // integer products, money x integer
  multiply_scaled,  // one operand in millionths: (a x b) / 10^6, rounded half away from zero
  divide_rounded,   // money / integer, rounded half away from zero
  divide_scaled,    // (a x 10^6) / b, rounded half away from zero
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
  logical_and,
  logical_or,
  logical_not,
  choose,           // a ? b : c
  minimum,
  maximum,
  round_nearest,    // immediate: step
  round_down,
  round_up,
  in_set,           // set: values
  age_on,
  years_between,
  months_between,
  known,
  year_of,
  month_of,
  make_date,        // a: year, b: month, c: day
  floor_decimal,    // decimal -> integer, rounded down
  bracket_amount,   // immediate: parameter index
  bracket_marginal,
  broadcast,        // group register a -> person register
  sum_members,      // a: filter register or -1; b: value register
  count_members,
  any_members,
  all_members,
  min_members,
  max_members,
};

struct Register {
  Level level = Level::group;
  ValueType type = ValueType::integer;
};

// Where a step comes from, to name the formula in evaluation errors.
struct Origin {
  const Formula* formula = nullptr;
  lang::Position position;
};

struct Step {
  Op op = Op::constant;
  Level level = Level::group;
  int out = -1;
  int a = -1;
  int b = -1;
  int c = -1;
  std::int64_t immediate = 0;
  std::vector<std::int64_t> set;
  Origin origin;
  // The month the step computes for, as an offset from the evaluated one: which parameters,
  // period start and monthly input values it reads (`x@-1`, month_mean()).
  std::int8_t month = 0;
};

struct BenefitPlan {
  std::vector<int> conditions;  // boolean group registers
  int all_conditions = -1;      // their three-valued conjunction
  int amount = -1;              // money group register
  int value = -1;               // amount when eligible, 0 when not, unknown otherwise
};

struct Plan {
  std::vector<Register> registers;
  std::vector<Step> steps;
  std::vector<int> variable_registers;   // per pack variable; -1 when no benefit needs it
  std::vector<int> input_registers_group;   // per input; -1 when not loaded at group level
  std::vector<int> input_registers_person;  // per input; -1 when not loaded at person level
  std::vector<BenefitPlan> benefits;     // per pack benefit
  std::vector<bool> parameter_used;      // per pack parameter
  int first_month = 0;                   // the month offsets steps read: [first_month, last_month]
  int last_month = 0;
  // Per step: the latest earlier step doing the same operation on operands that compute the
  // same formulas, most often for the month next to its own (or -1). When the operands hold
  // the same values at run time, and so do the inputs and parameters the step reads, the step
  // is not run: its register shares its twin's (find_month_twins, run_batch).
  std::vector<int> twins;
};

// Drops the steps that repeat an earlier one (same operation, operands and month), their
// readers reading the earlier step's register, and renumbers the registers left.
void merge_repeated_steps(Plan& plan);

// Fills plan.twins. A step's twin is the latest earlier step with the same operation, level,
// type, immediate, set and operands, operands compared through their first computations.
void find_month_twins(Plan& plan);

}  // namespace eligo::detail
