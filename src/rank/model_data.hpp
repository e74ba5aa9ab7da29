// The parameters behind a RankingModel: plain data that scoring, TreeSHAP and the model
// file share.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "eligo/rank.hpp"

namespace eligo::detail {

// One column of the logistic model's design: a feature's value, standardised, or its
// missing indicator. A feature's contribution sums both.
struct LogisticTerm {
  std::size_t feature = 0;  // index into RankingModelData::features
  bool is_missing_indicator = false;
  double mean = 0;   // over the training rows where the value is known
  double scale = 1;  // standard deviation, 1 when the column is constant
  double coefficient = 0;
};

struct LogisticParameters {
  double intercept = 0;
  std::vector<LogisticTerm> terms;
  LogisticOptions options;
};

// Nodes are stored parent before child; a leaf has feature < 0.
struct TreeNode {
  std::int32_t feature = -1;
  double threshold = 0;       // value <= threshold goes left
  bool missing_goes_left = true;
  std::int32_t left = -1, right = -1;
  double value = 0;           // leaf output, learning rate included
  double cover = 0;           // training rows that reached the node (TreeSHAP weights)

  bool is_leaf() const noexcept { return feature < 0; }
};

struct Tree {
  std::vector<TreeNode> nodes;

  std::size_t leaf_of(const double* row) const noexcept {
    std::size_t node = 0;
    while (!nodes[node].is_leaf()) {
      const TreeNode& split = nodes[node];
      const double x = row[split.feature];
      const bool left = x != x ? split.missing_goes_left : x <= split.threshold;
      node = static_cast<std::size_t>(left ? split.left : split.right);
    }
    return node;
  }
  double predict(const double* row) const noexcept { return nodes[leaf_of(row)].value; }
};

struct TreeEnsemble {
  double base_score = 0;
  std::vector<Tree> trees;
  TreeOptions options;
};

struct RankingModelData {
  ModelKind kind = ModelKind::logistic_regression;
  std::vector<std::string> features;
  LogisticParameters logistic;  // when kind == logistic_regression
  TreeEnsemble ensemble;        // when kind == boosted_trees
};

// The model's features taken from `matrix` by name, row-major, in the model's order.
// Throws Error naming a feature the matrix lacks.
std::vector<double> gather_features(const FeatureMatrix& matrix, const std::vector<std::string>& names);

double logistic_score(const LogisticParameters& model, const double* row);
ScoreExplanation logistic_explanation(const LogisticParameters& model, const double* row,
                                 std::size_t feature_count);

// TreeSHAP of one row over the whole ensemble (base score in the bias).
ScoreExplanation tree_shap(const TreeEnsemble& ensemble, const double* row, std::size_t feature_count);

inline double sigmoid(double z) noexcept {
  return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

}  // namespace eligo::detail
