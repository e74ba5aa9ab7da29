// The chain from a population to an outreach plan, as the library functions the command
// line (`eligo detect | train | rank | plan | demo`) and Python (`eligo.detect`, `eligo.rank`,
// `eligo.plan_outreach`) share:
//
//   Population + ReceiptTable + accessibility profiles
//     --detect_rights--> DetectedRights (results, candidates, the features the model reads)
//     --rank_detected--> contact order --contact_rows--> ContactRow (the contact list)
//     --plan_candidates--> outreach::Candidate --outreach::build_plan--> Plan
//
// The rules decide who is entitled; the model only orders contacts; an agent decides.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "eligo/features.hpp"
#include "eligo/outreach.hpp"
#include "eligo/program.hpp"
#include "eligo/rank.hpp"
#include "eligo/takeup.hpp"

namespace eligo {

// One population crossed with its receipts.
struct DetectedRights {
  Results results;
  // Entitled or undetermined, not claiming: whom an agent may contact.
  std::vector<Candidate> candidates;
  CandidateFeatures features;  // one row per candidate
  // Every right eligible by the rules with known receipt, claimed or not: what the
  // non-claimant model learns from, and is checked on.
  std::vector<Candidate> rights;
  CandidateFeatures rights_features;
};

// Evaluates `population` and detects. `accessibility` may be empty (those features are
// then missing).
DetectedRights detect_rights(const Program& program, const Population& population, const ReceiptTable& receipts,
                             const std::vector<outreach::AccessibilityProfile>& accessibility, const Period& period,
                             int threads = 1);

// What the two-output model learns from: every right at stake whose receipt is known (the
// inputs recording receipt left out), and the past campaign's rows among the candidates.
Dataset rights_dataset(const RulePack& pack, const DetectedRights& detected);
Dataset campaign_rows(const std::vector<CampaignContact>& campaign, const DetectedRights& detected);

// Both outputs (train_two_outputs): 60 boosted trees for the non-claimant probability, the
// uplift arms on the campaign. The card is left for the caller to fill.
SavedModel train_ranking_model(const Dataset& rights, const Dataset& campaign, std::uint64_t seed);

// What the contact list is ordered by: the expected gain from contact when the model has
// an uplift part, else the probability of being a non-claimant.
ContactOrder contact_order_of(const SavedModel& model);
std::vector<double> ordering_scores(const SavedModel& model, const FeatureMatrix& features);

inline constexpr std::size_t reasons_per_row = 3;

// Every candidate of `detected` in the model's contact order (contact_order_of), each with
// the features that most raised or lowered its rank.
std::vector<RankedCandidate> rank_detected(const SavedModel& model, const DetectedRights& detected,
                                           std::size_t reasons = reasons_per_row);

// One row of the contact list, as `eligo rank` writes it and `eligo.rank` returns it.
struct ContactRow {
  std::size_t rank = 0;  // 1 first
  std::string group_id;
  std::string person_id;  // the member a contact addresses (the demandeur)
  std::string benefit;
  Status status = Status::eligible;               // eligible or undetermined
  std::optional<std::int64_t> monthly_cents;      // empty when undetermined: unknown, not 0
  double non_claimant_probability = 0;
  std::optional<double> expected_gain;            // empty when the model has no uplift part
  bool within_capacity = false;
  std::vector<Reason> reasons;
};

std::vector<ContactRow> contact_rows(const DetectedRights& detected, const std::vector<RankedCandidate>& ranked,
                                     std::size_t capacity);

// The contact list as the planner's candidates, unchanged in meaning: an unknown amount stays
// unknown, the expected gain is the model's (the probability of not claiming when it has no
// uplift part), negative or not (outreach::build_plan puts such people last).
std::vector<outreach::Candidate> plan_candidates(const std::vector<ContactRow>& rows);

}  // namespace eligo
