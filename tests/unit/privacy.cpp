// Error messages about data end up in logs, terminals and support tickets: they may name
// the faulty row by its id, its line and column and the input's name, never a value.
#include <catch2/catch.hpp>

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
