// TreeSHAP: exact Shapley values of a tree ensemble in polynomial time, following
// Algorithm 2 of Lundberg, Erion and Lee, "Consistent individualized feature attribution
// for tree ensembles" (2018).
//
// The value of a coalition S is the tree's expected output when the features of S are
// known and the others follow the training distribution along the path (at a split on an
// unknown feature, both children weighted by their covers). The recursion keeps, for the
// unique features met on the path to a node, the proportion of all coalition sizes that
// flow down the path: `zero_fraction` is the share of the cover that follows the path when
// the feature is unknown, `one_fraction` is 1 when the row itself follows the path.
#include <algorithm>
#include <memory>
#include <span>
#include <vector>

#include "rank/model_data.hpp"

namespace eligo::detail {

namespace {

struct PathElement {
  std::int64_t feature = -1;
  double zero_fraction = 0;
  double one_fraction = 0;
  double weight = 0;  // the path weight of coalitions of this size
};

// The elements of the path to one node: one slice of ShapRecursion's buffer.
using Path = std::span<PathElement>;

void extend_path(Path path, std::size_t depth, double zero_fraction, double one_fraction, std::int64_t feature) {
  path[depth] = {feature, zero_fraction, one_fraction, depth == 0 ? 1.0 : 0.0};
  const auto d = static_cast<double>(depth);
  for (std::size_t i = depth; i-- > 0;) {
    const auto place = static_cast<double>(i);
    path[i + 1].weight += one_fraction * path[i].weight * (place + 1) / (d + 1);
    path[i].weight = zero_fraction * path[i].weight * (d - place) / (d + 1);
  }
}

// Undoes extend_path for the element at `index` (a feature split on again lower down).
void unwind_path(Path path, std::size_t depth, std::size_t index) {
  const double one_fraction = path[index].one_fraction;
  const double zero_fraction = path[index].zero_fraction;
  const auto d = static_cast<double>(depth);
  double next_one_portion = path[depth].weight;
  for (std::size_t i = depth; i-- > 0;) {
    const auto place = static_cast<double>(i);
    if (one_fraction != 0) {
      const double previous = path[i].weight;
      path[i].weight = next_one_portion * (d + 1) / ((place + 1) * one_fraction);
      next_one_portion = previous - path[i].weight * zero_fraction * (d - place) / (d + 1);
    } else {
      path[i].weight = path[i].weight * (d + 1) / (zero_fraction * (d - place));
    }
  }
  for (std::size_t i = index; i < depth; ++i) {
    path[i].feature = path[i + 1].feature;
    path[i].zero_fraction = path[i + 1].zero_fraction;
    path[i].one_fraction = path[i + 1].one_fraction;
  }
}

// The total weight the path would have without the element at `index`.
double unwound_path_sum(std::span<const PathElement> path, std::size_t depth, std::size_t index) {
  const double one_fraction = path[index].one_fraction;
  const double zero_fraction = path[index].zero_fraction;
  const auto d = static_cast<double>(depth);
  double next_one_portion = path[depth].weight;
  double total = 0;
  for (std::size_t i = depth; i-- > 0;) {
    const auto place = static_cast<double>(i);
    if (one_fraction != 0) {
      const double share = next_one_portion * (d + 1) / ((place + 1) * one_fraction);
      total += share;
      next_one_portion = path[i].weight - share * zero_fraction * (d - place) / (d + 1);
    } else {
      total += path[i].weight / zero_fraction / ((d - place) / (d + 1));
    }
  }
  return total;
}

// Edges from the root to the deepest leaf.
std::size_t deepest_leaf(const Tree& tree) {
  std::size_t deepest = 0;
  std::vector<std::pair<std::size_t, std::size_t>> pending{{0, 0}};  // node, its depth
  while (!pending.empty()) {
    const auto [index, depth] = pending.back();
    pending.pop_back();
    const TreeNode& node = tree.nodes[index];
    deepest = std::max(deepest, depth);
    if (node.is_leaf()) continue;
    pending.emplace_back(static_cast<std::size_t>(node.left), depth + 1);
    pending.emplace_back(static_cast<std::size_t>(node.right), depth + 1);
  }
  return deepest;
}

class ShapRecursion {
 public:
  ShapRecursion(const Tree& tree, const double* row, std::vector<double>& contributions)
      : tree_(tree), row_(row), contributions_(contributions), width_(deepest_leaf(tree) + 2),
        buffer_(std::make_unique<PathElement[]>(width_ * width_)) {}

  void run() { recurse(0, 0, 0, 1, 1, -1); }

 private:
  // Each level of the recursion works on its own slice of the buffer, a copy of its parent's
  // path, so that children extend it without disturbing their siblings. A path at depth d
  // holds d + 1 elements, at most the tree's depth + 1: copying those alone, into a buffer
  // allocated once per tree, costs far less than a copy of a whole vector per node.
  Path path_at(std::size_t level) { return Path(buffer_.get() + level * width_, width_); }

  void recurse(std::size_t node_index, std::size_t level, std::size_t depth, double zero_fraction,
               double one_fraction, std::int64_t feature) {
    const Path path = path_at(level);
    extend_path(path, depth, zero_fraction, one_fraction, feature);
    const TreeNode& node = tree_.nodes[node_index];
    if (node.is_leaf()) {
      for (std::size_t i = 1; i <= depth; ++i) {
        const double weight = unwound_path_sum(path, depth, i);
        contributions_[static_cast<std::size_t>(path[i].feature)] +=
            weight * (path[i].one_fraction - path[i].zero_fraction) * node.value;
      }
      return;
    }
    const double x = row_[node.feature];
    const bool goes_left = x != x ? node.missing_goes_left : x <= node.threshold;
    const auto hot = static_cast<std::size_t>(goes_left ? node.left : node.right);
    const auto cold = static_cast<std::size_t>(goes_left ? node.right : node.left);

    // A feature met again: its earlier element is removed and its fractions carried on,
    // so each feature appears once on the path.
    double incoming_zero = 1, incoming_one = 1;
    std::size_t found = 0;
    for (std::size_t i = 1; i <= depth; ++i)
      if (path[i].feature == node.feature) found = i;
    if (found != 0) {
      incoming_zero = path[found].zero_fraction;
      incoming_one = path[found].one_fraction;
      unwind_path(path, depth, found);
      --depth;
    }
    const double cover = node.cover;
    const Path child = path_at(level + 1);
    std::copy_n(path.begin(), depth + 1, child.begin());
    recurse(hot, level + 1, depth + 1, incoming_zero * tree_.nodes[hot].cover / cover, incoming_one, node.feature);
    std::copy_n(path.begin(), depth + 1, child.begin());
    recurse(cold, level + 1, depth + 1, incoming_zero * tree_.nodes[cold].cover / cover, 0, node.feature);
  }

  const Tree& tree_;
  const double* row_;
  std::vector<double>& contributions_;
  std::size_t width_;
  std::unique_ptr<PathElement[]> buffer_;  // width_ levels of width_ elements (gcc sees it is never null)
};

// The tree's output averaged over its leaves by cover: the value of the empty coalition.
double expected_value(const Tree& tree) {
  double sum = 0;
  for (const auto& node : tree.nodes)
    if (node.is_leaf()) sum += node.value * node.cover;
  return sum / tree.nodes[0].cover;
}

}  // namespace

ScoreExplanation tree_shap(const TreeEnsemble& ensemble, const double* row, std::size_t feature_count) {
  ScoreExplanation explanation{ensemble.base_score, std::vector<double>(feature_count, 0.0)};
  for (const auto& tree : ensemble.trees) {
    explanation.bias += expected_value(tree);
    if (!tree.nodes[0].is_leaf()) ShapRecursion(tree, row, explanation.contributions).run();
  }
  return explanation;
}

}  // namespace eligo::detail
