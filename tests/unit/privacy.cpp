// Error messages about data end up in logs, terminals and support tickets: they may name
// the faulty row by its id, its line and column and the input's name, never a value.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/utf8.hpp"
#include "eligo/eligo.hpp"
#include "engine_pack.hpp"
#include "temp_folder.hpp"
#include "test_schema.hpp"

using namespace eligo;

namespace {

std::string all_messages(const Error& error) {
  std::string text;
  for (const Diagnostic& diagnostic : error.diagnostics()) text += diagnostic.to_string() + "\n";
  return text;
}

// Values a person could be recognised by, each in a row that also has a bad field.
const std::vector<std::string> personal_values = {
    "-98765.43", "98765.41", "locatairz", "1985-02-30", "1957-11-23", "fils_aine", "-3.14159",
    "oui_peut_etre", "12,34", "NaN", "7.77e3", "401", "0.987654321"};

std::string population_error_text(const std::filesystem::path& groups, const std::filesystem::path& persons) {
  try {
    read_population_csv(test::test_pack(), groups, persons);
  } catch (const Error& error) {
    return all_messages(error);
  }
  return "";
}

const std::string good_groups = "id,poids,revenu_fiscal_reference,statut_logement,loyer\nF1,1,,,\n";

}  // namespace

TEST_CASE("CSV errors name rows by id and place, never by their values", "[privacy][data][csv]") {
  const test::TempFolder folder;
  const auto groups = folder.write("foyers.csv",
                                   "id,poids,revenu_fiscal_reference,statut_logement,loyer\n"
                                   "F-ALPHA,1,-98765.43,locataire,\n"        // below the minimum
                                   "F-BETA,1,98765.41,locatairz,\n"          // bad enum value
                                   "F-GAMMA,-3.14159,,proprietaire,12,34\n"  // bad weight, extra field
                                   "F-DELTA,1,,heberge,\n");
  const auto persons = folder.write("personnes.csv",
                                    "id,foyer_id,role,date_naissance,salaire_net,handicape,taux_incapacite,heures_travail\n"
                                    "P-ONE,F-ALPHA,demandeur,1985-02-30,,,,\n"           // bad date
                                    "P-TWO,F-BETA,fils_aine,1957-11-23,,,,\n"            // bad role
                                    "P-THREE,F-BETA,enfant,,NaN,oui_peut_etre,,\n"       // NaN, bad boolean
                                    "P-FOUR,F-GAMMA,demandeur,,7.77e3,,0.987654321,401\n"  // exponent, decimals, max
                                    "P-FIVE,F-DELTA,demandeur,,\"12,34\",,,\n");          // decimal comma
  const RulePack pack = test::test_pack();
  try {
    read_population_csv(pack, groups, persons);
    FAIL("the files were read without error");
  } catch (const Error& error) {
    const std::string messages = all_messages(error);
    INFO(messages);
    CHECK(error.diagnostics().size() >= 10);
    for (const std::string& value : personal_values) {
      INFO("value: " << value);
      CHECK(messages.find(value) == std::string::npos);
    }
    // What may be said: the input's name and the place.
    CHECK(messages.find("foyers.csv:2:3: error: value below the minimum 0.00 of revenu_fiscal_reference") !=
          std::string::npos);
    CHECK(messages.find("personnes.csv:3:3: error: unknown role") != std::string::npos);
  }
}

TEST_CASE("values given one by one are not repeated in errors either", "[privacy][data]") {
  const RulePack pack = test::test_pack();
  PopulationBuilder builder(pack);
  builder.add_group("F-ALPHA");
  CHECK_THROWS_WITH(builder.set_group_value("revenu_fiscal_reference", "-98765.43"),
                    !Catch::Contains("98765"));
  CHECK_THROWS_WITH(builder.set_group_value("statut_logement", "locatairz"), !Catch::Contains("locatairz"));
  CHECK_THROWS_WITH(builder.add_person("P-ONE", "fils_aine"), !Catch::Contains("fils_aine"));
  CHECK_THROWS_WITH(parse_input_value(pack.inputs[0], "NaN"), !Catch::Contains("NaN"));
}

TEST_CASE("evaluation errors name the group by id, never its values", "[privacy][eval]") {
  test::EnginePack engine;
  engine.input("revenu", "foyer", ValueType::money)
      .variable("enorme", "foyer", "revenu * 10000000000000")
      .benefit("aide", {{"toujours", "enorme > 0"}}, "0");
  PopulationBuilder builder(engine.pack);
  builder.add_group("F-OVERFLOW");
  builder.set_group_value("revenu", "98765.41");
  builder.add_person("P-ONE", "demandeur");
  const Population population = builder.build();
  const Program program = Program::compile(engine.pack);
  try {
    program.evaluate(population, Period::parse("2025-06"));
    FAIL("the overflow was not reported");
  } catch (const Error& error) {
    const std::string messages = all_messages(error);
    INFO(messages);
    CHECK(messages.find("F-OVERFLOW") != std::string::npos);
    CHECK(messages.find("overflow") != std::string::npos);
    CHECK(messages.find("98765") == std::string::npos);
  }
}

TEST_CASE("receipts, known take-up and plan tables name the row and column, never the value",
          "[privacy][takeup][outreach]") {
  const test::TempFolder folder;
  const auto expect_silent = [](const auto& read, const std::string& place, const std::vector<std::string>& values) {
    try {
      read();
      FAIL("the file was read without error");
    } catch (const Error& error) {
      const std::string messages = all_messages(error);
      INFO(messages);
      CHECK(messages.find(place) != std::string::npos);
      for (const std::string& value : values) {
        INFO("value: " << value);
        CHECK(messages.find(value) == std::string::npos);
      }
    }
  };

  const auto receipts = folder.write("recus.csv", "famille_id,rsa,aah\nF1,perhaps-98765,true\n");
  expect_silent([&] { read_receipts_csv(receipts); },
                "recus.csv:2:2: error: not a receipt: write true, false, or leave the field empty", {"98765"});

  Results results;
  results.group_ids = {"F1"};
  results.benefits.push_back(BenefitResults{"rsa", "month", {}, {Status::eligible}, {0}, {}, {}});
  const auto truth = folder.write("verite.csv", "famille_id,benefit,monthly_amount\nF1,rsa,\"612,34\"\n");
  expect_silent([&] { read_truth_csv(truth, results); },
                "verite.csv:2:3: error: not an amount in euros with at most 2 decimals", {"612"});

  const auto profiles = folder.write(
      "accessibilite.csv",
      "person_id,digital_access,visual_need,hearing_need,cognitive_need,language,interpreter_need,isolated,"
      "travel_minutes_france_services,online_account,past_unanswered_contact,recent_arrival,age\n"
      "P1,tres-faible-4242,maybe-7777,false,false,fr,false,false,-17.5,false,false,false,-63\n");
  expect_silent([&] { outreach::read_accessibility_csv(profiles); },
                "accessibilite.csv:2:2: error: expected none, low or autonomous", {"4242", "7777", "17.5", "63"});

  const auto candidates = folder.write("candidats.csv", "person_id,benefit,expected_gain,amount\nP1,rsa,0.5,\"1,234.56\"\n");
  expect_silent([&] { outreach::read_candidates_csv(candidates); },
                "candidats.csv:2:4: error: expected an amount in euros, zero or more", {"234"});

}

TEST_CASE("ids with line breaks or terminal escapes are shown escaped, one message a line", "[data][files][privacy]") {
  const test::TempFolder folder;
  const auto groups = folder.write("foyers.csv", good_groups);
  const auto persons = folder.write(
      "personnes.csv",
      "id,foyer_id,role,date_naissance,salaire_net,handicape,taux_incapacite,heures_travail\n"
      "\"P1\nerror: forged\x1b[31m\",F1,demandeur,,,,,\n"
      "\"P1\nerror: forged\x1b[31m\",F1,enfant,,,,,\n");
  const std::string messages = population_error_text(groups, persons);
  CHECK_THAT(messages, Catch::EndsWith("personnes.csv:4:1: error: duplicate id \"P1\\nerror: forged\\x1b[31m\" "
                                       "(first on line 2)\n"));
  CHECK(std::count(messages.begin(), messages.end(), '\n') == 1);
  CHECK(messages.find('\x1b') == std::string::npos);

  CHECK(detail::printable("a\tb\r\n\x7f\xc2\x9b" "é\xff") == "a\\tb\\r\\n\\x7f\\u009bé\\xff");
  // Whatever the message holds, a diagnostic is one line without escape bytes.
  const Diagnostic forged{Severity::error, {"x\ny.csv", 2, 3}, "id `\x1b]0;title\x07`\nerror: fake"};
  CHECK(forged.to_string() == "x\\ny.csv:2:3: error: id `\\x1b]0;title\\x07`\\nerror: fake");
}
