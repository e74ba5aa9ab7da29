// eligo's built-in wording: every phrase key with its text in each register. A pack's
// templates override these one by one; a pack without templates reads them as they are.
// The tables sit side by side per key so that a translator sees the three registers at once.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::explain_detail {

struct DefaultPhrase {
  std::string_view key;
  std::string_view fr;
  std::string_view fr_falc;
  std::string_view en;

  std::string_view in(std::string_view language) const;
};

// One table per document; keys are unique across them.
std::span<const DefaultPhrase> explanation_phrases();
std::span<const DefaultPhrase> letter_phrases();
std::span<const DefaultPhrase> notice_phrases();

// Every key of the three tables, in table order.
std::vector<const DefaultPhrase*> all_default_phrases();
const DefaultPhrase* find_default_phrase(std::string_view key);

std::vector<std::string> default_months(std::string_view language);
// Easy-to-read French leaves legal references out of texts for people: they are codes and
// acronyms the reader cannot use. They stay in the JSON and the notice, for the agent.
bool default_show_references(std::string_view language);

// The names of the "{name}" placeholders of a phrase, in order.
std::vector<std::string> placeholders(std::string_view phrase);

}  // namespace eligo::explain_detail
