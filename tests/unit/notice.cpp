// The CRPA R311-3-1-2 notice: the algorithm's contribution, the data and their sources,
// the parameters and weights as applied to the person, the operations; in each register.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "eligo/notice.hpp"
#include "energy_case.hpp"
#include "flat_text.hpp"

namespace {

eligo::RulePack noticed_pack() {
  auto pack = energy_case::energy_pack();
  pack.title.by_language = {{"fr", "Pack d'exemple"}, {"fr-falc", "Un exemple de règles"}, {"en", "Example pack"}};
  pack.version = "1.0.0";
  pack.content_hash = "0123456789abcdef0123456789abcdef";
  pack.inputs[0].source = "avis d'impôt (DGFiP)";
  eligo::Parameter ceiling;
  ceiling.name = "energie.plafond";
  ceiling.type = eligo::ValueType::money;
  eligo::ParameterVersion in_force;
  in_force.start = eligo::Date::parse("2025-01-01");
  in_force.value = 1125000;
  ceiling.versions.push_back(in_force);
  ceiling.description.by_language = {{"fr", "Plafond de revenus par unité de consommation"},
                                     {"fr-falc", "Le revenu le plus haut pour avoir l'aide"},
                                     {"en", "Income ceiling per consumption unit"}};
  pack.parameters.push_back(ceiling);
  return pack;
}

eligo::Trace noticed_trace() {
  eligo::Trace trace;
  trace.group_id = "F1";
  trace.period = "2025-06";
  trace.values.push_back({"revenu_fiscal_reference", "input", "foyer", "", "9000.00", "", ""});
  trace.parameters.push_back({"energie.plafond", "11250.00", "2025-01-01", "arrêté du 1er janvier 2025"});
  return trace;
}

eligo::NoticeOptions ranked() {
  return {"P1",
          eligo::RankingUse{"logistic-2025-06 v3",
                            {{"Nombre de contacts sans réponse", "0", -0.10},
                             {"Ancienneté du dossier", "2 ans", 0.05},
                             {"Montant en jeu", "1 033,32 €", 0.85}}}};
}

}  // namespace

TEST_CASE("the notice lists the data with their source and the parameters as applied", "[notice]") {
  const auto notice = eligo::make_notice(noticed_pack(), energy_case::energy_results(), 0, noticed_trace(), "fr", ranked());
  REQUIRE(notice.data.size() == 1);
  CHECK(notice.data[0].value == "9 000,00 €");
  CHECK(notice.data[0].source == "avis d'impôt (DGFiP)");
  REQUIRE(notice.parameters.size() == 1);
  CHECK(notice.parameters[0].description == "Plafond de revenus par unité de consommation");
  CHECK(notice.parameters[0].value == "11 250,00 €");
  CHECK(notice.parameters[0].since == "1er janvier 2025");
  CHECK(notice.condition_count == 2);
  // The heaviest contribution first.
  REQUIRE(notice.ranking);
  CHECK(notice.ranking->features[0].feature == "Montant en jeu");
  CHECK(notice.ranking->features[1].feature == "Nombre de contacts sans réponse");
}

TEST_CASE("the text notice states the four parts of R311-3-1-2", "[notice]") {
  const std::string text = flat(eligo::render_notice_text(
      eligo::make_notice(noticed_pack(), energy_case::energy_results(), 0, noticed_trace(), "fr", ranked())));
  CHECK(text.starts_with("Information sur le traitement algorithmique de votre dossier "
                         "Personne concernée : F1 / P1 "));
  CHECK(text.find("1. Le rôle de l'algorithme Les règles de droit disent si vous avez droit à une aide. Le programme "
                  "applique ces règles publiées à vos informations. Un modèle statistique classe les personnes à "
                  "contacter en premier. Il ne décide pas de vos droits. ") != std::string::npos);
  CHECK(text.find("Règles appliquées : Pack d'exemple, version 1.0.0, empreinte 0123456789abcdef. ") !=
        std::string::npos);
  CHECK(text.find("2. Les données utilisées et leur source - Revenu fiscal de référence du foyer : 9 000,00 € - "
                  "Source : avis d'impôt (DGFiP) ") != std::string::npos);
  CHECK(text.find("- Plafond de revenus par unité de consommation : 11 250,00 € (En vigueur depuis le 1er janvier "
                  "2025; arrêté du 1er janvier 2025) ") != std::string::npos);
  CHECK(text.find("Conditions examinées pour : Aide à l'énergie - Remplie : Le foyer réside en France. ") !=
        std::string::npos);
  CHECK(text.find("- Montant en jeu : 1 033,32 € -> +0,85 (avance le contact) ") != std::string::npos);
  CHECK(text.find("- Nombre de contacts sans réponse : 0 -> -0,10 (retarde le contact) ") != std::string::npos);
  CHECK(text.find("4. Les opérations effectuées "
                  "1. Lecture de 1 données de votre dossier. "
                  "2. Application des règles de 1 aides pour la période de juin 2025. "
                  "3. Examen de 2 conditions et calcul des montants. "
                  "4. Calcul d'un score qui ordonne les contacts, sans effet sur vos droits. "
                  "5. Décision de vous contacter prise par un agent. ") != std::string::npos);
}

TEST_CASE("without a ranking model the notice says so and skips that operation", "[notice]") {
  const std::string text = eligo::render_notice_text(
      eligo::make_notice(noticed_pack(), energy_case::energy_results(), 0, noticed_trace(), "fr-falc"));
  CHECK(text.find("L'ordinateur n'a pas classé votre dossier.") != std::string::npos);
  CHECK(text.find("Il a classé les dossiers") == std::string::npos);
  // Easy-to-read French keeps the pack's version but not its hash.
  CHECK(text.find("Les règles utilisées : Un exemple de règles, version 1.0.0.") != std::string::npos);
  CHECK(text.find("0123456789abcdef") == std::string::npos);
}

TEST_CASE("the HTML notice has one h1, tables with captions, and the weights table", "[notice][html]") {
  const std::string html = eligo::render_notice_html(
      eligo::make_notice(noticed_pack(), energy_case::energy_results(), 0, noticed_trace(), "en", ranked()));
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(html.find("<h1>How an algorithm was used in your file</h1>") != std::string::npos);
  CHECK(html.find("<caption>Contribution of each criterion to the ranking</caption>\n<thead><tr><th scope=\"col\">"
                  "Criterion</th><th scope=\"col\">Value</th><th scope=\"col\">Contribution</th></tr></thead>") !=
        std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Montant en jeu</th><td>1 033,32 €</td><td>+0.85 (brings the contact "
                  "forward)</td></tr>") != std::string::npos);
  CHECK(html.find("<h2>4. The operations performed</h2>\n<ol>\n") != std::string::npos);
}

TEST_CASE("the JSON notice carries the same parts for software", "[notice]") {
  const auto json = nlohmann::json::parse(eligo::render_notice_json(
      eligo::make_notice(noticed_pack(), energy_case::energy_results(), 0, noticed_trace(), "en", ranked())));
  CHECK(json["person_id"] == "P1");
  CHECK(json["pack"]["content_hash"] == "0123456789abcdef0123456789abcdef");
  CHECK(json["data_used"][0]["source"] == "avis d'impôt (DGFiP)");
  CHECK(json["parameters"][0]["value"] == "EUR 11,250.00");
  CHECK(json["ranking"]["features"][0]["contribution"] == 0.85);
  CHECK(json["ranking"]["features"][0]["effect"] == "brings the contact forward");
  CHECK(json["operations"].size() == 5);
  CHECK(json["contribution"][2] == "An agent decides whether to contact you. An agent handles your claim and decides "
                                   "your rights.");
}

TEST_CASE("contributions are signed with two decimals in the reader's convention", "[notice]") {
  CHECK(eligo::format_contribution(0.4249, "fr") == "+0,42");
  CHECK(eligo::format_contribution(-1.5, "en") == "-1.50");
  CHECK(eligo::format_contribution(-0.001, "en") == "+0.00");
}
