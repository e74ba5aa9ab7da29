// Misuse of the public API ends in a clear eligo::Error, never in a garbage value: a
// month 13, a day that does not exist, a pack name nobody bundles, a benefit that does not
// say what its amount is per, results read against another pack.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <sstream>

#include "bundled_packs.hpp"
#include "eligo/eligo.hpp"
#include "energy_case.hpp"
#include "temp_folder.hpp"

using namespace eligo;

namespace {

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("Period::parse throws on a month that does not exist; try_parse says so", "[api]") {
  CHECK(message_of([] { Period::parse("2025-13"); }) ==
        "expected a month as YYYY-MM (month 01 to 12, year 1900 to 2200), got `2025-13`");
  CHECK(message_of([] { Period::parse("june"); }).ends_with("got `june`"));
  CHECK_FALSE(Period::try_parse("2025-13").has_value());
  CHECK_FALSE(Period::try_parse("2025-00").has_value());
  const Period june = Period::parse("2025-06");
  CHECK(june.year == 2025);
  CHECK(june.month == 6);
  CHECK(Period::try_parse("2025-06")->to_string() == "2025-06");
  // A Period built field by field is checked where it is used.
  CHECK(message_of([] { Period{2025, 13}.start(); }) ==
        "a period is a month 1 to 12 of a year 1900 to 2200, got year 2025, month 13");
}

TEST_CASE("Date::parse and Date::from_ymd throw on a day that does not exist", "[api]") {
  CHECK(message_of([] { Date::parse("2025-02-29"); }) ==
        "expected a date as YYYY-MM-DD that exists in the calendar, got `2025-02-29`");
  CHECK_FALSE(Date::try_parse("2025-04-31").has_value());
  CHECK(Date::parse("2024-02-29").to_string() == "2024-02-29");
  CHECK(message_of([] { Date::from_ymd(2025, 13, 1); }) == "no such day: year 2025, month 13, day 1");
  CHECK(Date::from_ymd(2025, 12, 31).to_string() == "2025-12-31");
}

TEST_CASE("evaluating at a period that is no month throws instead of reading garbage", "[api]") {
  const RulePack& pack = test_packs::example_pack();
  const Program program = Program::compile(pack);
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.add_person("P1", "demandeur");
  const Population population = builder.build();
  CHECK(message_of([&] { program.evaluate(population, Period{2025, 13}); }) ==
        "a period is a month 1 to 12 of a year 1900 to 2200, got year 2025, month 13");
  CHECK(message_of([&] { program.trace(population, 0, Period{0, 0}); }) ==
        "a period is a month 1 to 12 of a year 1900 to 2200, got year 0, month 0");
}

TEST_CASE("load_pack takes a bundled pack's name as well as a folder", "[api]") {
  const RulePack by_name = load_pack("example");
  CHECK(by_name.id == "example");
  CHECK(by_name.root == resolve_pack_path("example"));
  CHECK(by_name.content_hash == test_packs::example_pack().content_hash);

  const RulePack french = load_pack("fr");
  CHECK(french.id == "fr");
  const Program program = Program::compile(french);
  PopulationBuilder builder(french);
  builder.add_group("F1");
  builder.set_group_value("statut_occupation_logement", "locataire_vide");
  builder.set_group_value("revenu_fiscal_reference", "5000");
  builder.add_person("P1", "demandeur");
  builder.set_person_value("date_naissance", "1960-01-01");
  const Results results = program.evaluate(builder.build(), Period::parse("2025-06"));
  const BenefitResults* voucher = results.find("cheque_energie");
  REQUIRE(voucher != nullptr);
  CHECK(voucher->status[0] == Status::eligible);
  CHECK(voucher->amount_cents[0] == 19400);
  CHECK(voucher->amount_period == "year");
  CHECK(results.find("rsa")->amount_period == "month");

  const std::string unknown = message_of([] { load_pack("no_such_pack"); });
  CHECK(unknown.starts_with("no rule pack `no_such_pack` (a folder holding pack.yaml); looked at:\n  no_such_pack (as a path)"));
  std::vector<Diagnostic> problems;
  const RulePack none = load_pack("no_such_pack", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == unknown);
  CHECK(none.benefits.empty());
}

TEST_CASE("a benefit that does not say what its amount is per is an error, not a month", "[api]") {
  const test::TempFolder folder;
  std::filesystem::copy(test_packs::example_pack().root, folder.path() / "example",
                        std::filesystem::copy_options::recursive);
  const std::filesystem::path benefit = folder.path() / "example" / "benefits" / "aide_energie.yaml";
  std::string text = read_text(benefit);
  const std::size_t line = text.find("amount_period: year\n");
  REQUIRE(line != std::string::npos);
  text.erase(line, std::string("amount_period: year\n").size());
  std::ofstream(benefit) << text;
  std::vector<Diagnostic> problems;
  load_pack(folder.path() / "example", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].to_string() == benefit.string() +
                                        ":1:1: error: benefit `aide_energie` has no `amount_period`: say what its "
                                        "amount is per, `month` or `year`");
}

TEST_CASE("results carry each benefit's amount period; explaining them against another pack throws", "[api]") {
  RulePack monthly = energy_case::energy_pack();
  monthly.benefits[0].amount_period = "month";
  CHECK(message_of([&] { explain(monthly, energy_case::energy_results(), 0, "fr"); }) ==
        "the results give `aide_energie` per year but the pack pays it per month: they come from another pack");
  const std::string text = render_text(explain(energy_case::energy_pack(), energy_case::energy_results(), 0, "fr"));
  CHECK(text.find("Montant : 1 033,32 € par an.\n") != std::string::npos);
}

TEST_CASE("asking results about a benefit or group they do not hold throws", "[api]") {
  const Results results = energy_case::energy_results();
  CHECK(results.failed_conditions(0, 1) == std::vector<std::string>{"ressources"});
  CHECK(results.missing_inputs(0, 2) == std::vector<std::string>{"revenu_fiscal_reference"});
  CHECK(message_of([&] { results.failed_conditions(1, 0); }) == "no benefit number 1 in the results (1 benefits)");
  CHECK(message_of([&] { results.missing_inputs(0, 3); }) == "no group number 3 in the results (3 groups)");
}
