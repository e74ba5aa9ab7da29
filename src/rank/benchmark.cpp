// An entry point for benchmarks: both models trained and measured on the same split.
#include <chrono>

#include "eligo/rank.hpp"

namespace eligo {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Relevance for the metrics: a label above one half counts as a true non-claimant.
std::vector<double> binary_labels(const std::vector<double>& labels) {
  std::vector<double> binary(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) binary[i] = labels[i] > 0.5 ? 1.0 : 0.0;
  return binary;
}

}  // namespace

std::vector<BenchmarkEntry> run_ranking_benchmark(const Dataset& train, const Dataset& test, std::size_t k,
                                                  const LogisticOptions& logistic, const TreeOptions& trees) {
  test.validate();
  const std::vector<double> truth = binary_labels(test.labels);
  std::vector<BenchmarkEntry> entries;
  const auto measure = [&](const char* name, auto&& train_model) {
    auto start = std::chrono::steady_clock::now();
    const RankingModel model = train_model();
    BenchmarkEntry entry{name, {}, seconds_since(start), 0};
    start = std::chrono::steady_clock::now();
    const std::vector<double> scores = model.score(test.features);
    entry.score_seconds = seconds_since(start);
    // Probabilities for the Brier score: logits read directly, ranking scores through Platt
    // fitted on the training rows (never on the test rows).
    Calibrator calibrator;
    if (model.kind() == ModelKind::boosted_trees && trees.objective == TreeObjective::lambdarank)
      calibrator = Calibrator::fit(CalibrationMethod::platt, model.score(train.features), binary_labels(train.labels),
                                   train.weights);
    entry.metrics = evaluate_ranking(scores, truth, k, calibrator.probabilities(scores));
    entries.push_back(entry);
  };
  measure("logistic_regression", [&] { return train_logistic_regression(train, logistic); });
  measure("boosted_trees", [&] { return train_boosted_trees(train, trees); });
  return entries;
}

}  // namespace eligo
