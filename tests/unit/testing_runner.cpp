// The pack test runner: the example pack's own cases pass, and every kind of mismatch
// gives one readable failure at the right place.
#include <catch2/catch.hpp>

#include <algorithm>

#include "eligo/eligo.hpp"
#include "bundled_packs.hpp"

namespace {

using eligo::test_packs::example_pack;

// The example pack with its test cases replaced by `test` alone.
eligo::RulePack pack_with(const eligo::TestCase& test) {
  eligo::RulePack pack = example_pack();
  pack.tests = {test};
  return pack;
}

eligo::TestCase single_person(std::optional<std::string> income) {
  eligo::TestCase test;
  test.name = "single person";
  test.period = "2025-06";
  test.where = {"cases.yaml", 3, 3};
  test.group["revenu_fiscal_reference"] = std::move(income);
  test.members.push_back({{"role", "demandeur"}, {"date_naissance", "1984-05-02"}});
  return test;
}

eligo::Expectation expect(std::string benefit, int line) {
  eligo::Expectation expectation;
  expectation.benefit = std::move(benefit);
  expectation.where = {"cases.yaml", line, 7};
  return expectation;
}

std::vector<std::string> failures_of(const eligo::TestCase& test) {
  const eligo::RulePack pack = pack_with(test);
  const eligo::Program program = eligo::Program::compile(pack);
  const std::vector<eligo::TestOutcome> outcomes = eligo::run_pack_tests(pack, program);
  REQUIRE(outcomes.size() == 1);
  std::vector<std::string> lines;
  for (const eligo::TestFailure& failure : outcomes[0].failures) lines.push_back(failure.to_string());
  return lines;
}

}  // namespace

TEST_CASE("every case of the example pack passes", "[testing]") {
  const eligo::Program program = eligo::Program::compile(example_pack());
  const auto outcomes = eligo::run_pack_tests(example_pack(), program);
  CHECK(outcomes.size() == example_pack().tests.size());
  for (const auto& outcome : outcomes) {
    std::string failures;
    for (const auto& failure : outcome.failures) failures += failure.to_string() + "\n";
    INFO(outcome.name << "\n" << failures);
    CHECK(outcome.passed());
  }
}

TEST_CASE("a wrong amount names the expected and the computed one", "[testing]") {
  eligo::TestCase test = single_person("9000");
  eligo::Expectation energy = expect("aide_energie", 5);
  energy.status = "eligible";
  energy.amount_cents = 19500;
  test.expectations = {energy};
  CHECK(failures_of(test) ==
        std::vector<std::string>{
            "cases.yaml:5:7: test \"single person\": aide_energie amount: expected 195.00, got 194.00"});
}

TEST_CASE("status, failed conditions and missing inputs are compared as sets", "[testing]") {
  eligo::TestCase test = single_person(std::nullopt);
  eligo::Expectation energy = expect("aide_energie", 5);
  energy.status = "eligible";
  energy.amount_cents = 19400;
  energy.failed = std::vector<std::string>{"ressources"};
  energy.missing = std::vector<std::string>{"revenu_fiscal_reference", "date_naissance"};
  eligo::Expectation housing = expect("aide_logement_simple", 6);
  housing.missing = std::vector<std::string>{"statut_occupation", "revenus_activite_trimestre"};
  test.expectations = {energy, housing};
  CHECK(failures_of(test) ==
        std::vector<std::string>{
            "cases.yaml:5:7: test \"single person\": aide_energie status: expected eligible, got undetermined",
            "cases.yaml:5:7: test \"single person\": aide_energie amount: expected 194.00, got unknown",
            "cases.yaml:5:7: test \"single person\": aide_energie failed conditions: expected [ressources], got []",
            "cases.yaml:5:7: test \"single person\": aide_energie missing inputs: expected [date_naissance, "
            "revenu_fiscal_reference], got [revenu_fiscal_reference]"});
}

TEST_CASE("a case that cannot be built fails with the test's place", "[testing]") {
  SECTION("an input name with a typo") {
    eligo::TestCase test = single_person("9000");
    test.group["revenu_fiscal_referenc"] = "9000";
    CHECK(failures_of(test) == std::vector<std::string>{
                                   "cases.yaml:3:3: test \"single person\": unknown input `revenu_fiscal_referenc`; "
                                   "did you mean `revenu_fiscal_reference`?"});
  }
  SECTION("a person input given to the household") {
    eligo::TestCase test = single_person("9000");
    test.group["date_naissance"] = "1984-05-02";
    CHECK(failures_of(test) ==
          std::vector<std::string>{
              "cases.yaml:3:3: test \"single person\": `date_naissance` is an input of personne, not of foyer"});
  }
  SECTION("a member without a role") {
    eligo::TestCase test = single_person("9000");
    test.members[0].erase("role");
    CHECK(failures_of(test) ==
          std::vector<std::string>{"cases.yaml:3:3: test \"single person\": member 1 has no role"});
  }
  SECTION("a value that does not fit its type") {
    eligo::TestCase test = single_person("neuf mille");
    const auto failures = failures_of(test);
    REQUIRE(failures.size() == 1);
    CHECK_THAT(failures[0], Catch::StartsWith("cases.yaml:3:3: test \"single person\": "));
    // The bad value itself is not repeated: messages name the place, never personal values.
    CHECK_THAT(failures[0], Catch::Contains("not an amount in euros with at most 2 decimals for revenu_fiscal_reference"));
  }
  SECTION("an unknown benefit") {
    eligo::TestCase test = single_person("9000");
    test.expectations = {expect("aide_inconnue", 8)};
    CHECK(failures_of(test) ==
          std::vector<std::string>{"cases.yaml:8:7: test \"single person\": unknown benefit `aide_inconnue`"});
  }
}

TEST_CASE("inputs absent from a case stay unknown", "[testing]") {
  eligo::TestCase test = single_person("9000");
  eligo::Expectation housing = expect("aide_logement_simple", 6);
  housing.status = "undetermined";
  housing.missing = std::vector<std::string>{"statut_occupation", "revenus_activite_trimestre"};
  test.expectations = {housing};
  CHECK(failures_of(test).empty());
}
