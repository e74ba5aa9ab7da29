// The explanation as an accessible HTML page: one h1 (the title), a summary table, one h2
// per benefit with its status in words, a table of its conditions, h3 sections for the
// missing information and how to claim, then the data used.
#include <sstream>

#include "eligo/explain.hpp"
#include "explain/html.hpp"

namespace eligo {

namespace {

using explain_detail::escape_html;
using explain_detail::say_html;

void write_summary(std::ostream& out, const Explanation& explanation) {
  const Wording& wording = explanation.wording;
  out << "<h2 id=\"summary\">" << say_html(wording, "summary") << "</h2>\n<table>\n<caption>"
      << say_html(wording, "summary_caption") << "</caption>\n<thead><tr><th scope=\"col\">"
      << say_html(wording, "column_benefit") << "</th><th scope=\"col\">" << say_html(wording, "status")
      << "</th><th scope=\"col\">" << say_html(wording, "column_amount") << "</th></tr></thead>\n<tbody>\n";
  for (const BenefitExplanation& benefit : explanation.benefits) {
    const std::string kind(to_string(benefit.status));
    out << "<tr><th scope=\"row\"><a href=\"#benefit-" << escape_html(benefit.id) << "\">" << escape_html(benefit.label)
        << "</a></th><td>" << explain_detail::status_icon(wording, benefit.status) << " "
        << say_html(wording, "status_" + kind) << "</td><td>" << escape_html(amount_in_words(wording, benefit))
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_conditions(std::ostream& out, const Wording& wording, const BenefitExplanation& benefit) {
  if (benefit.conditions.empty()) return;
  const bool references = wording.show_references;
  out << "<table>\n<caption>" << say_html(wording, "conditions_caption", {{"benefit", benefit.label}})
      << "</caption>\n<thead><tr><th scope=\"col\">" << say_html(wording, "column_condition")
      << "</th><th scope=\"col\">" << say_html(wording, "column_outcome") << "</th>";
  if (references) out << "<th scope=\"col\">" << say_html(wording, "column_reference") << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const ConditionExplanation& condition : benefit.conditions) {
    out << "<tr><th scope=\"row\">" << escape_html(condition.reason) << "</th>"
        << explain_detail::outcome_cell(wording, condition.outcome);
    if (references) out << "<td>" << escape_html(condition.reference) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_definition(std::ostream& out, const Wording& wording, const std::string& key, const std::string& value) {
  if (value.empty()) return;
  out << "<dt>" << say_html(wording, key) << "</dt><dd>" << explain_detail::link_or_text(value) << "</dd>\n";
}

void write_claim(std::ostream& out, const Wording& wording, const ClaimExplanation& claim) {
  out << "<h3>" << say_html(wording, "how_to_claim") << "</h3>\n";
  if (!claim.how.empty()) out << "<p>" << escape_html(claim.how) << "</p>\n";
  std::ostringstream items;
  write_definition(items, wording, "institution", claim.institution);
  write_definition(items, wording, "online", claim.online);
  write_definition(items, wording, "counter", claim.counter);
  write_definition(items, wording, "phone", claim.phone);
  write_definition(items, wording, "form", claim.form);
  if (!claim.documents.empty()) {
    items << "<dt>" << say_html(wording, "documents") << "</dt><dd><ul>\n";
    for (const std::string& document : claim.documents) items << "<li>" << escape_html(document) << "</li>\n";
    items << "</ul></dd>\n";
  }
  if (!items.str().empty()) out << "<dl>\n" << items.str() << "</dl>\n";
}

void write_benefit(std::ostream& out, const Wording& wording, const BenefitExplanation& benefit) {
  out << "<section aria-labelledby=\"benefit-" << escape_html(benefit.id) << "\">\n<h2 id=\"benefit-"
      << escape_html(benefit.id) << "\">" << escape_html(benefit.label) << "</h2>\n";
  if (!benefit.description.empty()) out << "<p>" << escape_html(benefit.description) << "</p>\n";
  out << explain_detail::status_paragraph(wording, benefit.status);
  if (benefit.amount_cents)
    out << "<p>" << escape_html(amount_sentence(wording, benefit)) << "</p>\n";
  write_conditions(out, wording, benefit);
  if (!benefit.missing.empty()) {
    out << "<h3>" << say_html(wording, "missing_inputs") << "</h3>\n<ul>\n";
    for (const MissingInputExplanation& missing : benefit.missing)
      out << "<li>" << escape_html(missing.description) << "</li>\n";
    out << "</ul>\n";
  }
  if (benefit.status != Status::not_eligible) write_claim(out, wording, benefit.claim);
  if (wording.show_references && !benefit.reference.empty())
    out << "<p class=\"meta\">" << say_html(wording, "reference") << escape_html(wording.say("colon"))
        << escape_html(benefit.reference) << "</p>\n";
  out << "</section>\n";
}

void write_data_used(std::ostream& out, const Wording& wording, const std::vector<DataUsed>& data) {
  if (data.empty()) return;
  out << "<section aria-labelledby=\"data-used\">\n<h2 id=\"data-used\">" << say_html(wording, "data_used")
      << "</h2>\n<table>\n<caption>" << say_html(wording, "data_used") << "</caption>\n<thead><tr><th scope=\"col\">"
      << say_html(wording, "column_information") << "</th><th scope=\"col\">" << say_html(wording, "column_person")
      << "</th><th scope=\"col\">" << say_html(wording, "column_value") << "</th></tr></thead>\n<tbody>\n";
  for (const DataUsed& item : data)
    out << "<tr><th scope=\"row\">" << escape_html(item.description) << "</th><td>"
        << escape_html(item.member_id.empty() ? wording.say("household") : item.member_id) << "</td><td>"
        << escape_html(item.value) << "</td></tr>\n";
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string render_html(const Explanation& explanation) {
  const Wording& wording = explanation.wording;
  const std::string title = wording.say("title", {{"month", month_in_words(wording, explanation.period)}});
  std::ostringstream body;
  body << "<h1>" << escape_html(title) << "</h1>\n<p>" << say_html(wording, "case_id")
       << escape_html(wording.say("colon")) << escape_html(explanation.group_id) << "</p>\n";
  write_summary(body, explanation);
  for (const BenefitExplanation& benefit : explanation.benefits) write_benefit(body, wording, benefit);
  write_data_used(body, wording, explanation.data_used);
  return explain_detail::html_document(explanation.language, title + " - " + explanation.group_id, body.str());
}

}  // namespace eligo
