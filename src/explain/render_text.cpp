// Plain-text explanations: headings end with a colon, list items are indented dashes, so
// the text reads well in a terminal, in a letter and through a screen reader.
#include <sstream>

#include "eligo/explain.hpp"
#include "explain/text_wrap.hpp"

namespace eligo {

namespace {

using explain_detail::text_heading;

std::string with_reference(const Wording& wording, const ConditionExplanation& condition) {
  const std::string& sentence = condition.not_met.empty() ? condition.reason : condition.not_met;
  if (!wording.show_references || condition.reference.empty()) return sentence;
  return sentence + " (" + condition.reference + ")";
}

void write_conditions(std::ostream& out, const Wording& wording, const BenefitExplanation& benefit, Truth outcome,
                      const std::string& title) {
  bool any = false;
  for (const ConditionExplanation& condition : benefit.conditions) {
    if (condition.outcome != outcome) continue;
    if (!any) out << text_heading(wording, title) << '\n';
    any = true;
    out << "  - " << with_reference(wording, condition) << '\n';
  }
}

void write_line(std::ostream& out, const Wording& wording, const std::string& key, const std::string& value) {
  if (!value.empty()) out << "  " << wording.say(key) << wording.say("colon") << value << '\n';
}

void write_claim(std::ostream& out, const Wording& wording, const ClaimExplanation& claim) {
  out << text_heading(wording, "how_to_claim") << '\n';
  if (!claim.how.empty()) out << "  " << claim.how << '\n';
  write_line(out, wording, "institution", claim.institution);
  write_line(out, wording, "online", claim.online);
  write_line(out, wording, "counter", claim.counter);
  write_line(out, wording, "phone", claim.phone);
  write_line(out, wording, "form", claim.form);
  std::string documents;
  for (const std::string& document : claim.documents) documents += (documents.empty() ? "" : ", ") + document;
  write_line(out, wording, "documents", documents);
}

void write_benefit(std::ostream& out, const Wording& wording, const BenefitExplanation& benefit) {
  out << benefit.label << '\n' << wording.say(std::string(to_string(benefit.status))) << '\n';
  if (benefit.amount_cents) out << amount_sentence(wording, benefit) << '\n';
  write_conditions(out, wording, benefit, Truth::yes, "conditions_met");
  write_conditions(out, wording, benefit, Truth::no, "conditions_failed");
  write_conditions(out, wording, benefit, Truth::unknown, "conditions_unknown");
  if (!benefit.missing.empty()) {
    out << text_heading(wording, "missing_inputs") << '\n';
    for (const MissingInputExplanation& missing : benefit.missing) out << "  - " << missing.description << '\n';
  }
  // Someone not entitled has nothing to claim; an undetermined case may claim so that the
  // institution decides with the information it asks for.
  if (benefit.status != Status::not_eligible) write_claim(out, wording, benefit.claim);
  if (wording.show_references && !benefit.reference.empty())
    out << wording.say("reference") << wording.say("colon") << benefit.reference << '\n';
}

void write_data_used(std::ostream& out, const Wording& wording, const std::vector<DataUsed>& data) {
  if (data.empty()) return;
  out << '\n' << text_heading(wording, "data_used") << '\n';
  for (const DataUsed& item : data) {
    out << "  - " << item.description;
    if (!item.member_id.empty()) out << " (" << wording.say("member") << ' ' << item.member_id << ')';
    out << wording.say("colon") << item.value << '\n';
  }
}

}  // namespace

std::string amount_in_words(const Wording& wording, const BenefitExplanation& benefit) {
  if (!benefit.amount_cents) return {};
  if (benefit.amount_kind == "contribution" && *benefit.amount_cents == 0) return wording.say("free");
  return benefit.amount + " " + wording.say(benefit.amount_period == "year" ? "per_year" : "per_month");
}

std::string amount_sentence(const Wording& wording, const BenefitExplanation& benefit) {
  if (!benefit.amount_cents) return {};
  if (benefit.amount_kind != "contribution") return wording.say("amount", {{"amount", amount_in_words(wording, benefit)}});
  if (*benefit.amount_cents == 0) return wording.say("amount_free");
  return wording.say("amount_contribution", {{"amount", amount_in_words(wording, benefit)}});
}

std::string render_text(const Explanation& explanation) {
  const Wording& wording = explanation.wording;
  std::ostringstream out;
  out << wording.say("title", {{"month", month_in_words(wording, explanation.period)}}) << '\n';
  out << wording.say("case_id") << wording.say("colon") << explanation.group_id << '\n';
  for (const BenefitExplanation& benefit : explanation.benefits) {
    out << '\n';
    write_benefit(out, wording, benefit);
  }
  write_data_used(out, wording, explanation.data_used);
  return out.str();
}

}  // namespace eligo
