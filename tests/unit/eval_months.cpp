// Formulas that read other months: `x@k`, month_sum(), month_mean(), and monthly histories.
#include <array>

#include <catch2/catch.hpp>

#include "engine_pack.hpp"

using namespace eligo;
using eligo::test::EnginePack;
using eligo::test::evaluate_one;

namespace {

// A forfait revalued on 1 April 2025, a monthly salary, a birth date.
EnginePack monthly_pack() {
  EnginePack pack;
  pack.input("salaire", "personne", ValueType::money)
      .input("date_naissance", "personne", ValueType::date)
      .input("loyer", "foyer", ValueType::money)
      .parameter("forfait", ValueType::money, {{"2024-01-01", 60000}, {"2025-04-01", 61000}});
  return pack;
}

Population one_person(const RulePack& pack, const std::optional<std::string>& salaire,
                      const std::vector<std::pair<std::string, std::optional<std::string>>>& history = {}) {
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("loyer", "400");
  builder.add_person("P1", "demandeur");
  builder.set_person_value("salaire", salaire);
  builder.set_person_value("date_naissance", "1990-05-15");
  for (const auto& [month, value] : history) builder.set_person_value_at("salaire", month, value);
  return builder.build();
}

// One household of one person per birth date, then one whose birth date is unknown.
Population one_person_per_birth(const RulePack& pack, const std::vector<std::string>& births) {
  PopulationBuilder builder(pack);
  const auto add = [&](const std::string& id, const std::optional<std::string>& birth) {
    builder.add_group("F" + id);
    builder.set_group_value("loyer", "1");
    builder.add_person("P" + id, "demandeur");
    builder.set_person_value("salaire", "1000");
    builder.set_person_value("date_naissance", birth);
  };
  for (std::size_t g = 0; g < births.size(); ++g) add(std::to_string(g), births[g]);
  add("_inconnu", std::nullopt);
  return builder.build();
}

}  // namespace

TEST_CASE("a parameter read at other months takes each month's value", "[eval][months]") {
  EnginePack pack = monthly_pack();
  // June 2025: the quarter March, April, May reads 600.00, 610.00, 610.00; the mean is
  // 1820 / 3 = 606.666..., paid 606.67 (half away from zero at the cent).
  pack.benefit("moyenne", {}, "month_mean(param.forfait, -3, -1)");
  pack.benefit("somme", {}, "month_sum(param.forfait, -3, -1)");
  pack.benefit("mois_precedent", {}, "param.forfait@-3");
  const Program program = Program::compile(pack.pack);
  const Population population = one_person(pack.pack, "1000");
  CHECK(evaluate_one(program, population, "2025-06", 0).amount == 60667);
  CHECK(evaluate_one(program, population, "2025-06", 1).amount == 182000);
  CHECK(evaluate_one(program, population, "2025-06", 2).amount == 60000);
  // July 2025: the whole quarter after the revaluation.
  CHECK(evaluate_one(program, population, "2025-07", 0).amount == 61000);
}

TEST_CASE("an input's monthly history replaces its single value for the months given", "[eval][months]") {
  EnginePack pack = monthly_pack();
  pack.variable("salaire_total", "foyer", "sum(membres, salaire)");
  pack.benefit("trimestre", {}, "month_sum(salaire_total, -3, -1)");
  pack.benefit("avant", {}, "salaire_total@-1");
  const Program program = Program::compile(pack.pack);

  // A single value holds every month: 3 x 1000.
  CHECK(evaluate_one(program, one_person(pack.pack, "1000"), "2025-06").amount == 300000);
  // March and May given, April falls back to the single value: 1200 + 1000 + 1500.
  const Population history = one_person(pack.pack, "1000", {{"2025-03", "1200"}, {"2025-05", "1500"}});
  CHECK(evaluate_one(program, history, "2025-06", 0).amount == 370000);
  CHECK(evaluate_one(program, history, "2025-06", 1).amount == 150000);
  // A month given empty is unknown, never 0: the sum is undetermined and names the input.
  const auto unknown = evaluate_one(program, one_person(pack.pack, "1000", {{"2025-04", std::nullopt}}), "2025-06");
  CHECK(unknown.status == Status::undetermined);
  CHECK(unknown.missing == std::vector<std::string>{"salaire"});
  // No single value and one month missing from the history: unknown too.
  const auto partial = evaluate_one(program, one_person(pack.pack, std::nullopt, {{"2025-03", "1"}, {"2025-04", "2"}}),
                                    "2025-06");
  CHECK(partial.status == Status::undetermined);
}

TEST_CASE("ages are those of the month a formula is computed for", "[eval][months]") {
  EnginePack pack = monthly_pack();
  pack.variable("age", "personne", "age_on(date_naissance)");
  // Born 15 May 1990: 34 on 1 May 2025, 35 on 1 June 2025.
  pack.benefit("ages", {{"juin", "sum(membres, age) == 35"}, {"mai", "sum(membres, age)@-1 == 34"}}, "loyer");
  const Program program = Program::compile(pack.pack);
  const auto result = evaluate_one(program, one_person(pack.pack, "1000"), "2025-06");
  CHECK(result.status == Status::eligible);
  CHECK(result.amount == 40000);
}

TEST_CASE("month offsets are checked where they are written", "[check][months]") {
  const auto problems_of = [](const std::string& amount) {
    EnginePack pack = monthly_pack();
    pack.benefit("b", {}, amount);
    return check(pack.pack);
  };
  auto problems = problems_of("param.forfait@-25");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.line == 1);
  CHECK(problems[0].where.column == 10 + 13);  // the `@`
  CHECK_THAT(problems[0].message, Catch::Contains("between -24 and 24"));

  problems = problems_of("month_mean(param.forfait, -1, -3)");
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0].message, Catch::Contains("comes after its last month"));

  problems = problems_of("month_sum(param.forfait, loyer, -1)");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.column == 10 + 25);
  CHECK_THAT(problems[0].message, Catch::Contains("whole numbers written in the formula"));

  problems = problems_of("param.forfait@x");
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0].message, Catch::Contains("whole number of months after `@`"));
}

TEST_CASE("offsets that add up beyond the bound through variables are refused", "[compile][months]") {
  EnginePack pack = monthly_pack();
  pack.variable("loin", "foyer", "loyer@-20");
  pack.benefit("b", {}, "loin@-10");
  CHECK(check(pack.pack).empty());
  CHECK_THROWS_WITH(Program::compile(pack.pack), Catch::Contains("pack.yaml:1:15: month offsets add up to -30"));
}

TEST_CASE("a bad monthly history is refused whole, each problem named", "[data][months]") {
  EnginePack pack = monthly_pack();
  PopulationBuilder builder(pack.pack);
  builder.add_group("F1");
  builder.add_person("P1", "demandeur");
  Population population = builder.build();
  const std::vector<MonthlyValue> rows = {
      {"P1", "2025-03", "salaire", "1200", "m.csv:2"},
      {"P9", "2025-03", "salaire", "1200", "m.csv:3"},
      {"P1", "2025-13", "salaire", "1200", "m.csv:4"},
      {"P1", "2025-04", "salare", "1200", "m.csv:5"},
      {"P1", "2025-04", "salaire", "12.345", "m.csv:6"},
      {"P1", "2025-03", "salaire", "1300", "m.csv:7"},
      {"P1", "2025-03", "loyer", "1300", "m.csv:8"},
  };
  try {
    population.set_monthly_values(pack.pack, rows);
    FAIL("expected an error");
  } catch (const Error& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::Contains("6 problems"));
    CHECK_THAT(message, Catch::Contains("m.csv:3:1: no personne has the id `P9`"));
    CHECK_THAT(message, Catch::Contains("m.csv:4:2: `2025-13` is not a month"));
    CHECK_THAT(message, Catch::Contains("m.csv:5:3: `salare` is not an input"));
    CHECK_THAT(message, Catch::Contains("m.csv:6:4: "));
    CHECK_THAT(message, Catch::Contains("m.csv:7:2: `salaire` of `P1` for 2025-03 was already given at m.csv:2"));
    CHECK_THAT(message, Catch::Contains("m.csv:8:1: no foyer has the id `P1`"));
  }
  CHECK(population.person_history().empty());  // nothing was kept
}

TEST_CASE("months that read the same values share their steps, household by household", "[eval][months]") {
  EnginePack pack = monthly_pack();
  pack.variable("age", "personne", "age_on(date_naissance)");
  pack.variable("majeurs", "foyer", "count(membres where age >= 35)");
  pack.variable("prime", "foyer", "param.forfait * majeurs + sum(membres, salaire) / 10");
  pack.benefit("moyenne", {}, "month_mean(prime, -3, -1)");
  const Program program = Program::compile(pack.pack);
  // Four households in one batch: the same every month; with a history; turning 35 within
  // the quarter; with a month unknown. Each must get what it gets alone.
  PopulationBuilder builder(pack.pack);
  const std::vector<std::tuple<std::string, std::string, std::vector<std::pair<std::string, std::optional<std::string>>>>> people = {
      {"F1", "1980-01-01", {}},
      {"F2", "1980-01-01", {{"2025-04", "2000"}}},
      {"F3", "1990-04-15", {}},
      {"F4", "1980-01-01", {{"2025-05", std::nullopt}}}};
  std::vector<Population> alone;
  for (const auto& [id, birth, history] : people) {
    for (PopulationBuilder* target : {&builder, static_cast<PopulationBuilder*>(nullptr)}) {
      PopulationBuilder single(pack.pack);
      PopulationBuilder& b = target != nullptr ? *target : single;
      b.add_group(id);
      b.set_group_value("loyer", "400");
      b.add_person(id + "P", "demandeur");
      b.set_person_value("salaire", "1000");
      b.set_person_value("date_naissance", birth);
      for (const auto& [month, value] : history) b.set_person_value_at("salaire", month, value);
      if (target == nullptr) alone.push_back(single.build());
    }
  }
  const Population together = builder.build();
  const Results all = program.evaluate(together, Period::parse("2025-06"));
  // By hand: F1 (600 + 610 + 610) / 3 + 100 = 706.666..., 706.67; F2 April's salary is 2000:
  // + (200 - 100) / 3 = 740.00; F3 turns 35 on 15 April: 35 on 1 May only, so
  // (0 + 0 + 610) / 3 + 100 = 303.33; F4 unknown in May.
  CHECK(all.benefits[0].amount_cents[0] == 70667);
  CHECK(all.benefits[0].amount_cents[1] == 74000);
  CHECK(all.benefits[0].amount_cents[2] == 30333);
  CHECK(all.benefits[0].status[3] == Status::undetermined);
  for (std::size_t g = 0; g < alone.size(); ++g) {
    const Results one = program.evaluate(alone[g], Period::parse("2025-06"));
    CHECK(one.benefits[0].status[0] == all.benefits[0].status[g]);
    CHECK(one.benefits[0].amount_cents[0] == all.benefits[0].amount_cents[g]);
  }
}

TEST_CASE("a choice on a dated parameter reads only the months of the branch in force", "[eval][months]") {
  EnginePack pack = monthly_pack();
  // The reference months move from M-3 .. M-1 to M-4 .. M-2 on 1 March 2025; the old
  // branch also divides by a parameter that is 0 from then on.
  pack.parameter("fenetre_decalee", ValueType::boolean, {{"2024-01-01", 0}, {"2025-03-01", 1}})
      .parameter("diviseur", ValueType::integer, {{"2024-01-01", 1}, {"2025-03-01", 0}});
  pack.variable("salaire_total", "foyer", "sum(membres, salaire)");
  pack.benefit("trimestre", {},
               "if param.fenetre_decalee then month_sum(salaire_total, -4, -2) "
               "else month_sum(salaire_total, -3, -1) / param.diviseur");
  const Program program = Program::compile(pack.pack);
  // May's salary unknown: June 2025 reads February, March, April (1000 + 1200 + 1000), and
  // neither the unknown May nor the division by 0 of the branch no longer in force.
  const Population history = one_person(pack.pack, "1000", {{"2025-03", "1200"}, {"2025-05", std::nullopt}});
  const auto june = evaluate_one(program, history, "2025-06");
  CHECK(june.status == Status::eligible);
  CHECK(june.amount == 320000);
  // July 2025 reads March, April, May: May is unknown, and named.
  const auto july = evaluate_one(program, history, "2025-07");
  CHECK(july.status == Status::undetermined);
  CHECK(july.missing == std::vector<std::string>{"salaire"});
  // February 2025, before the change: November, December, January, divided by 1.
  CHECK(evaluate_one(program, history, "2025-02").amount == 300000);
  // Every salary known: June would fail on the division by 0 if the old branch ran.
  CHECK(evaluate_one(program, one_person(pack.pack, "1000"), "2025-06").amount == 300000);
}

TEST_CASE("in_month reads a fixed month of the evaluated month's year", "[eval][months]") {
  EnginePack pack = monthly_pack();
  // A ceiling raised on 1 June 2025; a divisor that is 1 in September only (0 otherwise), so
  // that computing any other month than September would fail on a division by 0.
  pack.parameter("plafond", ValueType::money, {{"2024-01-01", 100000}, {"2025-06-01", 110000}})
      .parameter("diviseur", ValueType::integer,
                 {{"2024-01-01", 0}, {"2024-09-01", 1}, {"2024-10-01", 0}, {"2025-09-01", 1}, {"2025-10-01", 0},
                  {"2026-09-01", 1}, {"2026-10-01", 0}});
  pack.variable("plafond_septembre", "foyer", "in_month(param.plafond, 9)");
  pack.benefit("septembre", {}, "plafond_septembre");
  pack.benefit("salaire_septembre", {}, "in_month(sum(membres, salaire) / param.diviseur, 9)");
  pack.benefit("six_mois_avant", {}, "plafond_septembre@-6");
  const Program program = Program::compile(pack.pack);
  // September 2025 raised: read eight months ahead in January, four in May, three back in
  // December; December 2024 reads September 2024.
  const Population single = one_person(pack.pack, "1000");
  CHECK(evaluate_one(program, single, "2025-01").amount == 110000);
  CHECK(evaluate_one(program, single, "2025-05").amount == 110000);
  CHECK(evaluate_one(program, single, "2025-09").amount == 110000);
  CHECK(evaluate_one(program, single, "2025-12").amount == 110000);
  CHECK(evaluate_one(program, single, "2024-12").amount == 100000);
  // Read at another month, the year is that month's: March 2026 six months back is
  // September 2025; March 2025 six months back is September 2024.
  CHECK(evaluate_one(program, single, "2026-03", 2).amount == 110000);
  CHECK(evaluate_one(program, single, "2025-03", 2).amount == 100000);
  // The salary of September only, though March is unknown: no other month is computed (nor
  // divided by 0).
  const Population history = one_person(pack.pack, "1000", {{"2025-09", "1500"}, {"2025-03", std::nullopt}});
  const auto march = evaluate_one(program, history, "2025-03", 1);
  CHECK(march.status == Status::eligible);
  CHECK(march.amount == 150000);
  CHECK(evaluate_one(program, history, "2025-10", 1).amount == 150000);
  CHECK(evaluate_one(program, history, "2024-10", 1).amount == 100000);
  // Unknown in September: undetermined, naming the salary.
  const Population unknown = one_person(pack.pack, "1000", {{"2025-09", std::nullopt}});
  const auto july = evaluate_one(program, unknown, "2025-07", 1);
  CHECK(july.status == Status::undetermined);
  CHECK(july.missing == std::vector<std::string>{"salaire"});
}

TEST_CASE("in_month's month is a number from 1 to 12 written in the formula", "[check][months]") {
  const auto problems_of = [](const std::string& amount) {
    EnginePack pack = monthly_pack();
    pack.benefit("b", {}, amount);
    return check(pack.pack);
  };
  for (const std::string month : {"0", "13", "-1", "loyer"}) {
    const auto problems = problems_of("in_month(param.forfait, " + month + ")");
    INFO(month);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.line == 1);
    CHECK(problems[0].where.column == 10 + 24);  // the month
    CHECK_THAT(problems[0].message, Catch::Contains("from 1 (January) to 12 (December)"));
  }
  CHECK(problems_of("in_month(param.forfait, 12)").empty());
  CHECK(problems_of("if in_month(loyer > 300, 1) then loyer else 0").empty());  // any type
}

TEST_CASE("values the same on every row are right on every row of every batch", "[eval][months]") {
  EnginePack pack = monthly_pack();
  // Computed from parameters and the period start alone, once per batch on one row: the
  // month's index since January 2025, and twelve times the forfait, read over three months.
  pack.variable("rang_mois", "foyer", "months_between(date(\"2025-01-01\"), period_start)");
  pack.variable("forfait_annuel", "foyer", "12 * param.forfait");
  pack.variable("reste", "foyer", "forfait_annuel - loyer * rang_mois");
  pack.variable("part", "personne", "2 * param.forfait");
  pack.benefit("trimestre", {}, "month_sum(reste, -3, -1) + sum(membres, part)");
  const Program program = Program::compile(pack.pack);
  PopulationBuilder builder(pack.pack);
  for (int g = 0; g < 300; ++g) {
    builder.add_group("F" + std::to_string(g));
    builder.set_group_value("loyer", std::to_string(100 + g % 3));
    for (int p = 0; p <= g % 2; ++p) {  // one or two members: batches of different sizes
      builder.add_person("P" + std::to_string(g) + "_" + std::to_string(p), p == 0 ? "demandeur" : "conjoint");
      builder.set_person_value("salaire", "1000");
      builder.set_person_value("date_naissance", "1990-05-15");
    }
  }
  const Population population = builder.build();
  EvaluationOptions options;
  options.batch_groups = 7;  // batches of 7 groups, the last of 6
  const Results results = program.evaluate(population, Period::parse("2025-06"), options);
  // June 2025 reads March (index 2, forfait 600), April (3, 610) and May (4, 610):
  // 12 x 600 - 2 x loyer + 12 x 610 - 3 x loyer + 12 x 610 - 4 x loyer = 21840 - 9 x loyer;
  // and each member adds 2 x 610 of June (batches of 10, 11, 10... persons).
  for (std::size_t g = 0; g < 300; ++g) {
    const std::int64_t loyer = 100 + static_cast<std::int64_t>(g % 3);
    const std::int64_t members = 1 + static_cast<std::int64_t>(g % 2);
    CHECK(results.benefits[0].amount_cents[g] == (21840 - 9 * loyer + members * 1220) * 100);
  }
}

TEST_CASE("an age read over fourteen months changes on each birthday, across the new year", "[eval][months]") {
  EnginePack pack = monthly_pack();
  pack.variable("age", "personne", "age_on(date_naissance)");
  pack.variable("ages", "foyer", "sum(membres, age)");
  pack.benefit("total", {}, "loyer * month_sum(ages, -13, 0)");  // loyer 1.00: the sum in euros
  const Program program = Program::compile(pack.pack);
  // January 2026 reads December 2024 .. January 2026: each month's age computed beside the
  // next month's, over a change of year, for birthdays on the first and last days of a
  // month, on 29 February, on 1 January and on 31 December.
  const std::vector<std::string> births = {"1990-01-01", "1990-12-31", "1992-02-29", "1985-03-01", "1985-02-28",
                                           "2000-07-31", "2010-12-01", "1960-01-02", "1975-06-15"};
  const Results results = program.evaluate(one_person_per_birth(pack.pack, births), Period::parse("2026-01"));
  // Full years on the first day of each month, counted here from the year, month and day.
  const auto age_on_first = [](const std::string& birth, int year, int month) {
    const int by = std::stoi(birth.substr(0, 4)), bm = std::stoi(birth.substr(5, 2)), bd = std::stoi(birth.substr(8, 2));
    return year - by - ((month < bm || (month == bm && 1 < bd)) ? 1 : 0);
  };
  for (std::size_t g = 0; g < births.size(); ++g) {
    std::int64_t total = 0;
    for (int k = 0; k < 14; ++k) total += age_on_first(births[g], k == 0 ? 2024 : k <= 12 ? 2025 : 2026, k == 0 ? 12 : k <= 12 ? k : 1);
    INFO(births[g]);
    CHECK(results.benefits[0].amount_cents[g] == total * 100);
  }
  // Born 1 January 1990: 34 in December 2024, 35 from January 2025, 36 in January 2026.
  CHECK(results.benefits[0].amount_cents[0] == (34 + 12 * 35 + 36) * 100);
  CHECK(results.benefits[0].status[births.size()] == Status::undetermined);
}

TEST_CASE("years and months between a birth date and a date the same on every row follow the calendar",
          "[eval][months]") {
  EnginePack pack = monthly_pack();
  // The family benefits' months since birth, read for each month of a quarter, and the
  // back-to-school allowance's age at a fixed date: one date the same on every row, the
  // other the birth date of each row.
  pack.variable("mois_depuis_naissance", "personne",
                "months_between(date(\"1900-01-01\"), period_start) - months_between(date(\"1900-01-01\"), date_naissance)");
  pack.variable("ans_au_28_fevrier", "personne", "years_between(date_naissance, date(\"2030-02-28\"))");
  pack.variable("mois_jusqu_au_31_mars", "personne", "months_between(date_naissance, date(\"2030-03-31\"))");
  pack.benefit("mois", {}, "loyer * month_sum(sum(membres, mois_depuis_naissance), -2, 0)");
  pack.benefit("ans", {}, "loyer * sum(membres, ans_au_28_fevrier)");
  pack.benefit("mois_avant", {}, "loyer * sum(membres, mois_jusqu_au_31_mars)");
  const Program program = Program::compile(pack.pack);
  const std::vector<std::string> births = {"1990-01-01", "1990-12-31", "1992-02-29", "2030-02-28", "2030-03-01",
                                           "2031-04-30", "2010-03-31", "1960-01-02", "2012-02-28"};
  const Results results = program.evaluate(one_person_per_birth(pack.pack, births), Period::parse("2026-01"));
  // Counted here from the year, month and day: full months or years from one date to the other.
  const auto split = [](const std::string& date) {
    return std::array<int, 3>{std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)), std::stoi(date.substr(8, 2))};
  };
  const auto full_months = [&](const std::string& from, const std::string& to) {
    const auto [fy, fm, fd] = split(from);
    const auto [ty, tm, td] = split(to);
    return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  };
  const auto full_years = [&](const std::string& from, const std::string& to) {
    const auto [fy, fm, fd] = split(from);
    const auto [ty, tm, td] = split(to);
    return ty - fy - ((tm < fm || (tm == fm && td < fd)) ? 1 : 0);
  };
  for (std::size_t g = 0; g < births.size(); ++g) {
    INFO(births[g]);
    const auto since_birth = [&](const std::string& month_start) {
      return full_months("1900-01-01", month_start) - full_months("1900-01-01", births[g]);
    };
    const std::int64_t quarter = since_birth("2025-11-01") + since_birth("2025-12-01") + since_birth("2026-01-01");
    CHECK(results.benefits[0].amount_cents[g] == quarter * 100);
    CHECK(results.benefits[1].amount_cents[g] == full_years(births[g], "2030-02-28") * 100);
    CHECK(results.benefits[2].amount_cents[g] == full_months(births[g], "2030-03-31") * 100);
  }
  // Born 29 February 1992: 37 full years on 28 February 2030, 457 full months to 31 March.
  CHECK(results.benefits[1].amount_cents[2] == 3700);
  CHECK(results.benefits[2].amount_cents[2] == 45700);
  for (std::size_t b = 0; b < 3; ++b) CHECK(results.benefits[b].status[births.size()] == Status::undetermined);
}
