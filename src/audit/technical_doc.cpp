// The Annex IV outline, section by section. What eligo knows (the rules, their references,
// the data the pack reads, the channel policy, the oversight built into the API) is written
// out; what only the deployer knows is left as a visible "To complete" placeholder.
#include <fstream>
#include <sstream>

#include "eligo/audit.hpp"
#include "eligo/outreach.hpp"
#include "eligo/technical_doc.hpp"

namespace eligo {
namespace {

constexpr const char* to_complete = "> **To complete by the deployer:** ";

std::string cell(std::string text) {
  for (char& c : text)
    if (c == '|' || c == '\n') c = ' ';
  return text;
}

void general_description(std::ostringstream& out, const RulePack& pack, const TechnicalDocOptions& options) {
  out << "## 1. General description of the system\n\n"
      << "### 1(a) Intended purpose\n\n"
      << "eligo finds people who may be entitled to social benefits they do not claim, and helps public agents "
         "reach them through a channel they can use. The rules of the pack decide eligibility as the law states "
         "it; a ranking model, when used, only orders who is contacted first; an agent decides every contact. "
         "No decision about a benefit is taken by the system (GDPR art. 22).\n\n"
      << "This use falls under Annex III, point 5(a) of Regulation (EU) 2024/1689 (eligibility for public "
         "assistance benefits): it is a high-risk AI system.\n\n"
      << to_complete << "the deploying body, the benefits and territory covered, the agents who use the system, "
         "the persons concerned.\n\n"
      << "### 1(b-d) Versions, hardware and software\n\n"
      << "| item | value |\n|---|---|\n"
      << "| rule pack | `" << pack.id << "` version " << cell(pack.version) << " (" << cell(pack.title.in(options.language)) << ") |\n"
      << "| pack content hash (SHA-256) | `" << pack.content_hash << "` |\n"
      << "| generated on | " << options.generated_on << " |\n\n"
      << to_complete << "eligo version and build, hosting, interfaces with the agency's information system.\n\n"
      << "### 1(e-h) Instructions for use\n\n"
      << "Agents build a plan (`eligo plan`), then accept, change or defer each line with a reason "
         "(`eligo decide`); only accepted lines marked ready can be sent. Every run and decision is written to "
         "the audit log (`eligo audit verify` checks it).\n\n";
}

void rules_section(std::ostringstream& out, const RulePack& pack, const TechnicalDocOptions& options) {
  out << "## 2. Elements of the system and how it was developed\n\n"
      << "### 2(a) Methods: the rules\n\n"
      << "Eligibility is computed by declarative rules, one file per benefit, each condition with its legal "
         "reference (CRPA L312-1-3: the rules of the main algorithms are published).\n\n"
      << "| benefit | label | legal reference | conditions |\n|---|---|---|---|\n";
  for (const Benefit& benefit : pack.benefits)
    out << "| `" << benefit.id << "` | " << cell(benefit.label.in(options.language)) << " | " << cell(benefit.reference)
        << " | " << benefit.conditions.size() << " |\n";
  std::size_t checked = 0;
  for (const Parameter& parameter : pack.parameters)
    if (parameter.last_value_still_valid_on) ++checked;
  out << "\n" << pack.parameters.size() << " legal parameters, " << checked
      << " of them with a date up to which their last value was checked; " << pack.tests.size()
      << " test cases with expected results (`eligo test " << pack.id << "`).\n\n";

  out << "### 2(d) Data\n\n| input | entity | type | protected | source |\n|---|---|---|---|---|\n";
  for (const InputSpec& input : pack.inputs)
    out << "| `" << input.name << "` | " << input.entity << " | " << to_string(input.type) << " | "
        << (input.is_protected ? "yes: law and fairness audit only, never the ranking" : "no") << " | "
        << cell(input.source.empty() ? "-" : input.source) << " |\n";
  out << "\n" << to_complete << "where each input comes from in the agency, its quality, and the data "
         "protection impact assessment (GDPR art. 35).\n\n";
}

void channel_section(std::ostringstream& out, const RulePack& pack, const TechnicalDocOptions& options) {
  out << "### 2(b) Outreach: channel policy\n\n";
  const auto& policy = pack.channel_policy;
  if (!policy.present) {
    out << "The pack has no channel policy.\n\n";
    return;
  }
  out << "Guarantees enforced by code whatever the policy says: a physical option (letter, home visit or France "
         "Services counter) is always offered; a person without digital access never gets a digital channel "
         "(Conseil d'État, 3 June 2022, n°452798).\n\n| channel | effectiveness | source |\n|---|---|---|\n";
  for (const auto& channel : policy.channels)
    out << "| " << outreach::to_string(channel.channel) << " | " << channel.effectiveness << " | "
        << cell(channel.source.empty() ? "-" : channel.source) << " |\n";
  out << "\n| rule | reason | reference |\n|---|---|---|\n";
  for (const auto& rule : policy.rules) {
    const auto reason = rule.reason.find(options.language);
    out << "| `" << rule.id << "` | " << cell(reason != rule.reason.end() ? reason->second : "") << " | "
        << cell(rule.reference.empty() ? "-" : rule.reference) << " |\n";
  }
  out << "\nThe plan assigns people to usable channels under each channel's capacity by min-cost flow, maximising "
         "the expected number of rights opened.\n\n";
}

void model_section(std::ostringstream& out, const TechnicalDocOptions& options) {
  out << "### 2(c) Ranking model, metrics and fairness\n\n";
  if (!options.model_card) {
    out << "No model card was given: the plan orders candidates by the expected gain provided with them.\n\n"
        << to_complete << "the model used, its training data, metrics at the real contact capacity "
           "(NDCG@k, precision@k, recall@k), calibration, and the fairness audit per group (age band, sex, "
           "disability, nationality, territory).\n\n";
    return;
  }
  std::ifstream in(*options.model_card, std::ios::binary);
  if (!in) throw Error(SourceLocation{options.model_card->string(), 0, 0}, "cannot read the model card");
  std::ostringstream card;
  card << in.rdbuf();
  out << "Model card `" << options.model_card->filename().string() << "`, SHA-256 `" << audit::sha256_hex(card.str())
      << "`, quoted whole:\n\n```\n" << card.str() << (card.str().ends_with('\n') ? "" : "\n") << "```\n\n"
      << to_complete << "whether these metrics and fairness results are acceptable for the intended purpose, "
         "and the thresholds that would stop a campaign.\n\n";
}

void oversight_and_rest(std::ostringstream& out) {
  out << "## 3. Monitoring, functioning and control: human oversight (art. 14)\n\n"
      << "- Every plan line starts `proposed`; an agent accepts it, changes it to another channel the person can "
         "use, or defers it, always with a reason and the agent's id.\n"
      << "- Only a line an agent accepted can be marked ready; the list of lines to send holds nothing else. A "
         "stored plan whose decisions do not justify its state is refused.\n"
      << "- Every run and every decision is written to an audit log (art. 12) whose lines are chained and sealed "
         "by HMAC-SHA256 under the deployer's key; person ids are pseudonymised under the same key and agents' "
         "reasons are kept only as keyed hashes; `eligo audit verify` reports the first changed, missing or moved "
         "line.\n"
      << "- The model, if any, only orders contacts; it decides no right (art. 5(1)(c): no social scoring).\n\n"
      << to_complete << "who the agents are, their training, how a person can contest a contact or a result, "
         "and how the CRPA R311-3-1-2 notice is given on request.\n\n"
      << "## 4. Appropriateness of the performance metrics\n\n" << to_complete
      << "why the metrics above fit the purpose (e.g. recall among true non-claimants at the agency's capacity).\n\n"
      << "## 5. Risk management system (art. 9)\n\n" << to_complete
      << "risks identified (exclusion of people who cannot be reached, proxies of protected attributes, wrong "
         "data), measures, residual risks.\n\n"
      << "## 6. Changes over the life cycle\n\n" << to_complete
      << "pack versions and their content hashes, model versions, dates of entry into service.\n\n"
      << "## 7. Standards and specifications applied\n\n" << to_complete
      << "harmonised standards or common specifications; RGAA 4.1 (WCAG 2.1 AA) for documents sent.\n\n"
      << "## 8. EU declaration of conformity\n\n" << to_complete << "a copy of the declaration (art. 47).\n\n"
      << "## 9. Post-market monitoring (art. 72)\n\n" << to_complete
      << "how take-up after contact, complaints and fairness are followed after deployment.\n\n"
      << "## Limits\n\n"
      << "- Eligibility is only as right as the data: an unknown input makes a result undetermined, named as such.\n"
      << "- Channel effectiveness values are orders of magnitude from published studies; the agency's own campaign "
         "results should replace them.\n"
      << "- The audit log detects changes made without the key; whoever holds the key could rewrite it: keep the "
         "key apart from the log, and the last hash printed by each run somewhere else.\n";
}

}  // namespace

std::string technical_documentation(const RulePack& pack, const TechnicalDocOptions& given) {
  TechnicalDocOptions options = given;
  if (options.generated_on.empty()) options.generated_on = outreach::utc_now().substr(0, 10);
  std::ostringstream out;
  out << "# Technical documentation: " << pack.title.in(options.language) << "\n\n"
      << "Following Annex IV of Regulation (EU) 2024/1689 (AI Act). Generated by eligo from rule pack `" << pack.id
      << "`; sections marked \"To complete\" are for the deployer.\n\n";
  general_description(out, pack, options);
  rules_section(out, pack, options);
  channel_section(out, pack, options);
  model_section(out, options);
  oversight_and_rest(out);
  return out.str();
}

}  // namespace eligo
