// The two outputs kept apart, trained together: the calibrated probability of being a
// non-claimant, and the expected gain from contact.
#include "eligo/error.hpp"
#include "eligo/rank.hpp"

namespace eligo {

SavedModel train_two_outputs(const Dataset& rights, const Dataset& campaign, const TreeOptions& trees,
                             const LogisticOptions& uplift) {
  rights.validate();
  // Every fifth household calibrates: held out of the trees, so that the calibration
  // corrects the model's real errors rather than its fit to the rows it has seen. Whole
  // households, because a household's rights share its members, income and profile: a row
  // whose household-mates trained the trees would look better fitted than a new one.
  std::vector<std::size_t> fit_rows, calibration_rows;
  const bool by_household = !rights.households.empty();
  for (std::size_t row = 0; row < rights.rows(); ++row) {
    const std::size_t unit = by_household ? rights.households[row] : row;
    (unit % 5 == 4 ? calibration_rows : fit_rows).push_back(row);
  }
  if (calibration_rows.empty() || fit_rows.empty())
    throw Error(by_household ? "two outputs: the rights of at least 5 households are needed to hold some out for calibration"
                             : "two outputs: at least 5 rights are needed to hold some out for calibration");
  TreeOptions options = trees;
  options.objective = TreeObjective::binary_logistic;
  SavedModel model;
  model.non_claimant = train_boosted_trees(rights.select_rows(fit_rows), options);
  const Dataset held_out = rights.select_rows(calibration_rows);
  model.calibration = Calibrator::fit(CalibrationMethod::automatic, model.non_claimant.score(held_out.features),
                                      held_out.labels, held_out.weights);
  model.uplift = train_uplift(campaign, uplift);
  return model;
}

}  // namespace eligo
