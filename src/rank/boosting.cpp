// Gradient boosting of small trees: LambdaRank to order candidates, or the binary
// log-loss for the probability of being a non-claimant.
#include <algorithm>
#include <cmath>

#include "eligo/error.hpp"
#include "rank/problem.hpp"
#include "rank/binning.hpp"
#include "rank/model_data.hpp"
#include "rank/objectives.hpp"
#include "rank/seeded_random.hpp"
#include "rank/tree_growth.hpp"

namespace eligo {

namespace {

void check_options(const TreeOptions& options) {
  std::vector<Diagnostic> problems;
  const auto require = [&problems](bool ok, const char* message) {
    if (!ok) problems.push_back(detail::problem(std::string("boosted trees: ") + message));
  };
  require(options.trees >= 1, "trees must be >= 1");
  require(options.max_depth >= 1 && options.max_depth <= 4,
          "max_depth must be between 1 and 4: the model must stay small enough to explain");
  require(options.learning_rate > 0 && options.learning_rate <= 1, "learning_rate must be in (0, 1]");
  require(options.subsample > 0 && options.subsample <= 1, "subsample must be in (0, 1]");
  require(options.max_bins >= 2 && options.max_bins <= 1024, "max_bins must be between 2 and 1024");
  require(options.l2 >= 0 && options.min_child_weight >= 0, "l2 and min_child_weight must be >= 0");
  require(options.sigma > 0, "sigma must be > 0");
  throw_if_errors(problems);
}

// Rows of one tree: all of them, or a sample without replacement of the stated share
// (a partial Fisher-Yates shuffle with eligo's own integer draws), kept in row order.
std::vector<std::size_t> draw_rows(std::size_t rows, double share, detail::SeededRandom& random) {
  std::vector<std::size_t> all(rows);
  for (std::size_t row = 0; row < rows; ++row) all[row] = row;
  if (share >= 1) return all;
  const auto wanted = std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(share * static_cast<double>(rows))));
  for (std::size_t i = 0; i < wanted; ++i) std::swap(all[i], all[i + random.below(rows - i)]);
  all.resize(wanted);
  std::sort(all.begin(), all.end());
  return all;
}

double weighted_mean(std::span<const double> values, std::span<const double> weights) {
  double sum = 0, total = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double w = weights.empty() ? 1.0 : weights[i];
    sum += w * values[i];
    total += w;
  }
  return sum / total;
}

}  // namespace

RankingModel train_boosted_trees(const Dataset& data, const TreeOptions& options) {
  refuse_protected_features(data.features);
  data.validate();
  check_options(options);
  if (options.objective == TreeObjective::binary_logistic)
    for (const double label : data.labels)
      if (label > 1) throw Error("boosted trees: the binary objective needs labels in [0, 1]");

  auto model = std::make_shared<detail::RankingModelData>();
  model->kind = ModelKind::boosted_trees;
  for (const auto& column : data.features.columns()) model->features.push_back(column.name);
  detail::TreeEnsemble& ensemble = model->ensemble;
  ensemble.options = options;

  const std::size_t rows = data.rows();
  const detail::BinnedMatrix binned =
      detail::bin_matrix(data.features.values(), rows, data.features.cols(), options.max_bins);
  const auto queries = detail::rows_by_query(data.query_ids, rows);
  if (options.objective == TreeObjective::binary_logistic) {
    // Start from the log-odds of the base rate, so the first trees learn differences.
    const double rate = std::clamp(weighted_mean(data.labels, data.weights), 1e-6, 1 - 1e-6);
    ensemble.base_score = std::log(rate / (1 - rate));
  }

  std::vector<double> scores(rows, ensemble.base_score);
  detail::Derivatives derivatives{std::vector<double>(rows), std::vector<double>(rows)};
  detail::SeededRandom random(options.seed);
  for (int round = 0; round < options.trees; ++round) {
    if (options.objective == TreeObjective::binary_logistic)
      detail::binary_logistic_derivatives(scores, data.labels, data.weights, derivatives);
    else
      detail::lambdarank_derivatives(scores, data.labels, data.weights, queries, options.ndcg_at, options.sigma,
                                     derivatives);
    detail::Tree tree = detail::grow_tree(binned, derivatives, draw_rows(rows, options.subsample, random), options);
    for (std::size_t row = 0; row < rows; ++row) scores[row] += tree.predict(data.features.row(row).data());
    ensemble.trees.push_back(std::move(tree));
  }
  return RankingModel(std::move(model));
}

}  // namespace eligo
