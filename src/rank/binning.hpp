// Quantile bins for histogram-based split finding.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace eligo::detail {

// Bin b holds the values in (upper[b-1], upper[b]]; the bin after the last holds missing
// values. Bounds are values seen in training, so a split "bin <= b" is exactly the split
// "value <= upper[b]" that prediction applies to raw values.
struct FeatureBins {
  std::vector<double> upper;

  std::uint16_t missing_bin() const noexcept { return static_cast<std::uint16_t>(upper.size()); }
  std::uint16_t bin_of(double value) const noexcept;
};

// Bounds from the known values of one column: every distinct value when there are at
// most `max_bins`, otherwise the values at equally spaced ranks.
FeatureBins quantile_bins(std::vector<double> column, int max_bins);

// The bins of every value, row-major like the features.
struct BinnedMatrix {
  std::size_t rows = 0, cols = 0;
  std::vector<FeatureBins> bins;       // one per column
  std::vector<std::uint16_t> indices;  // rows x cols

  std::uint16_t at(std::size_t row, std::size_t col) const noexcept { return indices[row * cols + col]; }
};

BinnedMatrix bin_matrix(std::span<const double> values, std::size_t rows, std::size_t cols, int max_bins);

}  // namespace eligo::detail
