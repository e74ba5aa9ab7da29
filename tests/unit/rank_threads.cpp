// A trained model is immutable and shared by its copies: several threads scoring and
// explaining with it at once get exactly what one thread gets. Run under ThreadSanitizer
// by scripts/test-threads.sh, with the other [threads] tests.
#include <catch2/catch.hpp>
#include <cstddef>
#include <thread>
#include <vector>

#include "eligo/rank.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

struct ModelOutputs {
  std::vector<double> scores;
  std::vector<ScoreExplanation> explanations;  // of the first rows
};

ModelOutputs outputs_of(const RankingModel& model, const FeatureMatrix& features, std::size_t explained) {
  ModelOutputs outputs{model.score(features), {}};
  for (std::size_t row = 0; row < explained; ++row) outputs.explanations.push_back(model.explain(features, row));
  return outputs;
}

bool same_outputs(const ModelOutputs& a, const ModelOutputs& b) {
  if (a.scores != b.scores || a.explanations.size() != b.explanations.size()) return false;
  for (std::size_t i = 0; i < a.explanations.size(); ++i) {
    if (a.explanations[i].bias != b.explanations[i].bias ||
        a.explanations[i].contributions != b.explanations[i].contributions)
      return false;
  }
  return true;
}

// Four threads, each with its own copy of the model (copies share the trained data).
void check_shared_between_threads(const RankingModel& model, const FeatureMatrix& features) {
  constexpr std::size_t explained = 64;
  const ModelOutputs alone = outputs_of(model, features, explained);
  REQUIRE(alone.scores.size() == features.rows());
  std::vector<ModelOutputs> concurrent(4);
  {
    std::vector<std::jthread> threads;
    for (auto& outputs : concurrent)
      threads.emplace_back([&outputs, copy = model, &features] { outputs = outputs_of(copy, features, explained); });
  }
  for (const auto& outputs : concurrent) CHECK(same_outputs(outputs, alone));
}

}  // namespace

TEST_CASE("a ranking model scores and explains the same on four threads at once", "[rank][threads]") {
  const Dataset train = messy_binary_data(2000, 4, 61), test = messy_binary_data(1000, 4, 62);
  SECTION("logistic regression") {
    check_shared_between_threads(train_logistic_regression(train), test.features);
  }
  SECTION("boosted trees, whose explanations are TreeSHAP") {
    TreeOptions options;
    options.objective = TreeObjective::binary_logistic;
    options.trees = 30;
    check_shared_between_threads(train_boosted_trees(train, options), test.features);
  }
}
