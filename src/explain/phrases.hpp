// The fixed phrases of explanations, one table per register. Texts about a benefit itself
// (labels, reasons, how to claim) come from the pack; these are the words around them.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace eligo::explain_detail {

struct Phrases {
  std::string_view language;
  std::string_view colon;  // " : " in French, ": " in English
  std::array<std::string_view, 12> months;
  std::string_view title;   // "{}" stands for the month and the year
  std::string_view case_id;
  std::string_view eligible;
  std::string_view not_eligible;
  std::string_view undetermined;
  std::string_view amount;  // "{}" stands for the amount and its period
  std::string_view per_month;
  std::string_view per_year;
  std::string_view conditions_met;
  std::string_view conditions_failed;
  std::string_view conditions_unknown;
  std::string_view missing_inputs;
  std::string_view how_to_claim;
  std::string_view institution;
  std::string_view online;
  std::string_view counter;
  std::string_view phone;
  std::string_view form;
  std::string_view documents;
  std::string_view reference;
  std::string_view data_used;
  std::string_view member;
  std::string_view unknown_value;
  std::string_view yes;
  std::string_view no;
  // FALC avoids legal references in the text: they are codes and acronyms that the reader
  // cannot use. They stay in the JSON for the agent.
  bool show_references = true;
};

// `pattern` with its "{}" replaced by `value`.
std::string fill(std::string_view pattern, const std::string& value);

// The table of `language` (one of explanation_languages); throws Error otherwise.
const Phrases& phrases_for(std::string_view language);

// "juin 2025", "June 2025" from "2025-06"; the text itself when it is not a period.
std::string month_name(const Phrases& phrases, const std::string& period);

// "5 décembre 1988", "1er mai 2024", "5 December 1988" from an ISO date; the text itself
// when it is not a date.
std::string date_in_words(const Phrases& phrases, const std::string& iso_date);

}  // namespace eligo::explain_detail
