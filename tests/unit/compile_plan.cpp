#include <catch2/catch.hpp>

#include <algorithm>

#include "compile/lower.hpp"
#include "engine_pack.hpp"

using namespace eligo;
using eligo::detail::Op;
using eligo::test::EnginePack;

namespace {

detail::Plan plan_of(const RulePack& pack, lang::CheckedPack& checked) {
  std::vector<Diagnostic> problems;
  checked = lang::check_pack(pack, problems);
  REQUIRE(problems.empty());
  return detail::lower_pack(pack, checked);
}

std::size_t count_ops(const detail::Plan& plan, Op op) {
  return static_cast<std::size_t>(
      std::count_if(plan.steps.begin(), plan.steps.end(), [&](const detail::Step& s) { return s.op == op; }));
}

}  // namespace

TEST_CASE("only what benefits need is compiled, each value once", "[compile]") {
  EnginePack pack;
  pack.input("revenu", "foyer", ValueType::money)
      .input("salaire", "personne", ValueType::money)
      .parameter("plafond", ValueType::money, {{"2024-01-01", 100000}})
      .parameter("inutile", ValueType::money, {{"2024-01-01", 1}})
      .variable("taille", "foyer", "count(membres)")
      .variable("part", "personne", "revenu / taille + salaire")
      .variable("jamais_lue", "foyer", "revenu * 2")
      .variable("total", "foyer", "sum(membres, part) + sum(membres, revenu + part)")
      .benefit("aide", {{"plafond", "total < param.plafond"}}, "param.plafond - total + 100");
  lang::CheckedPack checked;
  const detail::Plan plan = plan_of(pack.pack, checked);

  CHECK(plan.variable_registers[0] >= 0);
  CHECK(plan.variable_registers[1] >= 0);
  CHECK(plan.variable_registers[2] == -1);  // no benefit reads it
  CHECK(plan.variable_registers[3] >= 0);
  CHECK(plan.parameter_used == std::vector<bool>{true, false});
  // revenu is loaded once for groups and broadcast once to persons, though read three times.
  CHECK(count_ops(plan, Op::load_input) == 2);
  CHECK(std::count_if(plan.steps.begin(), plan.steps.end(), [](const detail::Step& s) {
          return s.op == Op::broadcast && s.a == 0;
        }) == 1);
  // The literal 100 takes the type of money: 100 euros, in registers 100,000,000 millionths.
  CHECK(std::any_of(plan.steps.begin(), plan.steps.end(), [](const detail::Step& s) {
    return s.op == Op::constant && s.immediate == 100 * 100 * detail::register_units_per_cent;
  }));
  // money / integer divides to the millionth; the amount alone is rounded to the cent.
  CHECK(count_ops(plan, Op::divide_rounded) == 1);
  CHECK(count_ops(plan, Op::round_nearest) == 1);
  CHECK(std::any_of(plan.steps.begin(), plan.steps.end(), [&](const detail::Step& s) {
    return s.out == plan.benefits[0].amount && s.op == Op::round_nearest && s.immediate == detail::register_units_per_cent;
  }));
  CHECK(std::all_of(plan.steps.begin(), plan.steps.end(), [](const detail::Step& s) { return s.origin.formula; }));
}

TEST_CASE("integers are widened where decimals are needed", "[compile]") {
  EnginePack pack;
  pack.input("enfants", "foyer", ValueType::integer)
      .input("taux", "foyer", ValueType::decimal)
      .input("revenu", "foyer", ValueType::money)
      .variable("parts", "foyer", "enfants * taux + enfants")
      .benefit("aide", {}, "revenu * parts");
  lang::CheckedPack checked;
  const detail::Plan plan = plan_of(pack.pack, checked);
  CHECK(checked.variable_types[0].type == ValueType::decimal);
  CHECK(count_ops(plan, Op::promote) == 2);  // enfants, once per use
  CHECK(count_ops(plan, Op::multiply_scaled) == 2);
}
