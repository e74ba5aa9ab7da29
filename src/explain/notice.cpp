// Gathers the CRPA notice of one person: the explanation of their group, the data and
// parameters read from its trace, and the ranking contributions when a model was used.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "eligo/notice.hpp"

namespace eligo {

namespace {

std::string source_of(const RulePack& pack, const std::string& input, const Wording& wording) {
  const InputSpec* spec = pack.find_input(input);
  if (spec == nullptr || spec->source.empty()) return wording.say("notice.source_unknown");
  return spec->source;
}

NoticeParameter describe_parameter(const RulePack& pack, const ParameterUse& use, const Wording& wording) {
  NoticeParameter parameter{use.name, use.name, use.value, date_in_words(wording, use.start), use.reference};
  const Parameter* spec = pack.find_parameter(use.name);
  if (spec == nullptr) return parameter;
  if (const std::string& description = spec->description.in(wording.language); !description.empty())
    parameter.description = description;
  if (spec->kind == ParameterKind::scalar && spec->type == ValueType::money)
    if (const auto cents = parse_scaled(use.value, 2)) parameter.value = format_euros(*cents, wording.language);
  return parameter;
}

}  // namespace

std::string format_contribution(double contribution, const std::string& language) {
  char text[64];
  std::snprintf(text, sizeof text, "%+.2f", contribution);
  std::string formatted(text);
  if (formatted == "-0.00") formatted = "+0.00";
  if (language != "en") std::replace(formatted.begin(), formatted.end(), '.', ',');
  return formatted;
}

Notice make_notice(const RulePack& pack, const Results& results, std::size_t group, const Trace& trace,
                   const std::string& language, const NoticeOptions& options) {
  Explanation explanation = explain(pack, results, group, language, &trace);
  Notice notice;
  notice.wording = explanation.wording;
  notice.group_id = explanation.group_id;
  notice.person_id = options.person_id;
  notice.period = explanation.period;
  notice.pack_id = pack.id;
  notice.pack_title = pack.title.in(language);
  if (notice.pack_title.empty()) notice.pack_title = pack.id;
  notice.pack_version = pack.version;
  notice.pack_hash = pack.content_hash;
  for (const DataUsed& item : explanation.data_used)
    notice.data.push_back({item.input, item.description, item.member_id, item.value,
                           source_of(pack, item.input, notice.wording)});
  for (const ParameterUse& use : trace.parameters)
    notice.parameters.push_back(describe_parameter(pack, use, notice.wording));
  for (const BenefitExplanation& benefit : explanation.benefits) notice.condition_count += benefit.conditions.size();
  notice.benefits = std::move(explanation.benefits);
  if (options.ranking) {
    notice.ranking = options.ranking;
    // The heaviest weights first: what mattered most for this person reads first.
    std::stable_sort(notice.ranking->features.begin(), notice.ranking->features.end(),
                     [](const FeatureContribution& a, const FeatureContribution& b) {
                       return std::fabs(a.contribution) > std::fabs(b.contribution);
                     });
  }
  return notice;
}

}  // namespace eligo
