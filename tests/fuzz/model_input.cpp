// The fuzz input of the ranking stage's model-file loader: the text of a model file.
// Whatever loads is used as the contact-list code would: scored, explained and ordered
// over a few rows holding every feature the model names, some of them missing.
// eligo::Error is the expected answer to a damaged file; anything else is a bug.
#include <algorithm>
#include <cmath>
#include <string>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "fuzz_inputs.hpp"

namespace eligo::fuzz {

namespace {

void add_features(const RankingModel& model, std::vector<FeatureColumn>& columns) {
  if (model.empty()) return;
  for (const std::string& name : model.feature_names())
    if (std::none_of(columns.begin(), columns.end(), [&](const FeatureColumn& c) { return c.name == name; }))
      columns.push_back(FeatureColumn{name, false});
}

FeatureMatrix rows_for(const SavedModel& model) {
  std::vector<FeatureColumn> columns;
  add_features(model.non_claimant, columns);
  add_features(model.uplift.contacted_arm(), columns);
  add_features(model.uplift.control_arm(), columns);
  constexpr std::size_t rows = 4;
  FeatureMatrix features(columns, rows);
  for (std::size_t row = 0; row < rows; ++row)
    for (std::size_t col = 0; col < columns.size(); ++col)
      features.set(row, col, (row + col) % 3 == 0 ? FeatureMatrix::missing : static_cast<double>(row) * 1.5 - 1.0);
  return features;
}

}  // namespace

void run_model(std::string_view input) {
  try {
    const SavedModel model = model_from_json(std::string(input), "fuzz.json");
    if (model.non_claimant.empty()) return;
    const FeatureMatrix features = rows_for(model);
    model.non_claimant_probability(features);
    model.non_claimant.explain(features, 0);
    contact_list(model, features, ContactOrder::non_claimant_probability, 3);
    if (!model.uplift.empty()) contact_list(model, features, ContactOrder::expected_gain, 3);
    model_to_json(model);
  } catch (const Error&) {
    // A clear error for a damaged file: fine.
  }
}

}  // namespace eligo::fuzz
