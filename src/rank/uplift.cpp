// The expected gain from contact, learnt on a campaign's randomised control group, and the
// calibrated non-claimant probability: the two outputs kept apart.
#include "eligo/error.hpp"
#include "eligo/rank.hpp"

namespace eligo {

UpliftModel::UpliftModel(RankingModel contacted_arm, RankingModel control_arm)
    : contacted_(std::move(contacted_arm)), control_(std::move(control_arm)) {
  if (contacted_.empty() != control_.empty()) throw Error("an uplift model needs both arms or neither");
}

std::vector<double> UpliftModel::expected_gain(const FeatureMatrix& features) const {
  const Calibrator logit;  // both arms are logistic regressions: their scores are logits
  const auto contacted = logit.probabilities(contacted_.score(features));
  const auto control = logit.probabilities(control_.score(features));
  std::vector<double> gain(contacted.size());
  for (std::size_t row = 0; row < gain.size(); ++row) gain[row] = contacted[row] - control[row];
  return gain;
}

UpliftModel train_uplift(const Dataset& campaign, const LogisticOptions& options) {
  refuse_protected_features(campaign.features);
  campaign.validate();
  if (campaign.contacted.empty())
    throw Error("uplift: the campaign has no `contacted` flags; a randomised control group is needed");
  std::vector<std::size_t> contacted_rows, control_rows;
  for (std::size_t row = 0; row < campaign.rows(); ++row)
    (campaign.contacted[row] ? contacted_rows : control_rows).push_back(row);
  constexpr std::size_t minimum_arm = 20;
  if (contacted_rows.size() < minimum_arm || control_rows.size() < minimum_arm)
    throw Error("uplift: each arm needs at least " + std::to_string(minimum_arm) + " rows; the campaign has " +
                std::to_string(contacted_rows.size()) + " contacted and " + std::to_string(control_rows.size()) +
                " in the control group");
  return UpliftModel(train_logistic_regression(campaign.select_rows(contacted_rows), options),
                     train_logistic_regression(campaign.select_rows(control_rows), options));
}

std::vector<double> SavedModel::non_claimant_probability(const FeatureMatrix& features) const {
  return calibration.probabilities(non_claimant.score(features));
}

}  // namespace eligo
