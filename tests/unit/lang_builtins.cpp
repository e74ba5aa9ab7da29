// The table of built-in functions walked entry by entry: each one is typed, lowered and
// evaluated to the value its descriptor states, and an unknown input reaches its result as
// its missing-input rule says. A name outside the table keeps its located error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "engine_pack.hpp"
#include "lang/builtins.hpp"

using namespace eligo;
using eligo::test::EnginePack;
using eligo::test::evaluate_one;

namespace {

// One benefit per function: 1.00 when the example gives its stated value, 0 otherwise.
EnginePack every_builtin() {
  EnginePack pack;
  pack.input("montant", "foyer", ValueType::money)
      .input("nombre", "foyer", ValueType::integer)
      .input("jour", "foyer", ValueType::date)
      .scale("bareme", ParameterKind::scale_amount, {{0, 19400}, {20000, 9800}});
  for (const auto& function : lang::builtin_functions())
    pack.benefit(std::string(function.name), {},
                 "if (" + std::string(function.example) + ") == (" + std::string(function.example_value) +
                     ") then 1 else 0");
  return pack;
}

Population household(const RulePack& pack, bool known) {
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("montant", known ? std::optional<std::string>("250") : std::nullopt);
  builder.set_group_value("nombre", known ? std::optional<std::string>("3") : std::nullopt);
  builder.set_group_value("jour", known ? std::optional<std::string>("2000-02-15") : std::nullopt);
  builder.add_person("P1", "demandeur");
  return builder.build();
}

}  // namespace

TEST_CASE("every built-in function is typed, lowered and evaluated to its stated value", "[lang][builtins]") {
  const EnginePack pack = every_builtin();
  const Program program = Program::compile(pack.pack);
  const Population population = household(pack.pack, true);
  const auto functions = lang::builtin_functions();
  REQUIRE(functions.size() == 18);
  for (std::size_t i = 0; i < functions.size(); ++i) {
    INFO(functions[i].example);
    const auto result = evaluate_one(program, population, "2024-03", i);
    CHECK(result.status == Status::eligible);
    CHECK(result.amount == 100);
  }
}

TEST_CASE("every built-in function follows its missing-input rule", "[lang][builtins]") {
  const EnginePack pack = every_builtin();
  const Program program = Program::compile(pack.pack);
  const Population population = household(pack.pack, false);
  const auto functions = lang::builtin_functions();
  for (std::size_t i = 0; i < functions.size(); ++i) {
    const lang::BuiltinFunction& function = functions[i];
    INFO(function.example);
    const auto result = evaluate_one(program, population, "2024-03", i);
    if (function.missing == lang::MissingRule::never_unknown) {
      CHECK(result.status != Status::undetermined);
      CHECK(result.missing.empty());
      continue;
    }
    CHECK(result.status == Status::undetermined);
    INFO(result.missing.size() << " missing, first " << (result.missing.empty() ? "" : result.missing[0]) << ", last " << (result.missing.empty() ? "" : result.missing.back()));
    REQUIRE(result.missing.size() == 1);  // each example reads one input
    CHECK(function.example.find(result.missing[0]) != std::string_view::npos);
  }
}

TEST_CASE("the table's names are unique and the member aggregates are known", "[lang][builtins]") {
  std::set<std::string_view> names;
  for (const auto& function : lang::builtin_functions()) {
    CHECK(names.insert(function.name).second);
    CHECK(lang::find_builtin(function.name) == &function);
    CHECK(function.min_arguments <= function.max_arguments);
  }
  for (const auto name : {"sum", "count", "any", "all", "max", "min"}) CHECK(lang::is_member_aggregate(name));
  CHECK(lang::find_builtin("round_dwn") == nullptr);
}

TEST_CASE("an unknown function keeps its located error and suggestion", "[lang][builtins]") {
  EnginePack pack = every_builtin();
  pack.variable("x", "foyer", "month_somme(montant, -2, 0)");
  try {
    Program::compile(pack.pack);
    FAIL("expected an error");
  } catch (const Error& error) {
    REQUIRE(error.diagnostics().size() == 1);
    const Diagnostic& problem = error.diagnostics()[0];
    CHECK(problem.where.to_string() == "pack.yaml:19:10");
    CHECK(problem.message.find("unknown function `month_somme`; did you mean `month_sum`?") != std::string::npos);
  }
}
