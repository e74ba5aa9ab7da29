// The contact list handed to agents: the two outputs side by side, with reasons.
#include <algorithm>
#include <cmath>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"

namespace eligo {

std::vector<RankedCandidate> contact_list(const SavedModel& model, const FeatureMatrix& features, ContactOrder order,
                                    std::size_t k, std::size_t reasons) {
  if (order == ContactOrder::expected_gain && model.uplift.empty())
    throw Error("the contact list cannot be ordered by expected gain: the model has no uplift part (train one on a "
                "campaign with a randomised control group)");
  const std::vector<double> probability = model.non_claimant_probability(features);
  const std::vector<double> gain = model.uplift.empty() ? std::vector<double>(features.rows(), std::nan(""))
                                                        : model.uplift.expected_gain(features);
  const auto ranked = contact_order(order == ContactOrder::expected_gain ? gain : probability);
  std::vector<RankedCandidate> list;
  for (std::size_t position = 0; position < std::min(k, ranked.size()); ++position) {
    const std::size_t row = ranked[position];
    RankedCandidate candidate{row, probability[row], gain[row], {}};
    const ScoreExplanation why = model.non_claimant.explain(features, row);
    const auto& names = model.non_claimant.feature_names();
    for (std::size_t f = 0; f < names.size(); ++f) candidate.reasons.push_back({names[f], why.contributions[f]});
    std::stable_sort(candidate.reasons.begin(), candidate.reasons.end(), [](const Reason& a, const Reason& b) {
      return std::abs(a.contribution) > std::abs(b.contribution);
    });
    if (candidate.reasons.size() > reasons) candidate.reasons.resize(reasons);
    list.push_back(std::move(candidate));
  }
  return list;
}

}  // namespace eligo
