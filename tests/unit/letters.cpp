// Outreach letters: what the person may be entitled to and how much, what to bring, where
// to get help, who decides; standard and large print, text and HTML.
#include <catch2/catch.hpp>

#include <sstream>

#include "eligo/letters.hpp"
#include "energy_case.hpp"
#include "explain/text_wrap.hpp"
#include "flat_text.hpp"

namespace {

eligo::Explanation energy_explanation(std::size_t group, const std::string& language) {
  return eligo::explain(energy_case::energy_pack(), energy_case::energy_results(), group, language);
}

eligo::LetterOptions at_town_hall() {
  eligo::LetterOptions options;
  options.person_id = "P1";
  options.place = {"France Services de Saint-Flour", "1 place de la Mairie, 15100 Saint-Flour", "lundi au vendredi, 9 h - 12 h",
                   "04 71 00 00 00"};
  return options;
}

}  // namespace

TEST_CASE("a letter names the benefit, the amount, the documents, the place and who decides", "[letters]") {
  const eligo::Letter letter = eligo::write_letter(energy_explanation(0, "fr"), at_town_hall());
  REQUIRE(letter.benefits.size() == 1);
  CHECK(letter.benefits[0].amount == "1 033,32 € par an");
  CHECK(letter.documents == std::vector<std::string>{"une pièce d'identité", "avis d'impôt", "ce courrier"});
  CHECK(eligo::render_letter_text(letter) ==
        "Vous avez peut-être droit à des aides\n"
        "Référence du dossier : F1 / P1\n"
        "\n"
        "Madame, Monsieur,\n"
        "\n"
        "En étudiant votre dossier, nous avons vu que vous pourriez avoir droit\n"
        "aux aides ci-dessous. Vous ne les recevez pas aujourd'hui.\n"
        "\n"
        "Les aides auxquelles vous pourriez avoir droit :\n"
        "  - Aide à l'énergie\n"
        "    Montant estimé : 1 033,32 € par an.\n"
        "\n"
        "Documents à apporter :\n"
        "  - une pièce d'identité\n"
        "  - avis d'impôt\n"
        "  - ce courrier\n"
        "\n"
        "Où trouver de l'aide près de chez vous :\n"
        "  Un conseiller peut vous recevoir et faire la demande avec vous.\n"
        "  France Services de Saint-Flour\n"
        "  Adresse : 1 place de la Mairie, 15100 Saint-Flour\n"
        "  Horaires : lundi au vendredi, 9 h - 12 h\n"
        "  Téléphone : 04 71 00 00 00\n"
        "\n"
        "Qui décide :\n"
        "  Ce courrier a été préparé à l'aide d'un traitement informatique. Ce\n"
        "  n'est pas une décision. Un agent, et non une machine, étudiera votre\n"
        "  demande et décidera selon la loi.\n"
        "  Vous pouvez demander comment ce traitement a utilisé vos informations.\n"
        "\n"
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations\n"
        "distinguées.\n");
}

TEST_CASE("without a place, the letter points to the France Services counter of the commune", "[letters]") {
  const eligo::Letter letter = eligo::write_letter(energy_explanation(2, "fr-falc"));
  CHECK(letter.place.name == "France Services de votre commune");
  const std::string text = eligo::render_letter_text(letter);
  CHECK(flat(text).find("- Une aide pour payer l'énergie Nous allons calculer la somme plus tard. Il nous manque des "
                        "informations.") != std::string::npos);
  CHECK(flat(text).find("Une personne va regarder votre demande. Cette personne décide.") != std::string::npos);
  CHECK(text.starts_with("Vous avez peut-être droit à une aide\nVotre numéro de dossier : F3\n\nBonjour,\n"));
}

TEST_CASE("a household with nothing to claim gets a letter that says so", "[letters]") {
  const std::string text = eligo::render_letter_text(eligo::write_letter(energy_explanation(1, "en")));
  CHECK(text.find("We found no benefit you would be entitled to without receiving it.\n") != std::string::npos);
  CHECK(text.find("Documents to bring") == std::string::npos);
  CHECK(text.find("An agent, not a machine, will study your claim") != std::string::npos);
  CHECK_THROWS_AS(eligo::write_letter(energy_explanation(1, "en"), {{}, {"no_such_benefit"}, {}}), eligo::Error);
}

TEST_CASE("the large-print text keeps lines short and airs the items", "[letters]") {
  const std::string text =
      eligo::render_letter_text(eligo::write_letter(energy_explanation(0, "fr"), at_town_hall()), eligo::PrintSize::large);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(eligo::explain_detail::character_count(line) <= 40);
  }
  CHECK(text.find("Version en gros caractères\n") != std::string::npos);
  CHECK(text.find("\n\n  - une pièce d'identité\n\n  - avis d'impôt\n") != std::string::npos);
  // An amount is never cut across two lines.
  CHECK(text.find("1 033,32 €") != std::string::npos);
}

TEST_CASE("the HTML letter has a language, one h1 and a large-print variant", "[letters][html]") {
  const eligo::Letter letter = eligo::write_letter(energy_explanation(0, "en"), at_town_hall());
  const std::string standard = eligo::render_letter_html(letter);
  CHECK(standard.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
  CHECK(standard.find("<h1>You may be entitled to benefits</h1>") != std::string::npos);
  CHECK(standard.find("<li><strong>Energy allowance</strong><br><span class=\"icon icon-eligible\" role=\"img\" "
                      "aria-label=\"Entitled\">\u2714</span> Estimated amount: EUR 1,033.32 per year.</li>") !=
        std::string::npos);
  CHECK(standard.find("<p><strong>France Services de Saint-Flour</strong></p>") != std::string::npos);
  const std::string large = eligo::render_letter_html(letter, eligo::PrintSize::large);
  CHECK(large.starts_with("<!DOCTYPE html>\n<html lang=\"en\" class=\"large-print\">\n"));
  CHECK(large.find("html.large-print { font-size: 150%; }") != std::string::npos);
}

TEST_CASE("lines wrap at spaces, counting accented letters once", "[letters]") {
  using eligo::explain_detail::wrap;
  CHECK(wrap("été été été", 7) == "été été\nété\n");
  CHECK(wrap("Montant : 1 033,32 €", 12) == "Montant :\n1 033,32 €\n");
  CHECK(wrap("un mot", 20, "  - ", "    ") == "  - un mot\n");
}
