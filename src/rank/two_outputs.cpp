// The two outputs kept apart, trained together: the calibrated probability of being a
// non-claimant, and the expected gain from contact.
#include "eligo/error.hpp"
#include "eligo/rank.hpp"

namespace eligo {

SavedModel train_two_outputs(const Dataset& rights, const Dataset& campaign, const TreeOptions& trees,
                             const LogisticOptions& uplift) {
  rights.validate();
  // Every fifth row calibrates: held out of the trees, so that the calibration corrects
  // the model's real errors rather than its fit to the rows it has seen.
  std::vector<std::size_t> fit_rows, calibration_rows;
  for (std::size_t row = 0; row < rights.rows(); ++row) (row % 5 == 4 ? calibration_rows : fit_rows).push_back(row);
  if (calibration_rows.empty()) throw Error("two outputs: at least 5 rights are needed to hold some out for calibration");
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
