// JSON explanations for agency software: the same model as the text, with the raw
// amount in cents next to the formatted one and every reference kept.
#include <nlohmann/json.hpp>

#include "eligo/explain.hpp"

namespace eligo {

namespace {

using nlohmann::json;

json claim_json(const ClaimExplanation& claim) {
  return json{{"institution", claim.institution}, {"how", claim.how},       {"online", claim.online},
              {"counter", claim.counter},         {"phone", claim.phone},   {"form", claim.form},
              {"documents", claim.documents}};
}

json benefit_json(const Wording& wording, const BenefitExplanation& benefit) {
  json conditions = json::array();
  for (const ConditionExplanation& condition : benefit.conditions)
    conditions.push_back({{"id", condition.id},
                          {"outcome", std::string(to_string(condition.outcome))},
                          {"reason", condition.reason},
                          {"not_met", condition.not_met},
                          {"reference", condition.reference}});
  json missing = json::array();
  for (const MissingInputExplanation& input : benefit.missing)
    missing.push_back({{"input", input.input}, {"description", input.description}});
  return json{{"id", benefit.id},
              {"label", benefit.label},
              {"description", benefit.description},
              {"reference", benefit.reference},
              {"status", std::string(to_string(benefit.status))},
              {"amount_cents", benefit.amount_cents ? json(*benefit.amount_cents) : json(nullptr)},
              {"amount", benefit.amount_cents ? json(benefit.amount) : json(nullptr)},
              {"amount_period", benefit.amount_period},
              {"amount_kind", benefit.amount_kind},
              {"amount_text", amount_sentence(wording, benefit)},
              {"conditions", conditions},
              {"missing_inputs", missing},
              {"claim", claim_json(benefit.claim)}};
}

json explanation_json(const Explanation& explanation) {
  json benefits = json::array();
  for (const BenefitExplanation& benefit : explanation.benefits) benefits.push_back(benefit_json(explanation.wording, benefit));
  json result{{"language", explanation.language},
              {"group_id", explanation.group_id},
              {"period", explanation.period},
              {"title", explanation.wording.say("title", {{"month", month_in_words(explanation.wording, explanation.period)}})},
              {"benefits", benefits}};
  if (!explanation.data_used.empty()) {
    json data = json::array();
    for (const DataUsed& item : explanation.data_used)
      data.push_back({{"input", item.input},
                      {"description", item.description},
                      {"member_id", item.member_id},
                      {"value", item.value},
                      {"raw_value", item.raw_value}});
    result["data_used"] = data;
  }
  return result;
}

}  // namespace

std::string render_json(const Explanation& explanation) {
  return explanation_json(explanation).dump(2) + "\n";
}

std::string render_json(const std::vector<Explanation>& explanations) {
  json all = json::array();
  for (const Explanation& explanation : explanations) all.push_back(explanation_json(explanation));
  return all.dump(2) + "\n";
}

}  // namespace eligo

namespace eligo {

std::string render_trace_json(const Trace& trace) {
  nlohmann::json values = nlohmann::json::array();
  for (const TraceValue& value : trace.values)
    values.push_back({{"name", value.name},
                      {"kind", value.kind},
                      {"entity", value.entity},
                      {"member_id", value.member_id},
                      {"value", value.value},
                      {"reference", value.reference},
                      {"formula", value.formula}});
  nlohmann::json parameters = nlohmann::json::array();
  for (const ParameterUse& parameter : trace.parameters)
    parameters.push_back({{"name", parameter.name},
                          {"value", parameter.value},
                          {"start", parameter.start},
                          {"reference", parameter.reference}});
  const nlohmann::json trace_json{{"group_id", trace.group_id},
                                  {"period", trace.period},
                                  {"values", values},
                                  {"parameters", parameters}};
  return trace_json.dump(2) + "\n";
}

}  // namespace eligo
