// The individual notice of the French code of relations between the public and the
// administration (CRPA, articles L311-3-1 and R311-3-1-2). For one person it states, in an
// intelligible form: (1) the degree and mode of the algorithm's contribution (it only
// orders contacts; the law decides eligibility; an agent decides the contact), (2) the data
// used and their sources, (3) the parameters and their weighting as applied to the person
// (the rules' parameters in force and, when a ranking model was used, each feature's
// contribution), (4) the operations performed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "eligo/explain.hpp"

namespace eligo {

// One feature of the ranking model as applied to the person: its value and its additive
// contribution to the score (e.g. a logistic regression's coefficient times the value, or
// a tree model's SHAP value). Kept as plain data so that any ranking model can fill it.
struct FeatureContribution {
  std::string feature;  // as the model card names it, in words when possible
  std::string value;    // the person's value, as shown to them
  double contribution = 0.0;
};

struct RankingUse {
  std::string model;  // name and version of the ranking model
  std::vector<FeatureContribution> features;
};

struct NoticeOptions {
  std::string person_id;              // the person the notice is for; empty: the group
  std::optional<RankingUse> ranking;  // absent when no ranking model ordered this person
};

struct NoticeData {
  std::string input;
  std::string description;  // in the notice's register
  std::string member_id;    // empty for the group's own values
  std::string value;        // in words
  std::string source;       // where the value comes from; "not stated" in words when unknown
};

struct NoticeParameter {
  std::string name;
  std::string description;  // in the notice's register; the name when the pack has none
  std::string value;        // in words (euros for amounts)
  std::string since;        // the date that value took effect, in words
  std::string reference;
};

struct Notice {
  Wording wording;
  std::string group_id;
  std::string person_id;
  std::string period;
  std::string pack_id;
  std::string pack_title;
  std::string pack_version;
  std::string pack_hash;
  std::vector<NoticeData> data;
  std::vector<NoticeParameter> parameters;
  std::vector<BenefitExplanation> benefits;  // each with its conditions and their outcomes
  std::size_t condition_count = 0;
  std::optional<RankingUse> ranking;         // features ordered by decreasing weight
};

// The notice of `options.person_id` in group `group` of `results`, from the pack, the
// group's trace and the ranking contributions when given. Throws Error for an unknown
// language or a group out of range.
Notice make_notice(const RulePack& pack, const Results& results, std::size_t group, const Trace& trace,
                   const std::string& language, const NoticeOptions& options = {});

std::string render_notice_text(const Notice& notice);
std::string render_notice_html(const Notice& notice);
std::string render_notice_json(const Notice& notice);

// "+0,42" in French, "+0.42" in English: a contribution with its sign, two decimals.
std::string format_contribution(double contribution, const std::string& language);

}  // namespace eligo
