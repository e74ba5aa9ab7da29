// What the ranking model sees of a candidate, and what the fairness audit groups by.
//
// Features come from the rules' outcomes (benefit, amount at stake, undetermined), from
// the inputs the schema allows (every input not flagged protected) and from the
// accessibility profile of the person addressed. Protected attributes never become model
// features: they only form the audit's groups.
#pragma once

#include <vector>

#include "eligo/fairness.hpp"
#include "eligo/rank.hpp"
#include "eligo/synth.hpp"
#include "eligo/takeup.hpp"

namespace eligo {

struct CandidateFeatures {
  FeatureMatrix model;                     // one row per candidate; no protected column
  std::vector<GroupColumn> audit_groups;   // protected attributes, age band, territory, digital access
  std::vector<std::string> addressed_person;  // the member a contact addresses (the demandeur)
};

// `accessibility` may be empty (then those features are missing). Candidates index
// `results` and `population` (the same groups, in the same order).
CandidateFeatures candidate_features(const RulePack& pack, const Population& population, const Results& results,
                                     const std::vector<Candidate>& candidates,
                                     const std::vector<AccessibilityProfile>& accessibility, const Period& period);

}  // namespace eligo
