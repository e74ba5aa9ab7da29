// The two ranking models on simulated data with a known truth.
#include <catch2/catch.hpp>
#include <numeric>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank/model_data.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

double mean_ndcg(const Dataset& data, const std::vector<double>& scores, std::size_t k) {
  return mean_ndcg_at_k(scores, data.labels, data.query_ids, k);
}

}  // namespace

TEST_CASE("logistic regression recovers known coefficients", "[rank][logistic]") {
  const std::vector<double> truth{1.0, -2.0, 0.5};
  const Dataset data = linear_logistic_data(20000, -0.5, truth, 7);
  const RankingModel model = train_logistic_regression(data, {.l2 = 1e-3});
  const auto& fitted = model.data().logistic;
  REQUIRE(fitted.terms.size() == 3);  // no missing value: no indicator
  double intercept = fitted.intercept;
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& term = fitted.terms[i];
    const double raw = term.coefficient / term.scale;  // back to the scale of the data
    INFO("coefficient " << i << ": " << raw << " vs " << truth[i]);
    CHECK(raw == Approx(truth[i]).margin(0.08));
    intercept -= raw * term.mean;
  }
  CHECK(intercept == Approx(-0.5).margin(0.08));
}

TEST_CASE("logistic contributions sum to the logit and missing values get an indicator", "[rank][logistic]") {
  const Dataset data = messy_binary_data(2000, 4, 11);
  const RankingModel model = train_logistic_regression(data);
  CHECK(model.data().logistic.terms.size() == 8);  // each column has missing values
  const auto scores = model.score(data.features);
  for (std::size_t row = 0; row < 50; ++row) {
    const ScoreExplanation e = model.explain(data.features, row);
    CHECK(e.bias + std::accumulate(e.contributions.begin(), e.contributions.end(), 0.0) ==
          Approx(scores[row]).margin(1e-9));
  }
}

TEST_CASE("a protected feature is refused with its name", "[rank][protected]") {
  Dataset data = linear_logistic_data(100, 0, {1.0, 1.0}, 3);
  auto columns = data.features.columns();
  columns[1] = {"nationalite", true};
  data.features = FeatureMatrix(columns, std::vector<double>(data.features.values().begin(), data.features.values().end()));
  const std::string expected =
      "feature `nationalite` is protected: it may serve the law and the fairness audit, never the ranking model";
  CHECK_THROWS_WITH(train_logistic_regression(data), Catch::Contains(expected));
  CHECK_THROWS_WITH(train_boosted_trees(data), Catch::Contains(expected));
  data.contacted.assign(100, 0);
  for (std::size_t row = 0; row < 50; ++row) data.contacted[row] = 1;
  CHECK_THROWS_WITH(train_uplift(data), Catch::Contains(expected));
}

TEST_CASE("the tree ranker beats a random order and the linear model on an interaction", "[rank][trees]") {
  const Dataset train = interaction_ranking_data(40, 100, 21);
  const Dataset test = interaction_ranking_data(40, 100, 22);
  constexpr std::size_t k = 10;
  TreeOptions options;
  options.trees = 60;
  options.ndcg_at = k;
  options.subsample = 0.8;
  const auto trees = train_boosted_trees(train, options).score(test.features);
  const auto linear = train_logistic_regression(train).score(test.features);
  std::vector<double> arbitrary(test.rows());
  detail::SeededRandom random(5);
  for (auto& score : arbitrary) score = random.uniform();

  const double ndcg_trees = mean_ndcg(test, trees, k), ndcg_linear = mean_ndcg(test, linear, k),
               ndcg_random = mean_ndcg(test, arbitrary, k);
  INFO("NDCG@10: trees " << ndcg_trees << ", logistic " << ndcg_linear << ", random " << ndcg_random);
  CHECK(ndcg_trees > ndcg_random + 0.25);
  CHECK(ndcg_trees > ndcg_linear + 0.15);  // the linear model cannot see the sign of x1 * x2
}

TEST_CASE("on a linear problem the tree ranker stays close to the logistic model", "[rank][trees]") {
  Dataset train = linear_logistic_data(4000, -1, {1.5, -1.0, 0.5}, 31);
  Dataset test = linear_logistic_data(4000, -1, {1.5, -1.0, 0.5}, 32);
  for (std::size_t row = 0; row < 4000; ++row) {
    train.query_ids.push_back(static_cast<std::uint32_t>(row / 100));
    test.query_ids.push_back(static_cast<std::uint32_t>(row / 100));
  }
  TreeOptions options;
  options.trees = 60;
  options.ndcg_at = 10;
  const double trees = mean_ndcg(test, train_boosted_trees(train, options).score(test.features), 10);
  const double linear = mean_ndcg(test, train_logistic_regression(train).score(test.features), 10);
  INFO("NDCG@10: trees " << trees << ", logistic " << linear);
  CHECK(trees > linear - 0.05);
}

TEST_CASE("training is deterministic for a seed", "[rank][trees]") {
  const Dataset data = messy_binary_data(1500, 5, 41);
  TreeOptions options;
  options.objective = TreeObjective::binary_logistic;
  options.trees = 20;
  options.subsample = 0.7;
  const auto first = train_boosted_trees(data, options).score(data.features);
  const auto second = train_boosted_trees(data, options).score(data.features);
  CHECK(first == second);
  options.seed = 2;
  CHECK(train_boosted_trees(data, options).score(data.features) != first);
}

TEST_CASE("binary boosted trees learn a probability", "[rank][trees]") {
  const Dataset train = messy_binary_data(3000, 4, 51), test = messy_binary_data(3000, 4, 52);
  TreeOptions options;
  options.objective = TreeObjective::binary_logistic;
  options.trees = 50;
  const auto scores = train_boosted_trees(train, options).score(test.features);
  const auto metrics = evaluate_ranking(scores, test.labels, 300, Calibrator{}.probabilities(scores));
  INFO("AUC " << metrics.auc << ", Brier " << metrics.brier);
  CHECK(metrics.auc > 0.75);
  CHECK(metrics.brier < 0.2);
}

TEST_CASE("bad options and bad data are refused", "[rank][errors]") {
  Dataset data = linear_logistic_data(100, 0, {1.0}, 3);
  TreeOptions deep;
  deep.max_depth = 6;
  CHECK_THROWS_WITH(train_boosted_trees(data, deep), Catch::Contains("max_depth must be between 1 and 4"));
  data.labels.pop_back();
  CHECK_THROWS_WITH(train_logistic_regression(data), Catch::Contains("labels has 99 values for 100 rows"));
  CHECK_THROWS_WITH(FeatureMatrix(plain_columns(3), std::vector<double>(7)), Catch::Contains("not a multiple"));
  CHECK_THROWS_WITH(FeatureMatrix({{"a", false}, {"a", false}}, 1), Catch::Contains("`a` appears twice"));
  const RankingModel model = train_logistic_regression(linear_logistic_data(100, 0, {1.0}, 3));
  const FeatureMatrix other({{"y", false}}, 3);
  CHECK_THROWS_WITH(model.score(other), Catch::Contains("needs feature `x1`"));
}

TEST_CASE("a weight of two counts as a row written twice", "[rank][weights]") {
  const Dataset data = linear_logistic_data(600, 0.3, {1.0, -0.5}, 131);
  Dataset weighted = data, doubled = data;
  weighted.weights.assign(data.rows(), 1.0);
  std::vector<std::size_t> rows(data.rows());
  for (std::size_t row = 0; row < data.rows(); ++row) rows[row] = row;
  for (std::size_t row = 0; row < 200; ++row) {
    weighted.weights[row] = 2.0;
    rows.push_back(row);
  }
  doubled = data.select_rows(rows);
  const auto a = train_logistic_regression(weighted).score(data.features);
  const auto b = train_logistic_regression(doubled).score(data.features);
  for (std::size_t row = 0; row < data.rows(); row += 50) CHECK(a[row] == Approx(b[row]).margin(1e-9));
}

TEST_CASE("trees learn where missing values go", "[rank][trees][missing]") {
  // An unknown income is a sign of non-take-up here: the trees must send it the right way.
  detail::SeededRandom random(141);
  Dataset data;
  data.features = FeatureMatrix(plain_columns(2), 2000);
  for (std::size_t row = 0; row < 2000; ++row) {
    const bool unknown = random.uniform() < 0.3;
    const double income = normal(random);
    data.features.set(row, 0, unknown ? FeatureMatrix::missing : income);
    data.features.set(row, 1, normal(random));
    data.labels.push_back(random.uniform() < (unknown ? 0.8 : logistic(-1 + 0.5 * income)) ? 1.0 : 0.0);
  }
  TreeOptions options;
  options.objective = TreeObjective::binary_logistic;
  options.trees = 30;
  const RankingModel model = train_boosted_trees(data, options);
  const FeatureMatrix probe(plain_columns(2), std::vector<double>{FeatureMatrix::missing, 0, 0, 0});
  const auto p = Calibrator{}.probabilities(model.score(probe));
  INFO("P(non-claimant | income unknown) = " << p[0] << ", | income average = " << p[1]);
  CHECK(p[0] > 0.65);
  CHECK(p[1] < 0.4);
  const ScoreExplanation why = model.explain(probe, 0);
  CHECK(why.contributions[0] > 0.5);  // the unknown income raises the score
}
