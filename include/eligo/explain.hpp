// Explanations of a group's results for the people concerned and the agents who help them.
//
// explain() gathers, for one group, everything a person needs to understand each benefit:
// whether they are entitled, how much, which conditions held or failed and why (with the
// legal reference), which information is still missing, and how and where to claim. The
// texts come from the pack in the chosen register; the fixed phrases from the pack's
// templates, else from eligo's built-in wording. Renderers then turn this one model into
// text, HTML or JSON, so every format says the same thing.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"
#include "eligo/results.hpp"

namespace eligo {

// The registers explanations are written in: standard French, easy-to-read French
// (FALC), English.
inline constexpr const char* explanation_languages[] = {"fr", "fr-falc", "en"};
bool is_explanation_language(const std::string& language);

// "1 033,32 €" in French (both registers), "EUR 1,033.32" in English.
std::string format_euros(std::int64_t cents, const std::string& language);

// The fixed words of one register: headings, status sentences, table headers. Resolved
// from the pack's templates over eligo's built-in wording, so every key is present.
struct Wording {
  std::string language;
  std::map<std::string, std::string> phrases;
  std::vector<std::string> months;  // twelve names, January first
  bool show_references = true;      // legal references in texts meant for people

  // The phrase `key` with each "{name}" replaced by its value. A key absent from
  // `phrases` is read from the built-in wording; an unknown key throws Error.
  std::string say(const std::string& key,
                  const std::vector<std::pair<std::string, std::string>>& values = {}) const;
};

// The wording of `language` for `pack`: its templates for that language over the built-in
// wording. Throws Error for an unknown language.
Wording wording_for(const RulePack& pack, const std::string& language);

// Warnings about a pack's templates: a language of the pack without templates (built-in
// wording used), a phrase missing (default used), an unknown key, a placeholder that the
// default has and the phrase lacks.
std::vector<Diagnostic> check_templates(const RulePack& pack);

// The built-in wording of `language` as a templates file, to start a translation.
std::string default_templates_yaml(const std::string& language);

// "juin 2025" from "2025-06", "5 décembre 1988" from "1988-12-05", in the wording's
// language; the text itself when it is not a period or a date.
std::string month_in_words(const Wording& wording, const std::string& period);
std::string date_in_words(const Wording& wording, const std::string& iso_date);

struct ConditionExplanation {
  std::string id;
  Truth outcome = Truth::unknown;
  std::string reason;     // what the condition asks, stated positively, in the language
  // For a failed condition, the pack's sentence saying it is not met, when it has one in
  // this language: lists under a "not met" heading use it, so FALC never reads as met.
  std::string not_met;
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
  std::string amount_kind = "payment";       // "payment" or "contribution" (paid by the household)
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
  Wording wording;
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

// "1 033,32 € par an": the amount of an eligible benefit with its period; empty otherwise.
// A contribution of 0 (the free CSS) is "gratuite", never "0,00 €".
std::string amount_in_words(const Wording& wording, const BenefitExplanation& benefit);

// The sentence about the amount of an eligible benefit: "Montant : 493,33 € par mois.", or
// for a contribution "Participation à payer : 12,00 € par mois." and, when it is 0, that
// the benefit is free. Empty when the benefit has no amount.
std::string amount_sentence(const Wording& wording, const BenefitExplanation& benefit);

// Plain text for a terminal or a letter: one block per benefit.
std::string render_text(const Explanation& explanation);

// A whole accessible HTML page (WCAG 2.1 AA in mind): lang attribute, one h1, headings in
// order, a summary table, conditions in tables with headers and captions, statuses written
// in words beside an icon with a text alternative, relative units only.
std::string render_html(const Explanation& explanation);

// One JSON object per explanation; an array when given several (e.g. every register).
std::string render_json(const Explanation& explanation);
std::string render_json(const std::vector<Explanation>& explanations);

// The full trace of a group, for agents and reviewers: every value in evaluation order,
// with formulas, and every parameter with its value, start date and legal reference.
std::string render_trace_text(const Trace& trace);
std::string render_trace_json(const Trace& trace);

}  // namespace eligo
