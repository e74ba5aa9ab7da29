// What the ranking commands (train, rank, fairness) and the demo share beyond the library's
// pipeline (eligo/pipeline.hpp): held-out households, the datasets the model learns from,
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
#include "eligo/pipeline.hpp"
#include "rank/household_split.hpp"

namespace eligo::cli {

// The rows of `candidates` whose household is on `side` of `split`, in order.
std::vector<std::size_t> rows_on_side(const std::vector<Candidate>& candidates, const detail::HouseholdSplit& split,
                                      detail::HouseholdSplit::Side side);

// The part of `detected` about the households on `side` of `split` (one side per group of
// detected.results): their candidates and rights with their features and audit groups, in
// order. The results stay whole, so that the candidates still index them.
DetectedRights select_households(const DetectedRights& detected, const detail::HouseholdSplit& split,
                                 detail::HouseholdSplit::Side side);

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
