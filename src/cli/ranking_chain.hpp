// What the ranking commands (train, rank, fairness) and the demo share: a population's
// candidates and rights with the features the model reads, the datasets it learns from,
// the labels it is measured against, and how a contact list is printed.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "eligo/eligo.hpp"
#include "eligo/features.hpp"
#include "rank/household_split.hpp"

namespace eligo::cli {

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
                             const std::vector<AccessibilityProfile>& accessibility, const Period& period,
                             int threads);

// The rows of `candidates` whose household is on `side` of `split`, in order.
std::vector<std::size_t> rows_on_side(const std::vector<Candidate>& candidates, const detail::HouseholdSplit& split,
                                      detail::HouseholdSplit::Side side);

// The part of `detected` about the households on `side` of `split` (one side per group of
// detected.results): their candidates and rights with their features and audit groups, in
// order. The results stay whole, so that the candidates still index them.
DetectedRights select_households(const DetectedRights& detected, const detail::HouseholdSplit& split,
                                 detail::HouseholdSplit::Side side);

Dataset rights_dataset(const RulePack& pack, const DetectedRights& detected);
Dataset campaign_rows(const std::vector<CampaignContact>& campaign, const DetectedRights& detected);

// Both outputs (train_two_outputs): 60 boosted trees for the non-claimant probability, the
// uplift arms on the campaign. The card is left for the caller to fill.
SavedModel train_ranking_model(const Dataset& rights, const Dataset& campaign, std::uint64_t seed);

// What the contact list is ordered by: the expected gain from contact when the model has
// an uplift part, else the probability of being a non-claimant.
ContactOrder contact_order_of(const SavedModel& model);
std::vector<double> ordering_scores(const SavedModel& model, const FeatureMatrix& features);

// 1 for a candidate who truly does not claim a right: entitled in the simulated truth
// when there is one, else entitled by the rules (an undetermined right counts 0, as it is
// not known to be a right).
std::vector<double> non_claimant_labels(const std::vector<Candidate>& candidates, const TakeUpTruth* truth);

// "NDCG@k 0.912, precision@k ..., expected rights opened per 100 contacts 21.3"
std::string metrics_text(const RankingMetrics& metrics);
// The same figures under the names the model card stores them with.
std::map<std::string, double> card_metrics(const RankingMetrics& metrics);

// The fairness audit of a contact list: the first k by `scores` are contacted.
FairnessReport audit_contact_list(std::span<const double> scores, std::span<const double> labels,
                                  const DetectedRights& detected, std::size_t k);

// "  3. P0003211 (F0001472) rsa 33.57 EUR/month, P(non-claimant) 0.30, gain from contact
// 0.38; reasons: prestation=rsa montant_mensuel_en_jeu aide_logement"
void print_contact_line(std::ostream& out, std::size_t position, const DetectedRights& detected,
                        const RankedCandidate& entry);

}  // namespace eligo::cli
