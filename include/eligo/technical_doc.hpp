// Technical documentation of a deployment, generated from the rule pack (and the ranking
// model's card when there is one), following the outline of Annex IV of the EU AI Act
// (Regulation 2024/1689): the provider writes what the pack and model know; the places only
// the deployer can fill are marked "To complete".
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "eligo/pack.hpp"

namespace eligo {

struct TechnicalDocOptions {
  std::optional<std::filesystem::path> model_card;  // a text or Markdown file, quoted whole with its hash
  std::string generated_on;                          // date shown; today (UTC) when empty
  std::string language = "en";                       // for the pack's texts
};

// Markdown. Throws Error when the model card cannot be read.
std::string technical_documentation(const RulePack& pack, const TechnicalDocOptions& options = {});

}  // namespace eligo
