#include "explain/notice_sections.hpp"

namespace eligo::explain_detail {

std::vector<std::string> contribution_paragraphs(const Notice& notice) {
  const Wording& wording = notice.wording;
  std::vector<std::string> paragraphs{wording.say("notice.contribution_law")};
  paragraphs.push_back(notice.ranking ? wording.say("notice.contribution_ranking") : wording.say("notice.no_ranking"));
  paragraphs.push_back(wording.say("notice.contribution_agent"));
  paragraphs.push_back(wording.say("notice.rules", {{"pack", notice.pack_title},
                                                    {"version", notice.pack_version},
                                                    {"hash", notice.pack_hash.substr(0, 16)}}));
  return paragraphs;
}

std::vector<std::string> operations(const Notice& notice) {
  const Wording& wording = notice.wording;
  std::vector<std::string> steps{
      wording.say("notice.step_read", {{"count", std::to_string(notice.data.size())}}),
      wording.say("notice.step_rules", {{"benefits", std::to_string(notice.benefits.size())},
                                        {"month", month_in_words(wording, notice.period)}}),
      wording.say("notice.step_conditions", {{"count", std::to_string(notice.condition_count)}})};
  if (notice.ranking) steps.push_back(wording.say("notice.step_ranking"));
  steps.push_back(wording.say("notice.step_agent"));
  return steps;
}

std::string direction_of(const Wording& wording, double contribution) {
  if (contribution > 0.005) return wording.say("notice.raises");
  if (contribution < -0.005) return wording.say("notice.lowers");
  return wording.say("notice.neutral");
}

std::string person_reference(const Notice& notice) {
  return notice.person_id.empty() ? notice.group_id : notice.group_id + " / " + notice.person_id;
}

}  // namespace eligo::explain_detail
