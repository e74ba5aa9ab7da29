// Look-ups over the built-in wording tables.
#include <algorithm>
#include <array>

#include "explain/default_phrases.hpp"

namespace eligo::explain_detail {

std::string_view DefaultPhrase::in(std::string_view language) const {
  if (language == "fr-falc") return fr_falc;
  if (language == "en") return en;
  return fr;
}

std::vector<const DefaultPhrase*> all_default_phrases() {
  std::vector<const DefaultPhrase*> all;
  for (const auto table : {explanation_phrases(), letter_phrases(), notice_phrases()})
    for (const DefaultPhrase& phrase : table) all.push_back(&phrase);
  return all;
}

const DefaultPhrase* find_default_phrase(std::string_view key) {
  for (const auto table : {explanation_phrases(), letter_phrases(), notice_phrases()})
    for (const DefaultPhrase& phrase : table)
      if (phrase.key == key) return &phrase;
  return nullptr;
}

std::vector<std::string> default_months(std::string_view language) {
  static constexpr std::array<std::string_view, 12> french{"janvier", "février", "mars",      "avril",
                                                           "mai",     "juin",    "juillet",   "août",
                                                           "septembre", "octobre", "novembre", "décembre"};
  static constexpr std::array<std::string_view, 12> english{"January", "February", "March",     "April",
                                                            "May",     "June",     "July",      "August",
                                                            "September", "October", "November", "December"};
  const auto& names = language == "en" ? english : french;
  return {names.begin(), names.end()};
}

bool default_show_references(std::string_view language) { return language != "fr-falc"; }

std::vector<std::string> placeholders(std::string_view phrase) {
  std::vector<std::string> names;
  for (std::size_t open = phrase.find('{'); open != std::string_view::npos; open = phrase.find('{', open + 1)) {
    const std::size_t close = phrase.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(phrase.substr(open + 1, close - open - 1));
  }
  return names;
}

}  // namespace eligo::explain_detail
