// TreeSHAP against the definition: contributions sum to the score, and equal the Shapley
// values computed by enumerating every coalition.
#include <catch2/catch.hpp>
#include <algorithm>
#include <bit>
#include <numeric>

#include "eligo/rank.hpp"
#include "rank/model_data.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

// The tree's expected output when the features in `known` (a bit set) are fixed to the
// row's values and the others follow the training covers.
double conditional_expectation(const detail::Tree& tree, std::size_t node, const double* row, unsigned known) {
  const detail::TreeNode& n = tree.nodes[node];
  if (n.is_leaf()) return n.value;
  const auto left = static_cast<std::size_t>(n.left), right = static_cast<std::size_t>(n.right);
  if (known & (1u << n.feature)) {
    const double x = row[n.feature];
    const bool goes_left = std::isnan(x) ? n.missing_goes_left : x <= n.threshold;
    return conditional_expectation(tree, goes_left ? left : right, row, known);
  }
  return (tree.nodes[left].cover * conditional_expectation(tree, left, row, known) +
          tree.nodes[right].cover * conditional_expectation(tree, right, row, known)) /
         n.cover;
}

double coalition_value(const detail::TreeEnsemble& ensemble, const double* row, unsigned known) {
  double value = ensemble.base_score;
  for (const auto& tree : ensemble.trees) value += conditional_expectation(tree, 0, row, known);
  return value;
}

std::vector<double> brute_force_shapley(const detail::TreeEnsemble& ensemble, const double* row, std::size_t m) {
  std::vector<double> factorial(m + 1, 1.0);
  for (std::size_t i = 1; i <= m; ++i) factorial[i] = factorial[i - 1] * static_cast<double>(i);
  std::vector<double> phi(m, 0.0);
  for (std::size_t feature = 0; feature < m; ++feature)
    for (unsigned subset = 0; subset < (1u << m); ++subset) {
      if (subset & (1u << feature)) continue;
      const auto size = static_cast<std::size_t>(std::popcount(subset));
      const double weight = factorial[size] * factorial[m - size - 1] / factorial[m];
      phi[feature] += weight * (coalition_value(ensemble, row, subset | (1u << feature)) -
                                coalition_value(ensemble, row, subset));
    }
  return phi;
}

// Whether some root-to-leaf path splits twice on the same feature.
bool reuses_a_feature(const detail::Tree& tree, std::size_t node, unsigned seen) {
  const detail::TreeNode& n = tree.nodes[node];
  if (n.is_leaf()) return false;
  if (seen & (1u << n.feature)) return true;
  const unsigned now = seen | (1u << n.feature);
  return reuses_a_feature(tree, static_cast<std::size_t>(n.left), now) ||
         reuses_a_feature(tree, static_cast<std::size_t>(n.right), now);
}

}  // namespace

TEST_CASE("TreeSHAP contributions sum to the score on random data", "[rank][shap]") {
  for (const auto objective : {TreeObjective::binary_logistic, TreeObjective::lambdarank}) {
    Dataset data = messy_binary_data(1500, 8, 61);
    for (std::size_t row = 0; row < data.rows(); ++row) data.query_ids.push_back(static_cast<std::uint32_t>(row / 50));
    TreeOptions options;
    options.objective = objective;
    options.trees = 40;
    options.subsample = 0.8;
    const RankingModel model = train_boosted_trees(data, options);
    const auto scores = model.score(data.features);
    double worst = 0;
    for (std::size_t row = 0; row < data.rows(); row += 7) {
      const ScoreExplanation e = model.explain(data.features, row);
      const double sum = e.bias + std::accumulate(e.contributions.begin(), e.contributions.end(), 0.0);
      worst = std::max(worst, std::abs(sum - scores[row]));
    }
    INFO("largest gap between bias + contributions and the score: " << worst);
    CHECK(worst < 1e-6);
  }
}

TEST_CASE("TreeSHAP equals brute-force Shapley values on a small model", "[rank][shap]") {
  const Dataset data = messy_binary_data(800, 5, 71);  // 5 features: 32 coalitions
  TreeOptions options;
  options.objective = TreeObjective::binary_logistic;
  options.trees = 8;
  options.learning_rate = 0.3;
  options.min_child_rows = 10;
  const RankingModel model = train_boosted_trees(data, options);
  const auto& ensemble = model.data().ensemble;
  // The trees must reuse features along a path, or the unwinding is never exercised.
  REQUIRE(ensemble.trees.size() == 8);
  REQUIRE(std::any_of(ensemble.trees.begin(), ensemble.trees.end(),
                      [](const detail::Tree& tree) { return reuses_a_feature(tree, 0, 0); }));
  double worst = 0;
  for (std::size_t row = 0; row < 60; ++row) {
    const ScoreExplanation fast = model.explain(data.features, row);
    const auto slow = brute_force_shapley(ensemble, data.features.row(row).data(), 5);
    for (std::size_t feature = 0; feature < 5; ++feature)
      worst = std::max(worst, std::abs(fast.contributions[feature] - slow[feature]));
    CHECK(fast.bias == Approx(coalition_value(ensemble, data.features.row(row).data(), 0)).margin(1e-12));
  }
  INFO("largest gap to brute force: " << worst);
  CHECK(worst < 1e-9);
}
