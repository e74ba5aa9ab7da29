// Categorical attributes for the audit and the proxy scan. In the rank stage, before
// fairness: the candidates' features (candidate_features.cpp) carry their group columns.
#include <charconv>
#include <cmath>
#include <map>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"

namespace eligo {

GroupColumn GroupColumn::from_labels(std::string name, const std::vector<std::string>& labels) {
  GroupColumn column{std::move(name), {}, {}};
  std::map<std::string, std::int32_t> code_of;
  column.codes.reserve(labels.size());
  for (const auto& label : labels) {
    if (label.empty()) {
      column.codes.push_back(-1);
      continue;
    }
    const auto [place, inserted] = code_of.try_emplace(label, static_cast<std::int32_t>(column.groups.size()));
    if (inserted) column.groups.push_back(label);
    column.codes.push_back(place->second);
  }
  return column;
}

GroupColumn GroupColumn::from_feature(const FeatureMatrix& features, const std::string& name) {
  const std::size_t col = features.index_of(name);
  std::vector<std::string> labels(features.rows());
  for (std::size_t row = 0; row < features.rows(); ++row) {
    const double value = features.at(row, col);
    if (std::isnan(value)) continue;
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    labels[row].assign(buffer, written.ptr);
  }
  return from_labels(name, labels);
}

}  // namespace eligo
