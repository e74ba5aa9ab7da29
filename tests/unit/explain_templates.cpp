// Templates: the pack's wording over the built-in one, the loader's checks of a templates
// file, and the warnings a translator gets.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "eligo/explain.hpp"
#include "energy_case.hpp"

namespace {

namespace fs = std::filesystem;

// A pack folder with only a manifest and the given templates files, in a fresh folder.
fs::path pack_with_templates(const std::string& name, const std::vector<std::pair<std::string, std::string>>& files) {
  const fs::path folder = fs::temp_directory_path() / ("eligo_templates_" + name);
  fs::remove_all(folder);
  fs::create_directories(folder / "templates");
  std::ofstream(folder / "pack.yaml") << "id: t\nlanguages: [fr, fr-falc, en]\n"
                                         "entities: {person: personne, group: foyer, members: membres, roles: [demandeur]}\n"
                                         "files: {templates: [templates]}\n";
  for (const auto& [file, text] : files) std::ofstream(folder / "templates" / file) << text;
  return folder;
}

std::vector<std::string> messages(const std::vector<eligo::Diagnostic>& diagnostics) {
  std::vector<std::string> texts;
  for (const auto& diagnostic : diagnostics) texts.push_back(diagnostic.message);
  return texts;
}

}  // namespace

TEST_CASE("a pack's templates reword the explanation without code", "[explain][templates]") {
  auto pack = energy_case::energy_pack();
  eligo::Templates english;
  english.language = "en";
  english.phrases = {{"title", "Benefits for {month}"}, {"eligible", "You can get this benefit."}};
  english.months = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
  english.show_references = false;
  pack.templates.push_back(english);
  const std::string text = eligo::render_text(eligo::explain(pack, energy_case::energy_results(), 0, "en"));
  CHECK(text.starts_with("Benefits for June 2025\nCase: F1\n\nEnergy allowance\nYou can get this benefit.\n"));
  // Phrases the templates leave out keep their built-in wording; references are now hidden.
  CHECK(text.find("Amount: EUR 1,033.32 per year.") != std::string::npos);
  CHECK(text.find("art. 12") == std::string::npos);
}

TEST_CASE("a pack without templates reads the built-in wording, with a warning per language", "[explain][templates]") {
  auto pack = energy_case::energy_pack();
  pack.languages = {"fr", "fr-falc", "en"};
  const auto warnings = eligo::check_templates(pack);
  REQUIRE(warnings.size() == 3);
  CHECK(warnings[1].severity == eligo::Severity::warning);
  CHECK(warnings[1].message == "pack `example` has no templates for `fr-falc`; eligo's built-in wording is used");
  const auto wording = eligo::wording_for(pack, "fr-falc");
  CHECK(wording.say("title", {{"month", "juin 2025"}}) == "Vos aides en juin 2025");
  CHECK_FALSE(wording.show_references);
  CHECK_THROWS_AS(wording.say("no.such.phrase"), eligo::Error);
}

TEST_CASE("the bundled packs carry templates for their three languages, without warnings", "[explain][templates]") {
  for (const char* name : {"example", "fr"}) {
    const eligo::RulePack pack = eligo::load_pack(std::string(ELIGO_RULES_DIR) + "/" + name);
    CHECK(pack.templates.size() == 3);
    const auto warnings = eligo::check_templates(pack);
    INFO("pack " << name << ": " << (warnings.empty() ? "" : warnings.front().message));
    CHECK(warnings.empty());
    const eligo::Templates* falc = pack.find_templates("fr-falc");
    REQUIRE(falc != nullptr);
    CHECK(falc->show_references == false);
    CHECK(falc->months.size() == 12);
  }
}

TEST_CASE("the built-in wording written as templates loads back unchanged", "[explain][templates]") {
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* language : eligo::explanation_languages)
    files.emplace_back(std::string(language) + ".yaml", eligo::default_templates_yaml(language));
  const eligo::RulePack pack = eligo::load_pack(pack_with_templates("round_trip", files));
  CHECK(eligo::check_templates(pack).empty());
  const eligo::RulePack bare;
  for (const char* language : eligo::explanation_languages) {
    const auto loaded = eligo::wording_for(pack, language);
    const auto built_in = eligo::wording_for(bare, language);
    CHECK(loaded.phrases == built_in.phrases);
    CHECK(loaded.months == built_in.months);
    CHECK(loaded.show_references == built_in.show_references);
  }
}

TEST_CASE("the loader refuses malformed templates files, each problem located", "[explain][templates]") {
  std::vector<eligo::Diagnostic> problems;
  eligo::load_pack(pack_with_templates("bad", {{"de.yaml", "language: de\nphrases: {title: \"Ihre Rechte\"}\n"},
                                               {"en.yaml", "language: en\nmonths: [Jan]\nphrases: {title: [1]}\n"},
                                               {"fr.yaml", "language: fr\ncolour: blue\nphrases: {}\n"}}),
                   problems);
  const auto texts = messages(problems);
  INFO(texts.size());
  CHECK(std::count(texts.begin(), texts.end(), "templates for `de`, not a language of the pack") == 1);
  CHECK(std::count(texts.begin(), texts.end(), "expected twelve month names, January first, got 1") == 1);
  CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& text) { return text.find("colour") != std::string::npos; }));
  CHECK(std::any_of(problems.begin(), problems.end(), [](const eligo::Diagnostic& problem) {
    return problem.where.file.ends_with("templates/en.yaml") && problem.where.line == 3;
  }));
}

TEST_CASE("unknown phrases and lost placeholders are reported to the translator", "[explain][templates]") {
  auto pack = energy_case::energy_pack();
  pack.languages = {"en"};
  eligo::Templates english;
  english.language = "en";
  english.phrases = {{"title", "Your benefits"}, {"titel", "typo"}};
  english.phrase_where = {{"title", {"templates/en.yaml", 4, 10}}, {"titel", {"templates/en.yaml", 5, 10}}};
  pack.templates.push_back(english);
  const auto texts = messages(eligo::check_templates(pack));
  CHECK(std::count(texts.begin(), texts.end(), "phrase `title` does not show `{month}`") == 1);
  CHECK(std::count(texts.begin(), texts.end(), "unknown phrase `titel` in the en templates; it is not used") == 1);
  CHECK(std::count(texts.begin(), texts.end(),
                   "no phrase `eligible` in the en templates; the built-in one is used") == 1);
}
