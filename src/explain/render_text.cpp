// Plain-text explanations: headings end with a colon, list items are indented dashes, so
// the text reads well in a terminal, in a letter and through a screen reader.
#include <sstream>

#include "eligo/explain.hpp"
#include "explain/phrases.hpp"

namespace eligo {

namespace {

using explain_detail::Phrases;

std::string heading(const Phrases& phrases, std::string_view words) {
  std::string text(words);
  // The French colon follows a space; at the end of a heading, drop the trailing one.
  std::string colon(phrases.colon);
  while (!colon.empty() && colon.back() == ' ') colon.pop_back();
  return text + colon;
}

std::string with_reference(const Phrases& phrases, const ConditionExplanation& condition) {
  if (!phrases.show_references || condition.reference.empty()) return condition.reason;
  return condition.reason + " (" + condition.reference + ")";
}

void write_conditions(std::ostream& out, const Phrases& phrases, const BenefitExplanation& benefit,
                      Truth outcome, std::string_view title) {
  bool any = false;
  for (const ConditionExplanation& condition : benefit.conditions) {
    if (condition.outcome != outcome) continue;
    if (!any) out << heading(phrases, title) << '\n';
    any = true;
    out << "  - " << with_reference(phrases, condition) << '\n';
  }
}

void write_line(std::ostream& out, const Phrases& phrases, std::string_view label, const std::string& value) {
  if (!value.empty()) out << "  " << label << phrases.colon << value << '\n';
}

void write_claim(std::ostream& out, const Phrases& phrases, const ClaimExplanation& claim) {
  out << heading(phrases, phrases.how_to_claim) << '\n';
  if (!claim.how.empty()) out << "  " << claim.how << '\n';
  write_line(out, phrases, phrases.institution, claim.institution);
  write_line(out, phrases, phrases.online, claim.online);
  write_line(out, phrases, phrases.counter, claim.counter);
  write_line(out, phrases, phrases.phone, claim.phone);
  write_line(out, phrases, phrases.form, claim.form);
  std::string documents;
  for (const std::string& document : claim.documents) documents += (documents.empty() ? "" : ", ") + document;
  write_line(out, phrases, phrases.documents, documents);
}

std::string status_sentence(const Phrases& phrases, Status status) {
  switch (status) {
    case Status::eligible: return std::string(phrases.eligible);
    case Status::not_eligible: return std::string(phrases.not_eligible);
    case Status::undetermined: break;
  }
  return std::string(phrases.undetermined);
}

void write_benefit(std::ostream& out, const Phrases& phrases, const BenefitExplanation& benefit) {
  out << benefit.label << '\n' << status_sentence(phrases, benefit.status) << '\n';
  if (benefit.amount_cents) {
    const std::string_view period = benefit.amount_period == "year" ? phrases.per_year : phrases.per_month;
    out << explain_detail::fill(phrases.amount, benefit.amount + " " + std::string(period)) << '\n';
  }
  write_conditions(out, phrases, benefit, Truth::yes, phrases.conditions_met);
  write_conditions(out, phrases, benefit, Truth::no, phrases.conditions_failed);
  write_conditions(out, phrases, benefit, Truth::unknown, phrases.conditions_unknown);
  if (!benefit.missing.empty()) {
    out << heading(phrases, phrases.missing_inputs) << '\n';
    for (const MissingInputExplanation& missing : benefit.missing) out << "  - " << missing.description << '\n';
  }
  // Someone not entitled has nothing to claim; an undetermined case may claim so that the
  // institution decides with the information it asks for.
  if (benefit.status != Status::not_eligible) write_claim(out, phrases, benefit.claim);
  if (phrases.show_references && !benefit.reference.empty())
    out << phrases.reference << phrases.colon << benefit.reference << '\n';
}

void write_data_used(std::ostream& out, const Phrases& phrases, const std::vector<DataUsed>& data) {
  if (data.empty()) return;
  out << '\n' << heading(phrases, phrases.data_used) << '\n';
  for (const DataUsed& item : data) {
    out << "  - " << item.description;
    if (!item.member_id.empty()) out << " (" << phrases.member << ' ' << item.member_id << ')';
    out << phrases.colon << item.value << '\n';
  }
}

}  // namespace

std::string render_text(const Explanation& explanation) {
  const Phrases& phrases = explain_detail::phrases_for(explanation.language);
  std::ostringstream out;
  out << explain_detail::fill(phrases.title, explain_detail::month_name(phrases, explanation.period)) << '\n';
  out << phrases.case_id << phrases.colon << explanation.group_id << '\n';
  for (const BenefitExplanation& benefit : explanation.benefits) {
    out << '\n';
    write_benefit(out, phrases, benefit);
  }
  write_data_used(out, phrases, explanation.data_used);
  return out.str();
}

}  // namespace eligo
