#include <catch2/catch.hpp>

#include "engine_pack.hpp"

using namespace eligo;
using eligo::test::EnginePack;
using eligo::test::evaluate_one;

namespace {

EnginePack household_pack() {
  EnginePack pack;
  pack.input("revenu", "foyer", ValueType::money)
      .input("locataire", "foyer", ValueType::boolean)
      .input("taux", "foyer", ValueType::decimal)
      .input("date_naissance", "personne", ValueType::date)
      .input("salaire", "personne", ValueType::money)
      .parameter("forfait", ValueType::money, {{"2024-01-01", 60000}, {"2025-04-01", 61000}});
  return pack;
}

// One household: group values, then one map of values per member ("role" included).
Population one_household(const RulePack& pack, const std::map<std::string, std::optional<std::string>>& group,
                         const std::vector<std::map<std::string, std::optional<std::string>>>& members) {
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  for (const auto& [name, value] : group) builder.set_group_value(name, value);
  int count = 0;
  for (const auto& member : members) {
    builder.add_person("P" + std::to_string(++count), *member.at("role"));
    for (const auto& [name, value] : member)
      if (name != "role") builder.set_person_value(name, value);
  }
  return builder.build();
}

}  // namespace

TEST_CASE("unknown is never zero and three-valued logic decides what it can", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("aide", {{"ressources", "revenu < 1000"}, {"logement", "locataire"}}, "param.forfait");
  const Program program = Program::compile(pack.pack);

  // false and unknown is false: not eligible, and the failed condition is named.
  auto result = evaluate_one(program, one_household(pack.pack, {{"locataire", "false"}}, {{{"role", "demandeur"}}}), "2025-06");
  CHECK(result.status == Status::not_eligible);
  CHECK(result.failed == std::vector<std::string>{"logement"});
  CHECK(result.amount == 0);

  // true and unknown is unknown: undetermined, and the missing input is named.
  result = evaluate_one(program, one_household(pack.pack, {{"locataire", "true"}}, {{{"role", "demandeur"}}}), "2025-06");
  CHECK(result.status == Status::undetermined);
  CHECK(result.missing == std::vector<std::string>{"revenu"});

  result = evaluate_one(program, one_household(pack.pack, {{"locataire", "true"}, {"revenu", "999.99"}}, {{{"role", "demandeur"}}}),
                        "2025-06");
  CHECK(result.status == Status::eligible);
  CHECK(result.amount == 61000);
}

TEST_CASE("parameters are read on the first day of the period", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("aide", {}, "param.forfait");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(pack.pack, {}, {{{"role", "demandeur"}}});
  CHECK(evaluate_one(program, population, "2025-03").amount == 60000);
  CHECK(evaluate_one(program, population, "2025-04").amount == 61000);
  // Before its first value the law is not written: undetermined, naming the parameter.
  const auto before = evaluate_one(program, population, "2023-12");
  CHECK(before.status == Status::undetermined);
  CHECK(before.missing == std::vector<std::string>{"param.forfait"});
}

TEST_CASE("a reform overrides a parameter for one evaluation", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("aide", {}, "param.forfait");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(pack.pack, {}, {{{"role", "demandeur"}}});
  EvaluationOptions options;
  options.overrides.push_back(ParameterOverride{"forfait", Date::parse("2026-04-01"), 64050});
  CHECK(program.evaluate(population, Period::parse("2026-03"), options).benefits[0].amount_cents[0] == 61000);
  CHECK(program.evaluate(population, Period::parse("2026-04"), options).benefits[0].amount_cents[0] == 64050);
}

TEST_CASE("money arithmetic is exact and rounds half away from zero", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("taux_exact", {}, "revenu * 0.165")
      .benefit("moitie", {}, "revenu * 0.5")
      .benefit("tiers", {}, "revenu / 3")
      .benefit("negatif", {}, "(0 - revenu) * 0.5")
      .benefit("arrondi_bas", {}, "round_down(revenu, 1)")
      .benefit("arrondi_haut", {}, "round_up(revenu, 10)")
      .benefit("arrondi", {}, "round(revenu, 1)")
      .benefit("taux_donne", {}, "revenu * taux");
  const Program program = Program::compile(pack.pack);
  const Population population =
      one_household(pack.pack, {{"revenu", "1000.01"}, {"taux", "0.333333"}}, {{{"role", "demandeur"}}});
  const Results results = program.evaluate(population, Period::parse("2025-06"));
  CHECK(results.benefits[0].amount_cents[0] == 16500);   // 165.00165 -> 165.00
  CHECK(results.benefits[1].amount_cents[0] == 50001);   // 500.005 -> 500.01
  CHECK(results.benefits[2].amount_cents[0] == 33334);   // 333.336... -> 333.34
  CHECK(results.benefits[3].amount_cents[0] == -50001);  // halves away from zero
  CHECK(results.benefits[4].amount_cents[0] == 100000);
  CHECK(results.benefits[5].amount_cents[0] == 101000);
  CHECK(results.benefits[6].amount_cents[0] == 100000);
  CHECK(results.benefits[7].amount_cents[0] == 33334);   // 100001 x 0.333333 = 33333.633333
}

TEST_CASE("products keep their exact value through variables, and the amount is rounded once", "[eval]") {
  EnginePack pack = household_pack();
  pack.variable("majoration", "foyer", "revenu * 0.16")  // 16% of 478.16 = 76.5056
      .variable("douzieme", "foyer", "revenu / 12")
      .benefit("deux_majorations", {}, "2 * majoration")
      .benefit("publiees_au_centime", {}, "2 * round(majoration, 0.01)")
      .benefit("douzieme_arrondi_bas", {}, "round_down(douzieme, 0.01)")
      .benefit("au_dessus", {{"seuil", "majoration > 76.50"}}, "majoration - 76.50");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(pack.pack, {{"revenu", "478.16"}}, {{{"role", "demandeur"}}});
  const Results results = program.evaluate(population, Period::parse("2025-06"));
  CHECK(results.benefits[0].amount_cents[0] == 15301);  // 153.0112, not 2 x 76.51
  CHECK(results.benefits[1].amount_cents[0] == 15302);  // where the law pays each rounded term
  CHECK(results.benefits[2].amount_cents[0] == 3984);   // 39.8466... rounded down
  CHECK(results.benefits[3].status[0] == Status::eligible);
  CHECK(results.benefits[3].amount_cents[0] == 1);  // 0.0056, paid 0.01

  const Trace trace = program.trace(population, 0, Period::parse("2025-06"));
  const auto value_of = [&](const std::string& name) {
    for (const TraceValue& value : trace.values)
      if (value.name == name) return value.value;
    return std::string("absent");
  };
  CHECK(value_of("majoration") == "76.5056");            // the trace shows the exact value
  CHECK(value_of("douzieme") == "39.846667");            // to the millionth of a euro
  CHECK(value_of("revenu") == "478.16");                 // whole cents as cents
  CHECK(value_of("deux_majorations.amount") == "153.01");
}

TEST_CASE("overflow and division by zero stop with the formula and the group", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("enorme", {}, "revenu * 1000000 * 1000000");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(pack.pack, {{"revenu", "90000000"}}, {{{"role", "demandeur"}}});
  CHECK_THROWS_WITH(evaluate_one(program, population, "2025-06"),
                    Catch::Contains("overflow") && Catch::Contains("group `F1`") && Catch::Contains("pack.yaml:1:"));
  // Money is held in millionths of a euro while computing: ten thousand billion euros (whole
  // cents in the data) does not fit, and says so instead of wrapping around.
  EnginePack reads = household_pack();
  reads.benefit("aide", {}, "revenu");
  const Program reading = Program::compile(reads.pack);
  CHECK_THROWS_WITH(evaluate_one(reading, one_household(reads.pack, {{"revenu", "10000000000000"}}, {{{"role", "demandeur"}}}),
                                 "2025-06"),
                    Catch::Contains("overflow") && Catch::Contains("group `F1`"));
  CHECK(evaluate_one(reading, one_household(reads.pack, {{"revenu", "9000000000000"}}, {{{"role", "demandeur"}}}), "2025-06")
            .amount == 900000000000000);

  EnginePack divide = household_pack();
  divide.variable("part", "foyer", "revenu / count(membres where salaire > 0)").benefit("aide", {}, "part");
  const Program by_zero = Program::compile(divide.pack);
  const Population nobody_paid =
      one_household(divide.pack, {{"revenu", "100"}}, {{{"role", "demandeur"}, {"salaire", "0"}}});
  CHECK_THROWS_WITH(evaluate_one(by_zero, nobody_paid, "2025-06"),
                    Catch::Contains("pack.yaml:1:17: error: division by zero while evaluating group `F1`"));
}

TEST_CASE("aggregations over members follow three-valued logic", "[eval]") {
  EnginePack pack = household_pack();
  pack.variable("age", "personne", "age_on(date_naissance)")
      .benefit("somme", {}, "sum(membres, salaire)")
      .benefit("enfants", {}, "count(membres where role == \"enfant\") * param.forfait")
      .benefit("majeurs", {{"un_majeur", "any(membres, age >= 18)"}, {"tous", "all(membres, age >= 18)"}}, "10")
      .benefit("maximum", {}, "max(membres, salaire)")
      .benefit("diffuse", {}, "sum(membres, salaire + revenu)");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(
      pack.pack, {{"revenu", "1.00"}},
      {{{"role", "demandeur"}, {"date_naissance", "1980-05-02"}, {"salaire", "1200.50"}},
       {{"role", "enfant"}, {"date_naissance", "2010-06-01"}, {"salaire", "0"}},
       {{"role", "enfant"}, {"date_naissance", std::nullopt}, {"salaire", std::nullopt}}});
  const Results results = program.evaluate(population, Period::parse("2025-06"));
  CHECK(results.benefits[0].status[0] == Status::undetermined);
  CHECK(results.missing_inputs(0, 0) == std::vector<std::string>{"salaire"});
  CHECK(results.benefits[1].amount_cents[0] == 2 * 61000);
  // any: one known adult settles it; all: a known minor settles it despite an unknown age.
  CHECK(results.benefits[2].conditions[0][0] == Truth::yes);
  CHECK(results.benefits[2].conditions[1][0] == Truth::no);
  CHECK(results.benefits[2].status[0] == Status::not_eligible);
  CHECK(results.benefits[3].status[0] == Status::undetermined);
  CHECK(results.benefits[4].status[0] == Status::undetermined);
}

TEST_CASE("a group value is broadcast to its members", "[eval]") {
  EnginePack pack = household_pack();
  pack.variable("part", "personne", "revenu / 2 + salaire").benefit("total", {}, "sum(membres, part)");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(
      pack.pack, {{"revenu", "100.01"}},
      {{{"role", "demandeur"}, {"salaire", "10"}}, {{"role", "conjoint"}, {"salaire", "20"}}});
  // each member: 50.005 (exact: nothing is rounded before the amount) + salary
  CHECK(evaluate_one(program, population, "2025-06").amount == 10001 + 1000 + 2000);
}

TEST_CASE("barèmes by amount and by marginal rate", "[eval]") {
  EnginePack pack = household_pack();
  pack.scale("montants", ParameterKind::scale_amount, {{0, 19400}, {950000, 14600}, {1020000, 9800}})
      .scale("taux", ParameterKind::scale_marginal, {{0, 0}, {1000000, 110000}, {2000000, 300000}})
      .benefit("montant", {}, "bracket(param.montants, revenu)")
      .benefit("impot", {}, "bracket(param.taux, revenu)");
  const Program program = Program::compile(pack.pack);
  const auto amounts = [&](const std::string& revenu) {
    const Results results = program.evaluate(one_household(pack.pack, {{"revenu", revenu}}, {{{"role", "demandeur"}}}),
                                             Period::parse("2025-06"));
    return std::pair{results.benefits[0].amount_cents[0], results.benefits[1].amount_cents[0]};
  };
  CHECK(amounts("9499.99") == std::pair<std::int64_t, std::int64_t>{19400, 0});
  CHECK(amounts("9500") == std::pair<std::int64_t, std::int64_t>{14600, 0});
  // 11% of the part between 10000 and 20000: 15000 -> 550.00; 30% above 20000.
  CHECK(amounts("15000") == std::pair<std::int64_t, std::int64_t>{9800, 55000});
  CHECK(amounts("25000") == std::pair<std::int64_t, std::int64_t>{9800, 110000 + 150000});
}

TEST_CASE("if-then-else with an unknown condition is known when both branches agree", "[eval]") {
  EnginePack pack = household_pack();
  pack.benefit("meme", {}, "if locataire then 100 else 100").benefit("differe", {}, "if locataire then 100 else 50");
  const Program program = Program::compile(pack.pack);
  const Results results = program.evaluate(one_household(pack.pack, {}, {{{"role", "demandeur"}}}), Period::parse("2025-06"));
  CHECK(results.benefits[0].status[0] == Status::eligible);
  CHECK(results.benefits[0].amount_cents[0] == 10000);
  CHECK(results.benefits[1].status[0] == Status::undetermined);
  CHECK(results.missing_inputs(1, 0) == std::vector<std::string>{"locataire"});
}

TEST_CASE("a trace shows every value, condition and parameter with its reference", "[trace]") {
  EnginePack pack = household_pack();
  pack.variable("age", "personne", "age_on(date_naissance)")
      .benefit("aide", {{"ressources", "revenu < param.forfait"}, {"adulte", "all(membres, age >= 18)"}},
               "param.forfait - revenu");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(
      pack.pack, {{"revenu", "400"}}, {{{"role", "demandeur"}, {"date_naissance", "2000-06-02"}}});
  const Trace trace = program.trace(population, 0, Period::parse("2025-06"));
  CHECK(trace.group_id == "F1");
  const auto value_of = [&](const std::string& name) {
    for (const TraceValue& value : trace.values)
      if (value.name == name) return value.value;
    return std::string("absent");
  };
  CHECK(value_of("revenu") == "400.00");
  CHECK(value_of("age") == "24");
  CHECK(value_of("aide.ressources") == "true");
  CHECK(value_of("aide.adulte") == "true");
  CHECK(value_of("aide.amount") == "210.00");
  REQUIRE(trace.parameters.size() == 1);
  CHECK(trace.parameters[0].name == "forfait");
  CHECK(trace.parameters[0].value == "610.00");
  CHECK(trace.parameters[0].start == "2025-04-01");
  CHECK(trace.parameters[0].reference == "décret n° 2025-04-01");
}

TEST_CASE("calendar functions build dates from the period", "[eval]") {
  EnginePack pack = household_pack();
  pack.variable("rentree", "foyer", "make_date(year_of(period_start), 9, 15)")
      .variable("mois", "foyer", "month_of(period_start)")
      .variable("age_rentree", "personne", "years_between(date_naissance, rentree)")
      .benefit("aide", {{"enfant_de_six_ans", "any(membres, age_rentree == 6)"}, {"ete", "mois >= 6"}},
               "param.forfait * floor(taux * 10)");
  const Program program = Program::compile(pack.pack);
  const Population population = one_household(
      pack.pack, {{"taux", "0.25"}}, {{{"role", "enfant"}, {"date_naissance", "2019-09-15"}}});
  const auto result = evaluate_one(program, population, "2025-08");
  CHECK(result.status == Status::eligible);
  CHECK(result.amount == 2 * 61000);  // floor(2.5) = 2
  const auto too_early = evaluate_one(program, population, "2025-05");
  CHECK(too_early.failed == std::vector<std::string>{"ete"});
}
