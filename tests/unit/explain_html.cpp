// The HTML explanation: document structure, tables with headers, statuses in words, no
// fixed sizes, and escaping of the pack's texts.
#include <catch2/catch.hpp>

#include <regex>

#include "eligo/explain.hpp"
#include "energy_case.hpp"

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// The levels of the headings in document order: 1, 2, 2, 3...
std::vector<int> heading_levels(const std::string& html) {
  std::vector<int> levels;
  const std::regex heading("<h([1-6])[ >]");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), heading); it != std::sregex_iterator(); ++it)
    levels.push_back(std::stoi((*it)[1].str()));
  return levels;
}

}  // namespace

TEST_CASE("the HTML explanation is one page with a language, one h1 and headings in order", "[explain][html]") {
  for (const char* language : eligo::explanation_languages) {
    const std::string html =
        eligo::render_html(eligo::explain(energy_case::energy_pack(), energy_case::energy_results(), 2, language));
    INFO(language);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"" + std::string(language == std::string("en") ? "en" : "fr") +
                           "\">"));
    CHECK(count_of(html, "<h1>") == 1);
    CHECK(count_of(html, "<main>") == 1);
    const auto levels = heading_levels(html);
    REQUIRE(!levels.empty());
    CHECK(levels.front() == 1);
    for (std::size_t i = 1; i < levels.size(); ++i) CHECK(levels[i] <= levels[i - 1] + 1);
    // Relative units only, so that the page zooms to 200%.
    CHECK(html.find("px") == std::string::npos);
  }
}

TEST_CASE("statuses are written in words beside an icon with a text alternative", "[explain][html]") {
  const std::string html =
      eligo::render_html(eligo::explain(energy_case::energy_pack(), energy_case::energy_results(), 0, "fr"));
  CHECK(html.find("<p class=\"status status-eligible\"><span class=\"icon icon-eligible\" role=\"img\" "
                  "aria-label=\"Droit ouvert\">\u2714</span> Vous avez droit à cette aide.</p>") != std::string::npos);
  CHECK(html.find("<p>Montant : 1 033,32 € par an.</p>") != std::string::npos);
  CHECK(html.find("<td><span class=\"icon icon-yes\" aria-hidden=\"true\">\u2714</span> Remplie</td>") !=
        std::string::npos);
}

TEST_CASE("conditions sit in a table with a caption and header cells", "[explain][html]") {
  const std::string html =
      eligo::render_html(eligo::explain(energy_case::energy_pack(), energy_case::energy_results(), 1, "en"));
  CHECK(html.find("<caption>Conditions of the benefit: Energy allowance</caption>\n"
                  "<thead><tr><th scope=\"col\">Condition</th><th scope=\"col\">Result</th>"
                  "<th scope=\"col\">Legal reference</th></tr></thead>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Household income per consumption unit is below the ceiling.</th>"
                  "<td><span class=\"icon icon-no\" aria-hidden=\"true\">\u2718</span> Not met</td>"
                  "<td>art. 12, 2°</td></tr>") != std::string::npos);
  // Someone not entitled gets no claim section.
  CHECK(html.find("How to claim") == std::string::npos);
}

TEST_CASE("easy-to-read HTML leaves the legal references out and lists the missing information", "[explain][html]") {
  const std::string html =
      eligo::render_html(eligo::explain(energy_case::energy_pack(), energy_case::energy_results(), 2, "fr-falc"));
  CHECK(html.find("art. 12") == std::string::npos);
  CHECK(html.find("<h3>Nous avons besoin de ces informations</h3>\n<ul>\n<li>Le revenu écrit sur votre avis "
                  "d&#39;impôt</li>\n</ul>") != std::string::npos);
  CHECK(html.find("<dt>Sur internet</dt><dd><a href=\"https://example.org/aide-energie\">") != std::string::npos);
}

TEST_CASE("texts from the pack are escaped", "[explain][html]") {
  auto pack = energy_case::energy_pack();
  pack.benefits[0].label.by_language["en"] = "Energy <script>alert(1)</script> & co";
  const std::string html = eligo::render_html(eligo::explain(pack, energy_case::energy_results(), 0, "en"));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("Energy &lt;script&gt;alert(1)&lt;/script&gt; &amp; co") != std::string::npos);
}
