// Explanations: the model gathered from a pack and results, money formats, and the exact
// text and JSON of each register.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "eligo/explain.hpp"
#include "eligo/letters.hpp"
#include "energy_case.hpp"

namespace {

using energy_case::energy_pack;
using energy_case::energy_results;

}  // namespace

TEST_CASE("amounts follow the French and the English conventions", "[explain]") {
  CHECK(eligo::format_euros(103332, "fr") == "1 033,32 €");
  CHECK(eligo::format_euros(103332, "fr-falc") == "1 033,32 €");
  CHECK(eligo::format_euros(103332, "en") == "EUR 1,033.32");
  CHECK(eligo::format_euros(5, "fr") == "0,05 €");
  CHECK(eligo::format_euros(-123456789, "en") == "-EUR 1,234,567.89");
  CHECK(eligo::format_euros(100000000, "fr") == "1 000 000,00 €");
}

TEST_CASE("an eligible household reads its amount, its conditions and how to claim", "[explain]") {
  const auto pack = energy_pack();
  const auto results = energy_results();
  CHECK(eligo::render_text(eligo::explain(pack, results, 0, "fr")) ==
        "Vos droits en juin 2025\n"
        "Dossier : F1\n"
        "\n"
        "Aide à l'énergie\n"
        "Vous avez droit à cette aide.\n"
        "Montant : 1 033,32 € par an.\n"
        "Conditions remplies :\n"
        "  - Le foyer réside en France. (art. 12, 1°)\n"
        "  - Les revenus du foyer par unité de consommation sont sous le plafond. (art. 12, 2°)\n"
        "Comment la demander :\n"
        "  Aucune démarche : l'aide est envoyée.\n"
        "  Organisme : Agence d'exemple\n"
        "  En ligne : https://example.org/aide-energie\n"
        "  Au guichet : France Services\n"
        "  Documents à fournir : avis d'impôt\n"
        "Référence : Example Code art. 12\n");
  CHECK(eligo::render_text(eligo::explain(pack, results, 0, "fr-falc")) ==
        "Vos aides en juin 2025\n"
        "Votre dossier : F1\n"
        "\n"
        "Une aide pour payer l'énergie\n"
        "Vous avez droit à cette aide.\n"
        "Vous pouvez recevoir 1 033,32 € par an.\n"
        "Vous remplissez ces conditions :\n"
        "  - Vous habitez en France.\n"
        "  - Vos revenus sont assez bas pour avoir cette aide.\n"
        "Comment avoir cette aide :\n"
        "  Vous n'avez rien à faire.\n"
        "  Qui donne cette aide : Agence d'exemple\n"
        "  Sur internet : https://example.org/aide-energie\n"
        "  Dans un bureau : France Services\n"
        "  Les papiers à apporter : avis d'impôt\n");
}

TEST_CASE("a household not entitled reads which condition failed, and no claim", "[explain]") {
  CHECK(eligo::render_text(eligo::explain(energy_pack(), energy_results(), 1, "en")) ==
        "Your entitlements in June 2025\n"
        "Case: F2\n"
        "\n"
        "Energy allowance\n"
        "You are not entitled to this benefit.\n"
        "Conditions met:\n"
        "  - The household lives in France. (art. 12, 1°)\n"
        "Conditions not met:\n"
        "  - Household income per consumption unit is below the ceiling. (art. 12, 2°)\n"
        "Legal reference: Example Code art. 12\n");
}

TEST_CASE("an undetermined household reads what information is missing", "[explain]") {
  const auto explanation = eligo::explain(energy_pack(), energy_results(), 2, "fr-falc");
  REQUIRE(explanation.benefits.size() == 1);
  CHECK_FALSE(explanation.benefits[0].amount_cents.has_value());
  CHECK(eligo::render_text(explanation) ==
        "Vos aides en juin 2025\n"
        "Votre dossier : F3\n"
        "\n"
        "Une aide pour payer l'énergie\n"
        "Nous ne savons pas encore si vous avez droit à cette aide.\n"
        "Vous remplissez ces conditions :\n"
        "  - Vous habitez en France.\n"
        "Nous ne savons pas encore si vous remplissez ces conditions :\n"
        "  - Vos revenus sont assez bas pour avoir cette aide.\n"
        "Nous avons besoin de ces informations :\n"
        "  - Le revenu écrit sur votre avis d'impôt\n"
        "Comment avoir cette aide :\n"
        "  Vous n'avez rien à faire.\n"
        "  Qui donne cette aide : Agence d'exemple\n"
        "  Sur internet : https://example.org/aide-energie\n"
        "  Dans un bureau : France Services\n"
        "  Les papiers à apporter : avis d'impôt\n");
}

TEST_CASE("the data used come from the trace, described in the register", "[explain]") {
  eligo::Trace trace;
  trace.group_id = "F1";
  trace.period = "2025-06";
  trace.values.push_back({"revenu_fiscal_reference", "input", "foyer", "", "9000.00", "", ""});
  trace.values.push_back({"unites_consommation", "variable", "foyer", "", "1.000000", "", "1 + ..."});
  const auto explanation = eligo::explain(energy_pack(), energy_results(), 0, "en", &trace);
  REQUIRE(explanation.data_used.size() == 1);
  CHECK(explanation.data_used[0].description == "Reference taxable income of the household");
  const std::string text = eligo::render_text(explanation);
  CHECK(text.ends_with("\nInformation used:\n  - Reference taxable income of the household: EUR 9,000.00\n"));
  CHECK(explanation.data_used[0].raw_value == "9000.00");
}

TEST_CASE("the JSON carries the same model with exact amounts", "[explain]") {
  const auto json = nlohmann::json::parse(eligo::render_json(eligo::explain(energy_pack(), energy_results(), 0, "en")));
  CHECK(json["group_id"] == "F1");
  CHECK(json["title"] == "Your entitlements in June 2025");
  const auto& benefit = json["benefits"][0];
  CHECK(benefit["status"] == "eligible");
  CHECK(benefit["amount_cents"] == 103332);
  CHECK(benefit["amount"] == "EUR 1,033.32");
  CHECK(benefit["conditions"][1]["id"] == "ressources");
  CHECK(benefit["conditions"][1]["outcome"] == "yes");
  CHECK(benefit["conditions"][1]["reference"] == "art. 12, 2°");
  CHECK(benefit["claim"]["documents"][0] == "avis d'impôt");

  const auto undetermined =
      nlohmann::json::parse(eligo::render_json(eligo::explain(energy_pack(), energy_results(), 2, "fr")));
  CHECK(undetermined["benefits"][0]["amount"].is_null());
  CHECK(undetermined["benefits"][0]["missing_inputs"][0]["description"] == "Revenu fiscal de référence du foyer");
}

TEST_CASE("an unknown language or group is refused", "[explain]") {
  CHECK_THROWS_AS(eligo::explain(energy_pack(), energy_results(), 0, "de"), eligo::Error);
  CHECK_THROWS_AS(eligo::explain(energy_pack(), energy_results(), 3, "fr"), eligo::Error);
  CHECK(eligo::is_explanation_language("fr-falc"));
  CHECK_FALSE(eligo::is_explanation_language("all"));
}

TEST_CASE("a contribution of 0 reads free, never 0,00", "[explain]") {
  eligo::RulePack pack = energy_pack();
  pack.benefits[0].amount_kind = "contribution";
  pack.benefits[0].amount_period = "month";
  eligo::Results results = energy_results();
  results.benefits[0].amount_period = "month";
  results.benefits[0].amount_cents[0] = 0;
  const auto fr = eligo::explain(pack, results, 0, "fr");
  CHECK(eligo::render_text(fr).find("Cette aide est gratuite : vous n'avez rien à payer.\n") != std::string::npos);
  CHECK(eligo::render_text(fr).find("0,00") == std::string::npos);
  CHECK(eligo::render_html(fr).find("gratuite") != std::string::npos);
  CHECK(eligo::render_text(eligo::explain(pack, results, 0, "fr-falc")).find("Cette aide est gratuite. Vous ne payez rien.") !=
        std::string::npos);
  const auto en = eligo::explain(pack, results, 0, "en");
  CHECK(eligo::render_text(en).find("This cover is free: you pay nothing.") != std::string::npos);
  CHECK(nlohmann::json::parse(eligo::render_json(en))["benefits"][0]["amount_text"] == "This cover is free: you pay nothing.");
  results.benefits[0].amount_cents[0] = 1234;
  CHECK(eligo::render_text(eligo::explain(pack, results, 0, "fr")).find("Participation à payer : 12,34 € par mois.") !=
        std::string::npos);
  // The letter says the same: free, or the contribution to pay.
  results.benefits[0].amount_cents[0] = 0;
  const eligo::Letter free_letter = eligo::write_letter(eligo::explain(pack, results, 0, "fr-falc"));
  REQUIRE(free_letter.benefits.size() == 1);
  CHECK(eligo::letter_amount_sentence(free_letter.wording, free_letter.benefits[0]) == "Cette aide est gratuite pour vous.");
  CHECK(eligo::render_letter_html(free_letter).find("Cette aide est gratuite pour vous.") != std::string::npos);
  const eligo::Letter paid = eligo::write_letter(eligo::explain(energy_pack(), energy_results(), 0, "fr-falc"));
  CHECK(eligo::letter_amount_sentence(paid.wording, paid.benefits[0]).starts_with("Vous pouvez recevoir environ 1"));
}

TEST_CASE("in easy-to-read French a failed condition is said as not met", "[explain]") {
  eligo::RulePack pack = energy_pack();
  pack.benefits[0].conditions[1].not_met.by_language = {{"fr-falc", "Vos revenus sont trop élevés pour avoir cette aide."}};
  const auto falc = eligo::explain(pack, energy_results(), 1, "fr-falc");
  const std::string text = eligo::render_text(falc);
  CHECK(text.find("Pourquoi vous n'avez pas droit à cette aide :\n  - Vos revenus sont trop élevés pour avoir cette aide.\n") !=
        std::string::npos);
  CHECK(text.find("assez bas") == std::string::npos);
  // The table of the page keeps the condition as asked, beside its answer "Non".
  CHECK(eligo::render_html(falc).find("Vos revenus sont assez bas pour avoir cette aide.</th>") != std::string::npos);
  // A condition that holds, and the other registers, keep the positive sentence.
  CHECK(eligo::render_text(eligo::explain(pack, energy_results(), 0, "fr-falc")).find("trop élevés") == std::string::npos);
  CHECK(eligo::render_text(eligo::explain(pack, energy_results(), 1, "fr")).find("Conditions non remplies :\n  - Les revenus du foyer") !=
        std::string::npos);
}

TEST_CASE("the data used show words for codes, and only known values the rules read", "[explain]") {
  eligo::RulePack pack = energy_pack();
  eligo::InputSpec tenure;
  tenure.name = "statut_occupation";
  tenure.entity = "foyer";
  tenure.type = eligo::ValueType::enumeration;
  tenure.enum_values = {"locataire", "proprietaire"};
  tenure.value_labels["locataire"].by_language = {{"fr", "locataire"}, {"en", "tenant"}};
  pack.inputs.push_back(tenure);
  eligo::InputSpec sex;  // protected, and no rule reads it
  sex.name = "sexe";
  sex.entity = "personne";
  sex.type = eligo::ValueType::enumeration;
  sex.enum_values = {"femme", "homme"};
  sex.is_protected = true;
  pack.inputs.push_back(sex);
  pack.benefits[0].conditions[0].rule.text = "statut_occupation == \"locataire\" or sexe_du_nom == \"sexe\"";
  eligo::Trace trace;
  trace.values.push_back({"revenu_fiscal_reference", "input", "foyer", "", "unknown", "", ""});
  trace.values.push_back({"statut_occupation", "input", "foyer", "", "locataire", "", ""});
  trace.values.push_back({"sexe", "input", "personne", "P1", "femme", "", ""});
  const auto en = eligo::explain(pack, energy_results(), 0, "en", &trace);
  REQUIRE(en.data_used.size() == 1);
  CHECK(en.data_used[0].input == "statut_occupation");
  CHECK(en.data_used[0].value == "tenant");
  CHECK(eligo::explain(pack, energy_results(), 0, "fr", &trace).data_used[0].value == "locataire");
}

TEST_CASE("enumeration labels and letter languages are checked with their place", "[explain][pack]") {
  const auto folder = std::filesystem::temp_directory_path() / "eligo_bad_labels";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / "outreach");
  std::ofstream(folder / "pack.yaml") << "id: bad\nlanguages: [fr, en]\n"
                                          "entities: {person: p, group: g, members: m, roles: [r]}\n"
                                          "files: {inputs: [inputs.yaml], outreach: [outreach/channels.yaml]}\n";
  std::ofstream(folder / "inputs.yaml") << "tenure:\n  entity: g\n  type: enum\n  values: [locataire, proprietaire]\n"
                                            "  labels:\n    locataire: {fr: locataire, en: tenant}\n"
                                            "    heberge: {fr: hébergé, en: hosted}\n";
  std::ofstream(folder / "outreach" / "channels.yaml")
      << "channels:\n  letter: {effectiveness: 0.05}\noffered: [letter]\nletter_language: de\n"
         "rules:\n  - id: r1\n    when: {cognitive_need: true}\n    letter_language: fr-falc\n    reason: {fr: x, en: x}\n";
  std::vector<eligo::Diagnostic> problems;
  eligo::load_pack(folder, problems);
  std::string all;
  for (const auto& d : problems) all += d.to_string() + "\n";
  INFO(all);
  CHECK_THAT(all, Catch::Contains("inputs.yaml:7:5: error: `labels` of input `tenure` names `heberge`, which is not one "
                                  "of its `values`"));
  CHECK_THAT(all, Catch::Contains("channels.yaml:4:18: error: letter language `de` is not one of the pack's languages (fr, en)"));
  CHECK_THAT(all, Catch::Contains("error: letter language `fr-falc` is not one of the pack's languages (fr, en)"));
}
