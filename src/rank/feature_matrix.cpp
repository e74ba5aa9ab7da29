// Feature matrices and datasets: shapes, names and the checks every trainer relies on.
#include <cmath>
#include <set>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank/problem.hpp"

namespace eligo {

namespace {

void check_column_names(const std::vector<FeatureColumn>& columns) {
  std::set<std::string> seen;
  std::vector<Diagnostic> problems;
  for (const auto& column : columns) {
    if (column.name.empty()) problems.push_back(detail::problem("a feature column has no name"));
    else if (!seen.insert(column.name).second)
      problems.push_back(detail::problem("feature `" + column.name + "` appears twice"));
  }
  throw_if_errors(problems);
}

}  // namespace

FeatureMatrix::FeatureMatrix(std::vector<FeatureColumn> columns, std::size_t rows)
    : columns_(std::move(columns)), values_(rows * columns_.size(), 0.0), rows_(rows) {
  check_column_names(columns_);
}

FeatureMatrix::FeatureMatrix(std::vector<FeatureColumn> columns, std::vector<double> row_major_values)
    : columns_(std::move(columns)), values_(std::move(row_major_values)) {
  check_column_names(columns_);
  if (columns_.empty()) {
    if (!values_.empty()) throw Error("a feature matrix without columns cannot hold values");
    return;
  }
  if (values_.size() % columns_.size() != 0)
    throw Error("a feature matrix of " + std::to_string(columns_.size()) + " columns was given " +
                std::to_string(values_.size()) + " values, not a multiple of the column count");
  rows_ = values_.size() / columns_.size();
}

std::optional<std::size_t> FeatureMatrix::find(const std::string& name) const {
  for (std::size_t col = 0; col < columns_.size(); ++col)
    if (columns_[col].name == name) return col;
  return std::nullopt;
}

std::size_t FeatureMatrix::index_of(const std::string& name) const {
  if (const auto col = find(name)) return *col;
  throw Error("the feature matrix has no column `" + name + "`");
}

std::vector<double> FeatureMatrix::column_values(std::size_t col) const {
  std::vector<double> column(rows_);
  for (std::size_t row = 0; row < rows_; ++row) column[row] = at(row, col);
  return column;
}

FeatureMatrix FeatureMatrix::select_rows(std::span<const std::size_t> rows) const {
  FeatureMatrix selected(columns_, rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t col = 0; col < cols(); ++col) selected.set(i, col, at(rows[i], col));
  return selected;
}

void Dataset::validate() const {
  std::vector<Diagnostic> problems;
  const auto fail = [&problems](std::string message) {
    problems.push_back(detail::problem(std::move(message)));
  };
  const auto check_length = [&](std::size_t size, const char* what, bool optional) {
    if ((optional && size == 0) || size == rows()) return;
    fail(std::string(what) + " has " + std::to_string(size) + " values for " + std::to_string(rows()) +
         " rows");
  };
  if (rows() == 0) fail("the dataset has no rows");
  check_length(labels.size(), "labels", false);
  check_length(query_ids.size(), "query_ids", true);
  check_length(weights.size(), "weights", true);
  check_length(contacted.size(), "contacted", true);
  check_length(households.size(), "households", true);
  throw_if_errors(problems);
  for (std::size_t row = 0; row < labels.size(); ++row)
    if (!std::isfinite(labels[row]) || labels[row] < 0) {
      fail("label of row " + std::to_string(row) + " is " + std::to_string(labels[row]) +
           "; labels are finite and >= 0");
      break;
    }
  for (std::size_t row = 0; row < weights.size(); ++row)
    if (!std::isfinite(weights[row]) || weights[row] <= 0) {
      fail("weight of row " + std::to_string(row) + " is " + std::to_string(weights[row]) +
           "; weights are finite and > 0");
      break;
    }
  for (std::size_t row = 0; row < contacted.size(); ++row)
    if (contacted[row] > 1) {
      fail("contacted flag of row " + std::to_string(row) + " is neither 0 nor 1");
      break;
    }
  throw_if_errors(problems);
}

Dataset Dataset::select_rows(std::span<const std::size_t> rows) const {
  Dataset selected;
  selected.features = features.select_rows(rows);
  const auto pick = [rows](const auto& source, auto& target) {
    if (source.empty()) return;
    target.reserve(rows.size());
    for (const auto row : rows) target.push_back(source[row]);
  };
  pick(labels, selected.labels);
  pick(query_ids, selected.query_ids);
  pick(weights, selected.weights);
  pick(contacted, selected.contacted);
  pick(households, selected.households);
  return selected;
}

void refuse_protected_features(const FeatureMatrix& features) {
  std::vector<Diagnostic> problems;
  for (const auto& column : features.columns())
    if (column.is_protected)
      problems.push_back(detail::problem("feature `" + column.name +
                                         "` is protected: it may serve the law and the fairness audit, "
                                         "never the ranking model"));
  throw_if_errors(problems);
}

}  // namespace eligo
