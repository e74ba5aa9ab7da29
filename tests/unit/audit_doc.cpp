// Technical documentation: the Annex IV outline filled from the French pack, the model card
// quoted with its hash, and the deployer's placeholders.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "eligo/audit.hpp"
#include "eligo/technical_doc.hpp"

TEST_CASE("Technical documentation follows Annex IV and leaves the deployer's parts open", "[audit][doc]") {
  const eligo::RulePack pack = eligo::load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "fr");
  eligo::TechnicalDocOptions options;
  options.generated_on = "2026-05-01";
  const std::string doc = eligo::technical_documentation(pack, options);
  for (const char* heading : {"## 1. General description", "### 1(a) Intended purpose", "## 2. Elements of the system",
                              "### 2(d) Data", "### 2(b) Outreach: channel policy", "### 2(c) Ranking model, metrics and fairness",
                              "## 3. Monitoring, functioning and control: human oversight (art. 14)",
                              "## 5. Risk management system (art. 9)", "## 9. Post-market monitoring", "## Limits"})
    CHECK_THAT(doc, Catch::Contains(heading));
  CHECK_THAT(doc, Catch::Contains("Annex III, point 5(a)"));
  CHECK_THAT(doc, Catch::Contains("`" + pack.content_hash + "`"));
  CHECK_THAT(doc, Catch::Contains("| `rsa` |"));
  CHECK_THAT(doc, Catch::Contains("| `sans_acces_numerique` |"));
  CHECK_THAT(doc, Catch::Contains("No model card was given"));
  std::size_t placeholders = 0;
  for (auto at = doc.find("To complete by the deployer"); at != std::string::npos; at = doc.find("To complete by the deployer", at + 1))
    ++placeholders;
  CHECK(placeholders >= 10);

  const auto card = std::filesystem::temp_directory_path() / "eligo_model_card.md";
  std::ofstream(card) << "# Model card\nrecall@k 0.61 (0.57-0.65)\n";
  options.model_card = card;
  const std::string with_card = eligo::technical_documentation(pack, options);
  CHECK_THAT(with_card, Catch::Contains("recall@k 0.61 (0.57-0.65)"));
  CHECK_THAT(with_card, Catch::Contains(eligo::audit::sha256_file(card)));
  options.model_card = "/nonexistent/card.md";
  CHECK_THROWS_WITH(eligo::technical_documentation(pack, options), Catch::Contains("cannot read the model card"));
}
