// The CRPA notice as an accessible HTML page: one h2 per part of R311-3-1-2, tables with
// captions and header cells for the data, the parameters, the conditions and the weights.
#include <sstream>

#include "eligo/notice.hpp"
#include "explain/html.hpp"
#include "explain/notice_sections.hpp"

namespace eligo {

namespace {

using explain_detail::escape_html;
using explain_detail::say_html;

// The opening of a table: caption and one column header per key.
void open_table(std::ostream& out, const Wording& wording, const std::string& caption,
                const std::vector<std::string>& column_keys) {
  out << "<table>\n<caption>" << escape_html(caption) << "</caption>\n<thead><tr>";
  for (const std::string& key : column_keys) out << "<th scope=\"col\">" << say_html(wording, key) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
}

void write_data(std::ostream& out, const Notice& notice) {
  const Wording& wording = notice.wording;
  out << "<h2>" << say_html(wording, "notice.data") << "</h2>\n";
  open_table(out, wording, wording.say("notice.data_caption"),
             {"notice.column_data", "column_person", "notice.column_value", "notice.column_source"});
  for (const NoticeData& item : notice.data)
    out << "<tr><th scope=\"row\">" << escape_html(item.description) << "</th><td>"
        << escape_html(item.member_id.empty() ? wording.say("household") : item.member_id) << "</td><td>"
        << escape_html(item.value) << "</td><td>" << escape_html(item.source) << "</td></tr>\n";
  out << "</tbody>\n</table>\n";
}

void write_parameters(std::ostream& out, const Notice& notice) {
  const Wording& wording = notice.wording;
  out << "<h2>" << say_html(wording, "notice.parameters") << "</h2>\n";
  open_table(out, wording, wording.say("notice.parameters_caption"),
             {"notice.column_parameter", "notice.column_value", "notice.column_since", "notice.column_reference"});
  for (const NoticeParameter& parameter : notice.parameters)
    out << "<tr><th scope=\"row\">" << escape_html(parameter.description) << "</th><td>" << escape_html(parameter.value)
        << "</td><td>" << escape_html(parameter.since) << "</td><td>" << escape_html(parameter.reference)
        << "</td></tr>\n";
  out << "</tbody>\n</table>\n";
  for (const BenefitExplanation& benefit : notice.benefits) {
    if (benefit.conditions.empty()) continue;
    open_table(out, wording, wording.say("notice.conditions_caption", {{"benefit", benefit.label}}),
               {"column_condition", "column_outcome", "column_reference"});
    for (const ConditionExplanation& condition : benefit.conditions)
      out << "<tr><th scope=\"row\">" << escape_html(condition.reason) << "</th>"
          << explain_detail::outcome_cell(wording, condition.outcome) << "<td>" << escape_html(condition.reference)
          << "</td></tr>\n";
    out << "</tbody>\n</table>\n";
  }
}

void write_weights(std::ostream& out, const Notice& notice) {
  const Wording& wording = notice.wording;
  out << "<h3>" << say_html(wording, "notice.weights") << "</h3>\n";
  if (!notice.ranking) {
    out << "<p>" << say_html(wording, "notice.no_ranking") << "</p>\n";
    return;
  }
  out << "<p>" << escape_html(notice.ranking->model) << "</p>\n";
  open_table(out, wording, wording.say("notice.weights_caption"),
             {"notice.column_feature", "notice.column_value", "notice.column_contribution"});
  for (const FeatureContribution& feature : notice.ranking->features)
    out << "<tr><th scope=\"row\">" << escape_html(feature.feature) << "</th><td>" << escape_html(feature.value)
        << "</td><td>" << escape_html(format_contribution(feature.contribution, wording.language)) << " ("
        << escape_html(explain_detail::direction_of(wording, feature.contribution)) << ")</td></tr>\n";
  out << "</tbody>\n</table>\n";
}

}  // namespace

std::string render_notice_html(const Notice& notice) {
  const Wording& wording = notice.wording;
  const std::string reference = explain_detail::person_reference(notice);
  std::ostringstream body;
  body << "<h1>" << say_html(wording, "notice.title") << "</h1>\n<p class=\"meta\">"
       << say_html(wording, "notice.person", {{"id", reference}}) << "</p>\n<p>" << say_html(wording, "notice.legal_basis")
       << "</p>\n<h2>" << say_html(wording, "notice.contribution") << "</h2>\n";
  for (const std::string& paragraph : explain_detail::contribution_paragraphs(notice))
    body << "<p>" << escape_html(paragraph) << "</p>\n";
  write_data(body, notice);
  write_parameters(body, notice);
  write_weights(body, notice);
  body << "<h2>" << say_html(wording, "notice.operations") << "</h2>\n<ol>\n";
  for (const std::string& operation : explain_detail::operations(notice)) body << "<li>" << escape_html(operation) << "</li>\n";
  body << "</ol>\n<p>" << say_html(wording, "notice.contest") << "</p>\n";
  return explain_detail::html_document(wording.language, wording.say("notice.title") + " - " + reference, body.str());
}

}  // namespace eligo
