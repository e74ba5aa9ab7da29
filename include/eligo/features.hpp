// What the ranking model sees of a candidate, and what the fairness audit groups by.
//
// Features come from the rules' outcomes (benefit, amount at stake, undetermined), from
// the inputs the schema allows (every input not flagged protected) and from the
// accessibility profile of the person addressed. Protected attributes never become model
// features: they only form the audit's groups.
#pragma once

#include <vector>

#include "eligo/campaign.hpp"
#include "eligo/fairness.hpp"
#include "eligo/outreach.hpp"
#include "eligo/rank.hpp"
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
                                     const std::vector<outreach::AccessibilityProfile>& accessibility,
                                     const Period& period);

// The rows a model of non-take-up learns from. `rights` are every right at stake whose
// receipt is known, claimed or not (detect_candidates with include_receiving and without
// undetermined or unknown receipt); `features` has one row per right. Label 1 when the
// right is not received. The columns named in `answer_columns` are left out: inputs that
// record receipt (such as the family benefits received) would teach the model the answer
// instead of the profile (see inputs_recording_receipt in synth.hpp). Each row records
// its household (Dataset::households), so that held-out rows are whole households.
Dataset non_claimant_dataset(const std::vector<Candidate>& rights, const FeatureMatrix& features,
                             const std::vector<std::string>& answer_columns);

// The rows of a past outreach campaign among the candidates: the features of the
// candidate the contact was about, label 1 when the right was opened within three months,
// `contacted` 0 for the randomised control group. Campaign rows whose right is no longer a
// candidate are left out. `candidates` index `results`; `features` has one row per candidate.
Dataset campaign_dataset(const std::vector<CampaignContact>& campaign, const Results& results,
                         const std::vector<Candidate>& candidates, const FeatureMatrix& features);

}  // namespace eligo
