// The easy-to-read French lint: each rule on small texts, then every FALC text of the
// bundled packs and of eligo's built-in wording.
#include <catch2/catch.hpp>

#include <sstream>

#include "eligo/pack.hpp"
#include "explain/falc_lint.hpp"

namespace {

using eligo::explain_detail::falc_problems;

const std::map<std::string, std::string> no_acronyms;

std::string listed(const std::vector<eligo::Diagnostic>& problems) {
  std::ostringstream out;
  for (const auto& problem : problems) out << problem.where.file << ':' << problem.where.line << ": " << problem.message << '\n';
  return out.str();
}

}  // namespace

TEST_CASE("short sentences with one idea each pass", "[falc]") {
  CHECK(falc_problems("Vous avez droit à cette aide. Vous pouvez recevoir {amount} par mois.", no_acronyms).empty());
  CHECK(falc_problems("Vous payez le loyer et les charges.", no_acronyms).empty());
  CHECK(falc_problems("Les papiers à apporter", no_acronyms).empty());
}

TEST_CASE("a deliberately long sentence fails", "[falc]") {
  const auto problems = falc_problems(
      "Pour avoir cette aide vous devez habiter en France depuis au moins cinq ans sans interruption ni absence longue.",
      no_acronyms);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].starts_with("sentence of 19 words, more than 15: "));
  // Fifteen words exactly is the limit, not over it.
  CHECK(falc_problems("Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze.", no_acronyms)
            .empty());
  CHECK(falc_problems("Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize.",
                      no_acronyms)
            .size() == 1);
}

TEST_CASE("numbers in groups and placeholders count as one word", "[falc]") {
  CHECK(falc_problems("Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze 1 033,32 €.",
                      no_acronyms)
            .empty());
}

TEST_CASE("two ideas in one sentence fail", "[falc]") {
  CHECK(falc_problems("Vous avez droit à l'aide mais il faut la demander.", no_acronyms).size() == 1);
  CHECK(falc_problems("Vous avez droit à l'aide ; demandez-la.", no_acronyms).size() == 1);
  CHECK(falc_problems("Vous remplissez le papier et vous l'envoyez.", no_acronyms).size() == 1);
  CHECK(falc_problems("Vous remplissez le papier et c'est fini.", no_acronyms).size() == 1);
}

TEST_CASE("an acronym is spelled out the first time or listed", "[falc]") {
  CHECK(falc_problems("Demandez à la CAF.", no_acronyms).size() == 1);
  CHECK(falc_problems("Demandez à la caisse d'allocations familiales (CAF). La CAF répond vite.", no_acronyms).empty());
  CHECK(falc_problems("Demandez à la CAF (caisse d'allocations familiales).", no_acronyms).empty());
  CHECK(falc_problems("Demandez à la CAF.", {{"CAF", "caisse d'allocations familiales"}}).empty());
  CHECK(falc_problems("Le RSA aide les personnes.", no_acronyms)[0] ==
        "acronym RSA not spelled out: \u00AB Le RSA aide les personnes. \u00BB");
  CHECK(falc_problems("À bientôt.", no_acronyms).empty());
}

TEST_CASE("amounts are shown in euros", "[falc]") {
  CHECK(falc_problems("Vous recevez 646,52 par mois.", no_acronyms).size() == 1);
  CHECK(falc_problems("Vous recevez 646,52 € par mois.", no_acronyms).empty());
  CHECK(falc_problems("Vous recevez 646,52 euros par mois.", no_acronyms).empty());
  CHECK(falc_problems("Vous avez 25 ans.", no_acronyms).empty());
}

TEST_CASE("the built-in easy-to-read wording passes the lint", "[falc]") {
  const eligo::RulePack no_templates;
  const auto problems = eligo::explain_detail::lint_falc(no_templates);
  INFO(listed(problems));
  CHECK(problems.empty());
}

TEST_CASE("every easy-to-read text of the bundled packs passes the lint", "[falc]") {
  for (const char* name : {"example", "fr"}) {
    const eligo::RulePack pack = eligo::load_pack(std::string(ELIGO_RULES_DIR) + "/" + name);
    REQUIRE(pack.find_templates("fr-falc") != nullptr);
    const auto problems = eligo::explain_detail::lint_falc(pack);
    INFO("pack " << name << ":\n" << listed(problems));
    CHECK(problems.empty());
  }
}

TEST_CASE("every condition of the bundled packs says in easy-to-read French when it is not met", "[falc]") {
  // Under "Pourquoi vous n'avez pas droit", a sentence stating the condition as met would
  // tell the reader the opposite of the decision.
  for (const char* name : {"example", "fr"}) {
    const eligo::RulePack pack = eligo::load_pack(std::string(ELIGO_RULES_DIR) + "/" + name);
    for (const eligo::Benefit& benefit : pack.benefits)
      for (const eligo::Condition& condition : benefit.conditions) {
        INFO(name << ": " << benefit.id << "." << condition.id);
        const auto falc = condition.not_met.by_language.find("fr-falc");
        REQUIRE(falc != condition.not_met.by_language.end());
        CHECK(falc->second != condition.reason.in("fr-falc"));
      }
  }
}
