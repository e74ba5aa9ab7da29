// Writes a simulated outreach dataset (train and test CSV) and eligo's scores on the test
// rows, so that compare.py measures eligo's models and its peers on exactly the same rows.
//
// The simulation follows the determinants of non-take-up in FACTS.md: small amounts, no
// prior contact with the agency, digital exclusion, old age, isolation and recent arrival
// raise it, with interactions a linear model cannot see (digital exclusion matters most
// for those without prior contact; small amounts matter most for the old).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "eligo/rank.hpp"

namespace {

using namespace eligo;

class Draws {  // the same numbers on every standard library (see src/rank/seeded_random.hpp)
 public:
  explicit Draws(std::uint64_t seed) : engine_(seed) {}
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  double normal() {
    const double u = 1 - uniform(), v = uniform();
    return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

 private:
  std::mt19937_64 engine_;
};

Dataset simulate(std::size_t lists, std::size_t per_list, std::uint64_t seed) {
  Draws draw(seed);
  const std::vector<FeatureColumn> columns{{"montant_mensuel", false}, {"contact_anterieur", false},
                                           {"acces_numerique", false}, {"age", false},
                                           {"isolement", false},       {"mois_depuis_arrivee", false},
                                           {"bruit_1", false},         {"bruit_2", false}};
  Dataset data;
  data.features = FeatureMatrix(columns, lists * per_list);
  for (std::size_t row = 0; row < lists * per_list; ++row) {
    const double amount = std::exp(4.5 + 0.9 * draw.normal());  // euros per month
    const double prior_contact = draw.uniform() < 0.55 ? 1 : 0;
    const double age = 18 + 70 * draw.uniform();
    const double digital = draw.uniform() < (age > 75 ? 0.4 : 0.85) ? 1 : 0;
    const double isolation = draw.uniform() < 0.25 ? 1 : 0;
    const double months = draw.uniform() < 0.1 ? 36 * draw.uniform() : 240;
    const double values[] = {amount, prior_contact, digital, age, isolation, months, draw.normal(), draw.normal()};
    for (std::size_t col = 0; col < columns.size(); ++col) {
      // About 5% of amounts and ages unknown, as in agency files.
      const bool unknown = (col == 0 || col == 3) && draw.uniform() < 0.05;
      data.features.set(row, col, unknown ? FeatureMatrix::missing : values[col]);
    }
    double logit = -0.6;
    logit += amount < 100 ? (age > 65 ? 1.6 : 0.7) : -0.3;
    logit += prior_contact > 0 ? -0.9 : (digital > 0 ? 0.2 : 1.4);
    logit += isolation * 0.6 + (months < 24 ? 0.9 : 0.0);
    data.labels.push_back(draw.uniform() < 1 / (1 + std::exp(-logit)) ? 1.0 : 0.0);
    data.query_ids.push_back(static_cast<std::uint32_t>(row / per_list));
  }
  return data;
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path out = argc > 1 ? argv[1] : "ranking_benchmark_output";
  const std::size_t k = argc > 2 ? std::stoul(argv[2]) : 50;
  std::filesystem::create_directories(out);
  const Dataset train = simulate(60, 500, 1), test = simulate(60, 500, 2);
  write_dataset_csv(train, out / "train.csv");
  write_dataset_csv(test, out / "test.csv");

  TreeOptions trees;
  trees.trees = 200;
  trees.learning_rate = 0.05;
  trees.ndcg_at = k;
  trees.subsample = 0.8;
  trees.min_child_rows = 20;
  using clock = std::chrono::steady_clock;
  const auto seconds = [](clock::time_point start) { return std::chrono::duration<double>(clock::now() - start).count(); };
  auto start = clock::now();
  const RankingModel logistic = train_logistic_regression(train);
  const double logistic_seconds = seconds(start);
  start = clock::now();
  const RankingModel ranker = train_boosted_trees(train, trees);
  const double ranker_seconds = seconds(start);
  const auto logistic_scores = logistic.score(test.features), ranker_scores = ranker.score(test.features);

  std::ofstream scores(out / "eligo_scores.csv");
  scores.precision(17);
  scores << "eligo_logistic,eligo_lambdarank\n";
  for (std::size_t row = 0; row < test.rows(); ++row) scores << logistic_scores[row] << ',' << ranker_scores[row] << '\n';
  std::ofstream timings(out / "eligo_timings.json");
  timings << "{\"eligo_logistic\": " << logistic_seconds << ", \"eligo_lambdarank\": " << ranker_seconds
          << ", \"k\": " << k << "}\n";
  std::printf("wrote %s (train %zu rows, test %zu rows, k = %zu)\n", out.string().c_str(), train.rows(), test.rows(), k);
  return 0;
}
