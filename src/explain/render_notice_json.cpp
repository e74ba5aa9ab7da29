// The CRPA notice as JSON for agency software, with the same words as the text.
#include <nlohmann/json.hpp>

#include "eligo/notice.hpp"
#include "explain/notice_sections.hpp"

namespace eligo {

std::string render_notice_json(const Notice& notice) {
  using nlohmann::json;
  json data = json::array();
  for (const NoticeData& item : notice.data)
    data.push_back({{"input", item.input},
                    {"description", item.description},
                    {"member_id", item.member_id},
                    {"value", item.value},
                    {"source", item.source}});
  json parameters = json::array();
  for (const NoticeParameter& parameter : notice.parameters)
    parameters.push_back({{"name", parameter.name},
                          {"description", parameter.description},
                          {"value", parameter.value},
                          {"since", parameter.since},
                          {"reference", parameter.reference}});
  json benefits = json::array();
  for (const BenefitExplanation& benefit : notice.benefits) {
    json conditions = json::array();
    for (const ConditionExplanation& condition : benefit.conditions)
      conditions.push_back({{"id", condition.id},
                            {"reason", condition.reason},
                            {"outcome", std::string(to_string(condition.outcome))},
                            {"reference", condition.reference}});
    benefits.push_back({{"id", benefit.id},
                        {"label", benefit.label},
                        {"status", std::string(to_string(benefit.status))},
                        {"amount_cents", benefit.amount_cents ? json(*benefit.amount_cents) : json(nullptr)},
                        {"conditions", conditions}});
  }
  json ranking = nullptr;
  if (notice.ranking) {
    json features = json::array();
    for (const FeatureContribution& feature : notice.ranking->features)
      features.push_back({{"feature", feature.feature},
                          {"value", feature.value},
                          {"contribution", feature.contribution},
                          {"effect", explain_detail::direction_of(notice.wording, feature.contribution)}});
    ranking = {{"model", notice.ranking->model}, {"features", features}};
  }
  const json document{{"language", notice.wording.language},
                      {"title", notice.wording.say("notice.title")},
                      {"group_id", notice.group_id},
                      {"person_id", notice.person_id},
                      {"period", notice.period},
                      {"pack", {{"id", notice.pack_id}, {"title", notice.pack_title},
                                {"version", notice.pack_version}, {"content_hash", notice.pack_hash}}},
                      {"contribution", explain_detail::contribution_paragraphs(notice)},
                      {"data_used", data},
                      {"parameters", parameters},
                      {"benefits", benefits},
                      {"ranking", ranking},
                      {"operations", explain_detail::operations(notice)}};
  return document.dump(2) + "\n";
}

}  // namespace eligo
