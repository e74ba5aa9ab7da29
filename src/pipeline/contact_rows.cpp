// From the model's order to the contact list, and from the contact list to the planner's
// candidates: the one place where what `rank` writes is turned into what `plan` reads.
#include <cmath>

#include "eligo/pipeline.hpp"

namespace eligo {

ContactOrder contact_order_of(const SavedModel& model) {
  return model.uplift.empty() ? ContactOrder::non_claimant_probability : ContactOrder::expected_gain;
}

std::vector<double> ordering_scores(const SavedModel& model, const FeatureMatrix& features) {
  return model.uplift.empty() ? model.non_claimant_probability(features) : model.uplift.expected_gain(features);
}

std::vector<RankedCandidate> rank_detected(const SavedModel& model, const DetectedRights& detected,
                                           std::size_t reasons) {
  return contact_list(model, detected.features.model, contact_order_of(model), detected.candidates.size(), reasons);
}

std::vector<ContactRow> contact_rows(const DetectedRights& detected, const std::vector<RankedCandidate>& ranked,
                                     std::size_t capacity) {
  std::vector<ContactRow> rows;
  rows.reserve(ranked.size());
  for (std::size_t position = 0; position < ranked.size(); ++position) {
    const RankedCandidate& entry = ranked[position];
    const Candidate& c = detected.candidates[entry.row];
    ContactRow row;
    row.rank = position + 1;
    row.group_id = detected.results.group_ids[c.group];
    row.person_id = detected.features.addressed_person[entry.row];
    row.benefit = detected.results.benefits[c.benefit].benefit;
    row.status = c.status;
    if (c.status != Status::undetermined) row.monthly_cents = c.monthly_cents;
    row.non_claimant_probability = entry.non_claimant_probability;
    if (!std::isnan(entry.expected_gain)) row.expected_gain = entry.expected_gain;
    row.within_capacity = position < capacity;
    row.reasons = entry.reasons;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<outreach::Candidate> plan_candidates(const std::vector<ContactRow>& rows) {
  std::vector<outreach::Candidate> candidates;
  candidates.reserve(rows.size());
  for (const ContactRow& row : rows)
    candidates.push_back({row.person_id, row.benefit, row.expected_gain.value_or(row.non_claimant_probability),
                          row.monthly_cents});
  return candidates;
}

}  // namespace eligo
