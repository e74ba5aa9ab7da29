// Gathers the explanation model of one group from the pack, its results and its trace.
#include <algorithm>
#include <set>

#include "eligo/error.hpp"
#include "eligo/explain.hpp"
#include "explain/inputs_read.hpp"

namespace eligo {

bool is_explanation_language(const std::string& language) {
  return std::any_of(std::begin(explanation_languages), std::end(explanation_languages),
                     [&](const char* known) { return language == known; });
}

namespace {

std::string describe_input(const RulePack& pack, const std::string& name, const std::string& language) {
  const InputSpec* input = pack.find_input(name);
  if (input == nullptr) return name;
  const std::string& description = input->description.in(language);
  return description.empty() ? name : description;
}

ClaimExplanation explain_claim(const Benefit& benefit, const std::string& language) {
  return ClaimExplanation{benefit.institution,  benefit.claim.how.in(language), benefit.claim.online,
                          benefit.claim.counter, benefit.claim.phone,           benefit.claim.form,
                          benefit.claim.documents};
}

const Condition* find_condition(const Benefit& benefit, const std::string& id) {
  for (const Condition& condition : benefit.conditions)
    if (condition.id == id) return &condition;
  return nullptr;
}

BenefitExplanation explain_benefit(const RulePack& pack, const Results& results, std::size_t index,
                                   std::size_t group, const std::string& language) {
  const BenefitResults& outcome = results.benefits[index];
  const Benefit* benefit = pack.find_benefit(outcome.benefit);
  if (benefit == nullptr) throw Error("the results name benefit `" + outcome.benefit + "`, not in the pack");

  BenefitExplanation explained;
  explained.id = benefit->id;
  explained.label = benefit->label.in(language);
  if (explained.label.empty()) explained.label = benefit->id;
  explained.description = benefit->description.in(language);
  explained.reference = benefit->reference;
  explained.status = outcome.status[group];
  // The period travels with the results, which say what each amount is per; results of
  // another version of the pack would be read with the wrong period.
  if (outcome.amount_period != benefit->amount_period)
    throw Error("the results give `" + outcome.benefit + "` per " +
                (outcome.amount_period.empty() ? std::string("(no period)") : outcome.amount_period) +
                " but the pack pays it per " + benefit->amount_period + ": they come from another pack");
  explained.amount_period = outcome.amount_period;
  explained.amount_kind = benefit->amount_kind;
  if (explained.status == Status::eligible) {
    explained.amount_cents = outcome.amount_cents[group];
    explained.amount = format_euros(outcome.amount_cents[group], language);
  }
  for (std::size_t c = 0; c < outcome.condition_ids.size(); ++c) {
    ConditionExplanation condition{outcome.condition_ids[c], outcome.conditions[c][group], {}, {}, {}};
    if (const Condition* written = find_condition(*benefit, condition.id)) {
      condition.reason = written->reason.in(language);
      const auto not_met = written->not_met.by_language.find(language);
      if (condition.outcome == Truth::no && not_met != written->not_met.by_language.end() && !not_met->second.empty())
        condition.not_met = not_met->second;
      condition.reference = written->reference;
    }
    if (condition.reason.empty()) condition.reason = condition.id;
    explained.conditions.push_back(std::move(condition));
  }
  for (const std::string& input : results.missing_inputs(index, group))
    explained.missing.push_back({input, describe_input(pack, input, language)});
  explained.claim = explain_claim(*benefit, language);
  return explained;
}

// An input value as the reader writes it: euros in their convention, dates in words,
// yes or no; the trace's text otherwise.
std::string value_in_words(const RulePack& pack, const TraceValue& value, const Wording& wording) {
  if (value.value == "unknown") return wording.say("unknown_value");
  const InputSpec* input = pack.find_input(value.name);
  if (input == nullptr) return value.value;
  switch (input->type) {
    case ValueType::money:
      if (const auto cents = parse_scaled(value.value, 2)) return format_euros(*cents, wording.language);
      break;
    case ValueType::date: return date_in_words(wording, value.value);
    case ValueType::boolean:
      if (value.value == "true") return wording.say("yes");
      if (value.value == "false") return wording.say("no");
      break;
    case ValueType::enumeration:
      // The pack's words for the value ("locataire d'un logement social"), never the code.
      if (const auto label = input->value_labels.find(value.value); label != input->value_labels.end()) {
        const std::string& words = label->second.in(wording.language);
        if (!words.empty()) return words;
      }
      break;
    case ValueType::integer:
    case ValueType::decimal: break;
  }
  return value.value;
}

}  // namespace

Explanation explain(const RulePack& pack, const Results& results, std::size_t group,
                    const std::string& language, const Trace* trace) {
  Wording wording = wording_for(pack, language);  // rejects an unknown language before any work
  if (group >= results.group_count())
    throw Error("group " + std::to_string(group) + " is out of range (" +
                std::to_string(results.group_count()) + " groups)");

  Explanation explanation{language, std::move(wording), results.group_ids[group], results.period, {}, {}};
  for (std::size_t b = 0; b < results.benefits.size(); ++b)
    explanation.benefits.push_back(explain_benefit(pack, results, b, group, language));
  if (trace != nullptr) {
    // The data that led to the results: known values of inputs the rules read. Unknown
    // values are listed, where they matter, as missing under each benefit; inputs no rule
    // reads (a protected attribute kept for the fairness audit) played no part.
    const std::set<std::string> read = explain_detail::inputs_read_by_benefits(pack);
    for (const TraceValue& value : trace->values)
      if (value.kind == "input" && value.value != "unknown" && read.count(value.name) != 0)
        explanation.data_used.push_back(
            {value.name, describe_input(pack, value.name, language), value.member_id,
             value_in_words(pack, value, explanation.wording), value.value});
  }
  return explanation;
}

}  // namespace eligo
