#include "rank/binning.hpp"

#include <algorithm>
#include <cmath>

namespace eligo::detail {

std::uint16_t FeatureBins::bin_of(double value) const noexcept {
  if (std::isnan(value)) return missing_bin();
  const auto bound = std::lower_bound(upper.begin(), upper.end(), value);
  // Above every training value: the last bin (the split thresholds agree, since no
  // threshold exceeds the largest bound).
  if (bound == upper.end()) return static_cast<std::uint16_t>(upper.size() - 1);
  return static_cast<std::uint16_t>(bound - upper.begin());
}

FeatureBins quantile_bins(std::vector<double> column, int max_bins) {
  column.erase(std::remove_if(column.begin(), column.end(), [](double x) { return std::isnan(x); }),
               column.end());
  std::sort(column.begin(), column.end());
  FeatureBins bins;
  if (column.empty()) {
    bins.upper.push_back(0.0);  // a column never known: one empty bin besides missing
    return bins;
  }
  std::vector<double> distinct = column;
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  if (distinct.size() <= static_cast<std::size_t>(max_bins)) {
    bins.upper = std::move(distinct);
    return bins;
  }
  const std::size_t n = column.size();
  for (int q = 1; q <= max_bins; ++q) {
    const std::size_t rank = (static_cast<std::size_t>(q) * n + static_cast<std::size_t>(max_bins) - 1) /
                                 static_cast<std::size_t>(max_bins) - 1;
    const double bound = column[std::min(rank, n - 1)];
    if (bins.upper.empty() || bound > bins.upper.back()) bins.upper.push_back(bound);
  }
  if (bins.upper.back() < column.back()) bins.upper.push_back(column.back());
  return bins;
}

BinnedMatrix bin_matrix(std::span<const double> values, std::size_t rows, std::size_t cols, int max_bins) {
  BinnedMatrix binned{rows, cols, {}, std::vector<std::uint16_t>(rows * cols)};
  for (std::size_t col = 0; col < cols; ++col) {
    std::vector<double> column(rows);
    for (std::size_t row = 0; row < rows; ++row) column[row] = values[row * cols + col];
    binned.bins.push_back(quantile_bins(std::move(column), max_bins));
    for (std::size_t row = 0; row < rows; ++row)
      binned.indices[row * cols + col] = binned.bins.back().bin_of(values[row * cols + col]);
  }
  return binned;
}

}  // namespace eligo::detail
