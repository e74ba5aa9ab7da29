// The two outputs on the French synthetic population: the probability of being a
// non-claimant learnt over every right at stake varies and is calibrated on another
// population; the expected gain from contact matches the gain measured on that
// population's randomised campaign.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>

#include "eligo/features.hpp"
#include "eligo/program.hpp"
#include "eligo/synth.hpp"

using namespace eligo;

namespace {

constexpr Period period{2026, 5};

struct Sample {
  Dataset rights, campaign;
};

Sample sample(const Program& program, std::uint64_t seed) {
  SynthOptions options;
  options.households = 15'000;
  options.seed = seed;
  options.period = period;
  const SyntheticPopulation synthetic = synthesize(program, options);
  const Results results = program.evaluate(synthetic.population, period);
  const auto profiles = outreach_profiles(program.pack(), synthetic, period);
  DetectionOptions every_right;
  every_right.include_undetermined = false;
  every_right.include_receiving = true;
  const auto rights = detect_candidates(program.pack(), results, synthetic.receipts, every_right);
  const auto rights_features =
      candidate_features(program.pack(), synthetic.population, results, rights, profiles, period);
  const auto candidates = detect_candidates(program.pack(), results, synthetic.receipts);
  const auto features =
      candidate_features(program.pack(), synthetic.population, results, candidates, profiles, period);
  return {non_claimant_dataset(rights, rights_features.model, inputs_recording_receipt(program.pack())),
          campaign_dataset(synthetic.campaign, results, candidates, features.model)};
}

}  // namespace

TEST_CASE("both outputs vary and are calibrated on a held-out population", "[rank][two_outputs]") {
  const Program program = Program::compile(load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "fr"));
  const Sample past = sample(program, 1), today = sample(program, 2);
  // Receipt is never a feature: the received family benefits are left out.
  CHECK_FALSE(past.rights.features.find("prestations_familiales_percues"));
  // Each right records its household, so that the calibration rows are whole households.
  REQUIRE(past.rights.households.size() == past.rights.rows());
  std::vector<std::uint32_t> households = past.rights.households;
  std::sort(households.begin(), households.end());
  households.erase(std::unique(households.begin(), households.end()), households.end());
  CHECK(households.size() > 5'000);  // of the 15,000: the rights of many households, most with several
  CHECK(households.size() < past.rights.rows());
  CHECK(households.back() < 15'000);
  CHECK(std::count(past.rights.labels.begin(), past.rights.labels.end(), 0.0) > 1000);  // claimants too

  TreeOptions trees;
  trees.trees = 60;
  const SavedModel model = train_two_outputs(past.rights, past.campaign, trees);
  CHECK(model.calibration.method == CalibrationMethod::isotonic);

  const std::vector<double> probability = model.non_claimant_probability(today.rights.features);
  const double rows = static_cast<double>(probability.size());
  const double mean = std::accumulate(probability.begin(), probability.end(), 0.0) / rows;
  const double observed = std::accumulate(today.rights.labels.begin(), today.rights.labels.end(), 0.0) / rows;
  CHECK(mean == Approx(observed).margin(0.02));
  double variance = 0;
  for (const double p : probability) variance += (p - mean) * (p - mean);
  CHECK(std::sqrt(variance / rows) > 0.15);  // not one value for everyone
  CHECK(roc_auc(probability, today.rights.labels) > 0.75);
  // Per fifth of predicted probability, the observed share of non-claimants is close.
  const std::vector<std::size_t> order = contact_order(probability);
  for (std::size_t fifth = 0; fifth < 5; ++fifth) {
    double predicted = 0, actual = 0;
    const std::size_t begin = fifth * order.size() / 5, end = (fifth + 1) * order.size() / 5;
    for (std::size_t i = begin; i < end; ++i) {
      predicted += probability[order[i]];
      actual += today.rights.labels[order[i]];
    }
    INFO("fifth " << fifth);
    CHECK(predicted / static_cast<double>(end - begin) ==
          Approx(actual / static_cast<double>(end - begin)).margin(0.05));
  }

  // The gain: predicted against measured (contacted minus control claim rates) on today's
  // campaign, overall and for the half the model expects to gain most.
  const std::vector<double> gain = model.uplift.expected_gain(today.campaign.features);
  const std::vector<std::size_t> by_gain = contact_order(gain);
  // The measured gain is a difference of two claim rates, one over the small control group:
  // its standard error says how far the prediction may honestly be from it.
  const auto measured = [&](std::size_t begin, std::size_t end, double& predicted, double& standard_error) {
    double claimed[2] = {0, 0}, count[2] = {0, 0};
    predicted = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const std::size_t row = by_gain[i];
      claimed[today.campaign.contacted[row]] += today.campaign.labels[row];
      count[today.campaign.contacted[row]] += 1;
      predicted += gain[row];
    }
    predicted /= static_cast<double>(end - begin);
    const double control_rate = claimed[0] / count[0], contacted_rate = claimed[1] / count[1];
    standard_error = std::sqrt(control_rate * (1 - control_rate) / count[0] +
                               contacted_rate * (1 - contacted_rate) / count[1]);
    return contacted_rate - control_rate;
  };
  double all = 0, top = 0, bottom = 0, error_all = 0, error_top = 0, error_bottom = 0;
  const double measured_all = measured(0, by_gain.size(), all, error_all);
  const double measured_top = measured(0, by_gain.size() / 2, top, error_top);
  const double measured_bottom = measured(by_gain.size() / 2, by_gain.size(), bottom, error_bottom);
  INFO("predicted gain " << all << ", measured " << measured_all << " (standard error " << error_all << ")");
  CHECK(error_all < 0.015);  // the campaign is large enough for the check to mean something
  CHECK(all == Approx(measured_all).margin(3 * error_all));
  CHECK(top > bottom + 0.05);
  CHECK(measured_top > measured_bottom);
}

TEST_CASE("the rows held out for calibration are whole households", "[rank][two_outputs]") {
  // 40 rows in 4 households (indices 0 to 3): no household has an index that calibrates
  // (every fifth, 4, 9, ...), so none can be held out, whatever the number of rows.
  Dataset rights;
  rights.features = FeatureMatrix({{"x", false}}, 40);
  for (std::size_t row = 0; row < 40; ++row) {
    rights.features.set(row, 0, static_cast<double>(row % 7));
    rights.labels.push_back(row % 3 == 0 ? 1.0 : 0.0);
    rights.households.push_back(static_cast<std::uint32_t>(row / 10));
  }
  Dataset campaign;
  CHECK_THROWS_WITH(train_two_outputs(rights, campaign),
                    Catch::Contains("the rights of at least 5 households are needed to hold some out for calibration"));
  // A household index that does not match the rows is refused with the others' lengths.
  Dataset short_households = rights;
  short_households.households.pop_back();
  CHECK_THROWS_WITH(short_households.validate(), Catch::Contains("households has 39 values for 40 rows"));
  // Selecting rows keeps each row's household.
  const std::vector<std::size_t> picked{0, 15, 39};
  CHECK(rights.select_rows(picked).households == std::vector<std::uint32_t>{0, 1, 3});
}
