// The C++ half of the ranking benchmark, on the synthetic population's own campaigns.
//
// Two populations from `eligo synth` with the French pack: the past one (seed 1), whose
// outreach campaign trains the models, and a held-out one (seed 2), whose campaign
// measures them. Rows are the contacted households of each campaign (the control group
// was not contacted, so it says nothing of who answers a contact); features are the
// demo's (candidate_features: rule outcomes, inputs the schema allows, accessibility;
// protected attributes never among them); label 1 when the right was opened within three
// months. The training campaign is cut into lists of `list_size` rows in household order
// (one mailing batch each) for LambdaRank; the held-out campaign is one list, of which the
// first k are contacted: the real contact capacity.
//
// Writes train.csv and test.csv (write_dataset_csv), eligo's test scores, and its training
// and scoring times, so that compare.py measures every model on exactly the same rows.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "eligo/eligo.hpp"
#include "eligo/features.hpp"

namespace {

using namespace eligo;

constexpr Period period{2026, 5};
constexpr std::uint32_t list_size = 500;

Dataset contacted_rows_of_campaign(const Program& program, std::size_t households, std::uint64_t seed) {
  SynthOptions options;
  options.households = households;
  options.seed = seed;
  options.period = period;
  options.threads = 2;
  const SyntheticPopulation synthetic = synthesize(program, options);
  const Results results = program.evaluate(synthetic.population, period);
  const std::vector<Candidate> candidates = detect_candidates(program.pack(), results, synthetic.receipts);
  const CandidateFeatures features =
      candidate_features(program.pack(), synthetic.population, results, candidates,
                         outreach_profiles(program.pack(), synthetic, period), period);
  const Dataset campaign = campaign_dataset(synthetic.campaign, results, candidates, features.model);
  std::vector<std::size_t> contacted;
  for (std::size_t row = 0; row < campaign.rows(); ++row)
    if (campaign.contacted[row] != 0) contacted.push_back(row);
  Dataset data = campaign.select_rows(contacted);
  data.contacted.clear();
  for (std::size_t row = 0; row < data.rows(); ++row) data.query_ids.push_back(static_cast<std::uint32_t>(row / list_size));
  return data;
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path out = argc > 1 ? argv[1] : "ranking_benchmark_output";
  const std::size_t k = argc > 2 ? std::stoul(argv[2]) : 500;
  const std::size_t households = argc > 3 ? std::stoul(argv[3]) : 80'000;
  std::filesystem::create_directories(out);
  const Program program = Program::compile(load_pack(resolve_pack_path("fr")));
  const Dataset train = contacted_rows_of_campaign(program, households, 1);
  Dataset test = contacted_rows_of_campaign(program, households, 2);
  test.query_ids.assign(test.rows(), 0);  // one held-out list: the first k are contacted
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
  // Scoring speed: the held-out rows scored repeatedly, so that the time is measurable.
  const auto rows_per_second = [&](const RankingModel& model) {
    constexpr int repeats = 20;
    const auto begin = clock::now();
    for (int r = 0; r < repeats; ++r) (void)model.score(test.features);
    return repeats * static_cast<double>(test.rows()) / seconds(begin);
  };
  const auto logistic_scores = logistic.score(test.features), ranker_scores = ranker.score(test.features);

  std::ofstream scores(out / "eligo_scores.csv");
  scores.precision(17);
  scores << "eligo_logistic,eligo_lambdarank\n";
  for (std::size_t row = 0; row < test.rows(); ++row) scores << logistic_scores[row] << ',' << ranker_scores[row] << '\n';
  std::ofstream timings(out / "eligo_timings.json");
  timings << "{\"train_seconds\": {\"eligo_logistic\": " << logistic_seconds << ", \"eligo_lambdarank\": " << ranker_seconds
          << "}, \"rows_per_second\": {\"eligo_logistic\": " << rows_per_second(logistic)
          << ", \"eligo_lambdarank\": " << rows_per_second(ranker) << "}, \"k\": " << k
          << ", \"households\": " << households << "}\n";
  std::printf("wrote %s (train %zu rows, test %zu rows, k = %zu)\n", out.string().c_str(), train.rows(), test.rows(), k);
  return 0;
}
