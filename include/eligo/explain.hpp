// Explanations of a group's results for the people concerned and the agents who help them.
//
// explain() gathers, for one group, everything a person needs to understand each benefit:
// whether they are entitled, how much, which conditions held or failed and why (with the
// legal reference), which information is still missing, and how and where to claim. The
// texts come from the pack in the chosen register; the fixed phrases from eligo's own
// tables. Renderers then turn this one model into text or JSON (and later HTML), so every
// format says the same thing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eligo/pack.hpp"
#include "eligo/results.hpp"

namespace eligo {

// The registers explanations are written in: standard French, easy-to-read French
// (FALC), English.
inline constexpr const char* explanation_languages[] = {"fr", "fr-falc", "en"};
bool is_explanation_language(const std::string& language);

// "1 033,32 €" in French (both registers), "EUR 1,033.32" in English.
std::string format_euros(std::int64_t cents, const std::string& language);

struct ConditionExplanation {
  std::string id;
  Truth outcome = Truth::unknown;
  std::string reason;     // what the condition asks, in the language
  std::string reference;  // legal reference
};

struct MissingInputExplanation {
  std::string input;
  std::string description;  // in the language; the input's name when the pack has none
};

struct ClaimExplanation {
  std::string institution;
  std::string how;  // in the language
  std::string online;
  std::string counter;
  std::string phone;
  std::string form;
  std::vector<std::string> documents;
};

struct BenefitExplanation {
  std::string id;
  std::string label;
  std::string description;
  std::string reference;
  Status status = Status::undetermined;
  std::optional<std::int64_t> amount_cents;  // set when eligible
  std::string amount;                        // formatted in the language; empty when unset
  std::string amount_period;                 // "month" or "year"
  std::vector<ConditionExplanation> conditions;
  std::vector<MissingInputExplanation> missing;
  ClaimExplanation claim;
};

// An input value that led to the results, as read from the trace.
struct DataUsed {
  std::string input;
  std::string description;  // in the language
  std::string member_id;    // empty for the group's own values
  std::string value;        // in words: "18 000,00 €", "5 décembre 1988", "oui"
  std::string raw_value;    // as the trace writes it: "18000.00", "1988-12-05", "unknown"
};

struct Explanation {
  std::string language;
  std::string group_id;
  std::string period;
  std::vector<BenefitExplanation> benefits;  // in the pack's order
  std::vector<DataUsed> data_used;           // empty unless a trace was given
};

// The explanation of group `group` of `results` in `language` (one of
// explanation_languages). With a trace of that group, it also lists the data used.
// Throws Error for an unknown language or a group out of range.
Explanation explain(const RulePack& pack, const Results& results, std::size_t group,
                    const std::string& language, const Trace* trace = nullptr);

// Plain text for a terminal or a letter: one block per benefit.
std::string render_text(const Explanation& explanation);

// One JSON object per explanation; an array when given several (e.g. every register).
std::string render_json(const Explanation& explanation);
std::string render_json(const std::vector<Explanation>& explanations);

// The full trace of a group, for agents and reviewers: every value in evaluation order,
// with formulas, and every parameter with its value, start date and legal reference.
std::string render_trace_text(const Trace& trace);
std::string render_trace_json(const Trace& trace);

}  // namespace eligo
