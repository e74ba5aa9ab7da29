// The CRPA notice as plain text, in its four numbered parts.
#include <sstream>

#include "eligo/notice.hpp"
#include "explain/notice_sections.hpp"
#include "explain/text_wrap.hpp"

namespace eligo {

namespace {

using explain_detail::text_heading;

constexpr std::size_t width = 72;

void write_data_lines(std::ostream& out, const Notice& notice) {
  const Wording& wording = notice.wording;
  const std::string colon = wording.say("colon");
  out << '\n' << wording.say("notice.data") << '\n';
  for (const NoticeData& item : notice.data) {
    std::string line = item.description;
    if (!item.member_id.empty()) line += " (" + wording.say("member") + " " + item.member_id + ")";
    line += colon + item.value + " - " + wording.say("notice.column_source") + colon + item.source;
    out << explain_detail::wrap(line, width, "  - ", "    ");
  }
}

void write_parameter_lines(std::ostream& out, const Notice& notice) {
  const Wording& wording = notice.wording;
  const std::string colon = wording.say("colon");
  out << '\n' << wording.say("notice.parameters") << '\n';
  for (const NoticeParameter& parameter : notice.parameters) {
    std::string line = parameter.description + colon + parameter.value + " (" +
                       wording.say("notice.column_since") + " " + parameter.since;
    if (!parameter.reference.empty()) line += "; " + parameter.reference;
    out << explain_detail::wrap(line + ")", width, "  - ", "    ");
  }
  for (const BenefitExplanation& benefit : notice.benefits) {
    out << explain_detail::wrap(wording.say("notice.conditions_caption", {{"benefit", benefit.label}}), width);
    for (const ConditionExplanation& condition : benefit.conditions)
      out << explain_detail::wrap(wording.say("outcome_" + std::string(to_string(condition.outcome))) + colon + condition.reason,
                                  width, "  - ", "    ");
  }
  out << text_heading(wording, "notice.weights") << '\n';
  if (!notice.ranking) {
    out << explain_detail::wrap(wording.say("notice.no_ranking"), width, "  ", "  ");
    return;
  }
  out << "  " << notice.ranking->model << '\n';
  for (const FeatureContribution& feature : notice.ranking->features)
    out << explain_detail::wrap(feature.feature + colon + feature.value + " -> " +
                                    format_contribution(feature.contribution, wording.language) + " (" +
                                    explain_detail::direction_of(wording, feature.contribution) + ")",
                                width, "  - ", "    ");
}

}  // namespace

std::string render_notice_text(const Notice& notice) {
  const Wording& wording = notice.wording;
  std::ostringstream out;
  out << explain_detail::wrap(wording.say("notice.title"), width)
      << wording.say("notice.person", {{"id", explain_detail::person_reference(notice)}}) << '\n'
      << explain_detail::wrap(wording.say("notice.legal_basis"), width) << '\n'
      << wording.say("notice.contribution") << '\n';
  for (const std::string& paragraph : explain_detail::contribution_paragraphs(notice))
    out << explain_detail::wrap(paragraph, width, "  ", "  ");
  write_data_lines(out, notice);
  write_parameter_lines(out, notice);
  out << '\n' << wording.say("notice.operations") << '\n';
  int step = 0;
  for (const std::string& operation : explain_detail::operations(notice))
    out << explain_detail::wrap(operation, width, "  " + std::to_string(++step) + ". ", "     ");
  out << '\n' << explain_detail::wrap(wording.say("notice.contest"), width);
  return out.str();
}

}  // namespace eligo
