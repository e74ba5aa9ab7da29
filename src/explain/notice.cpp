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

// A parameter's value as the reader writes numbers: euros, decimal comma in French.
std::string value_in_words(ValueType type, std::int64_t value, const std::string& language) {
  switch (type) {
    case ValueType::money: return format_euros(value, language);
    case ValueType::decimal: {
      std::string text = format_scaled(value, 6);
      while (text.find('.') != std::string::npos && (text.back() == '0' || text.back() == '.')) text.pop_back();
      if (language != "en") std::replace(text.begin(), text.end(), '.', ',');
      return text;
    }
    case ValueType::boolean:
    case ValueType::integer:
    case ValueType::date:
    case ValueType::enumeration: break;
  }
  return std::to_string(value);
}

// A scale as "from 0,00 €: 194,00 €; from 9 500,00 €: 146,00 €"; a rate scale in decimals.
std::string scale_in_words(const Parameter& spec, const ParameterVersion& version, const Wording& wording) {
  const ValueType value_type = spec.kind == ParameterKind::scale_marginal ? ValueType::decimal : spec.type;
  std::string text;
  for (const ScaleBracket& bracket : version.brackets)
    text += (text.empty() ? "" : "; ") +
            wording.say("notice.bracket", {{"threshold", value_in_words(spec.threshold_type, bracket.threshold, wording.language)},
                                           {"value", value_in_words(value_type, bracket.value, wording.language)}});
  return text;
}

NoticeParameter describe_parameter(const RulePack& pack, const ParameterUse& use, const Wording& wording) {
  NoticeParameter parameter{use.name, use.name, use.value, date_in_words(wording, use.start), use.reference};
  const Parameter* spec = pack.find_parameter(use.name);
  if (spec == nullptr) return parameter;
  if (const std::string& description = spec->description.in(wording.language); !description.empty())
    parameter.description = description;
  const std::optional<Date> start = Date::try_parse(use.start);
  const ParameterVersion* version = start ? spec->at(*start) : nullptr;
  if (version == nullptr) return parameter;
  parameter.value = spec->kind == ParameterKind::scalar ? value_in_words(spec->type, version->value, wording.language)
                                                        : scale_in_words(*spec, *version, wording);
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
