#include "rank/tree_growth.hpp"

#include <algorithm>
#include <limits>

namespace eligo::detail {

namespace {

struct Sums {
  double gradient = 0, hessian = 0;
  std::size_t rows = 0;

  void add(const Sums& other) {
    gradient += other.gradient;
    hessian += other.hessian;
    rows += other.rows;
  }
  Sums minus(const Sums& other) const {
    return {gradient - other.gradient, hessian - other.hessian, rows - other.rows};
  }
};

struct Split {
  bool found = false;
  double gain = 0;
  std::size_t feature = 0;
  std::uint16_t last_left_bin = 0;
  bool missing_goes_left = false;
};

class TreeGrower {
 public:
  TreeGrower(const BinnedMatrix& binned, const Derivatives& derivatives, const TreeOptions& options)
      : binned_(binned), derivatives_(derivatives), options_(options) {
    offsets_.push_back(0);
    for (const auto& bins : binned_.bins) offsets_.push_back(offsets_.back() + bins.upper.size() + 1);
    histogram_.resize(offsets_.back());
  }

  Tree grow(std::vector<std::size_t> rows) {
    grow_node(std::move(rows), 0);
    return std::move(tree_);
  }

 private:
  double score(const Sums& sums) const { return sums.gradient * sums.gradient / (sums.hessian + options_.l2); }

  bool child_allowed(const Sums& child) const {
    return child.rows >= static_cast<std::size_t>(std::max(1, options_.min_child_rows)) &&
           child.hessian >= options_.min_child_weight;
  }

  Sums total_of(const std::vector<std::size_t>& rows) const {
    Sums total;
    for (const auto row : rows) total.add({derivatives_.gradient[row], derivatives_.hessian[row], 1});
    return total;
  }

  void fill_histogram(const std::vector<std::size_t>& rows) {
    std::fill(histogram_.begin(), histogram_.end(), Sums{});
    for (const auto row : rows) {
      const Sums one{derivatives_.gradient[row], derivatives_.hessian[row], 1};
      for (std::size_t col = 0; col < binned_.cols; ++col) histogram_[offsets_[col] + binned_.at(row, col)].add(one);
    }
  }

  Split best_split(const Sums& total) const {
    Split best;
    const double parent = score(total);
    for (std::size_t col = 0; col < binned_.cols; ++col) {
      const std::size_t known_bins = binned_.bins[col].upper.size();
      const Sums missing = histogram_[offsets_[col] + known_bins];
      Sums left;
      for (std::size_t bin = 0; bin < known_bins; ++bin) {
        left.add(histogram_[offsets_[col] + bin]);
        for (const bool missing_left : {false, true}) {
          if (missing_left && missing.rows == 0) continue;  // same split as missing right
          Sums candidate_left = left;
          if (missing_left) candidate_left.add(missing);
          const Sums right = total.minus(candidate_left);
          if (!child_allowed(candidate_left) || !child_allowed(right)) continue;
          const double gain = score(candidate_left) + score(right) - parent;
          if (gain > best.gain + 1e-12) best = {true, gain, col, static_cast<std::uint16_t>(bin), missing_left};
        }
      }
    }
    return best;
  }

  std::int32_t grow_node(std::vector<std::size_t> rows, int depth) {
    const auto index = static_cast<std::int32_t>(tree_.nodes.size());
    tree_.nodes.emplace_back();
    const Sums total = total_of(rows);
    tree_.nodes[static_cast<std::size_t>(index)].cover = static_cast<double>(rows.size());
    Split split;
    if (depth < options_.max_depth && rows.size() >= 2 * static_cast<std::size_t>(std::max(1, options_.min_child_rows))) {
      fill_histogram(rows);
      split = best_split(total);
    }
    if (!split.found) {
      tree_.nodes[static_cast<std::size_t>(index)].value =
          -total.gradient / (total.hessian + options_.l2) * options_.learning_rate;
      return index;
    }
    const FeatureBins& bins = binned_.bins[split.feature];
    std::vector<std::size_t> left_rows, right_rows;
    for (const auto row : rows) {
      const std::uint16_t bin = binned_.at(row, split.feature);
      const bool left = bin == bins.missing_bin() ? split.missing_goes_left : bin <= split.last_left_bin;
      (left ? left_rows : right_rows).push_back(row);
    }
    rows.clear();
    rows.shrink_to_fit();
    {
      TreeNode& node = tree_.nodes[static_cast<std::size_t>(index)];
      node.feature = static_cast<std::int32_t>(split.feature);
      // Every known value left (missing right): no threshold should send a larger value
      // seen only at scoring time to the missing side.
      node.threshold = split.last_left_bin + 1u == bins.upper.size() ? std::numeric_limits<double>::max()
                                                                    : bins.upper[split.last_left_bin];
      node.missing_goes_left = split.missing_goes_left;
    }
    const std::int32_t left = grow_node(std::move(left_rows), depth + 1);
    const std::int32_t right = grow_node(std::move(right_rows), depth + 1);
    tree_.nodes[static_cast<std::size_t>(index)].left = left;  // the vector may have moved
    tree_.nodes[static_cast<std::size_t>(index)].right = right;
    return index;
  }

  const BinnedMatrix& binned_;
  const Derivatives& derivatives_;
  const TreeOptions& options_;
  std::vector<std::size_t> offsets_;
  std::vector<Sums> histogram_;
  Tree tree_;
};

}  // namespace

Tree grow_tree(const BinnedMatrix& binned, const Derivatives& derivatives, std::vector<std::size_t> rows,
               const TreeOptions& options) {
  return TreeGrower(binned, derivatives, options).grow(std::move(rows));
}

}  // namespace eligo::detail
