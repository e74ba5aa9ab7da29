// Calibration, uplift and the metrics at the contact capacity.
#include <catch2/catch.hpp>
#include <cmath>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

// Scores three times too confident: the logit of the truth, times three.
void overconfident_scores(std::size_t rows, std::uint64_t seed, std::vector<double>& scores,
                          std::vector<double>& labels) {
  detail::SeededRandom random(seed);
  for (std::size_t i = 0; i < rows; ++i) {
    const double logit = normal(random);
    labels.push_back(random.uniform() < logistic(logit) ? 1.0 : 0.0);
    scores.push_back(3 * logit);
  }
}

}  // namespace

TEST_CASE("Platt scaling reduces the Brier score of a miscalibrated model", "[rank][calibration]") {
  std::vector<double> scores, labels, test_scores, test_labels;
  overconfident_scores(3000, 81, scores, labels);
  overconfident_scores(3000, 82, test_scores, test_labels);
  const double before = brier_score(Calibrator{}.probabilities(test_scores), test_labels);
  const Calibrator platt = Calibrator::fit(CalibrationMethod::platt, scores, labels);
  const double after = brier_score(platt.probabilities(test_scores), test_labels);
  INFO("Brier before " << before << ", after " << after << "; a = " << platt.platt_a);
  CHECK(after < before - 0.01);
  CHECK(platt.platt_a == Approx(1.0 / 3).margin(0.05));  // undoes the factor three
  CHECK(platt.platt_b == Approx(0).margin(0.1));
}

TEST_CASE("isotonic calibration needs at least 1000 samples", "[rank][calibration]") {
  std::vector<double> scores, labels;
  overconfident_scores(999, 83, scores, labels);
  CHECK_THROWS_WITH(Calibrator::fit(CalibrationMethod::isotonic, scores, labels),
                    Catch::Contains("isotonic calibration needs at least 1000 samples, got 999"));
  CHECK(Calibrator::fit(CalibrationMethod::automatic, scores, labels).method == CalibrationMethod::platt);
  overconfident_scores(1, 84, scores, labels);
  const Calibrator isotonic = Calibrator::fit(CalibrationMethod::automatic, scores, labels);
  REQUIRE(isotonic.method == CalibrationMethod::isotonic);
  // Pool-adjacent-violators leaves a non-decreasing step function.
  for (std::size_t i = 1; i < isotonic.isotonic_values.size(); ++i)
    CHECK(isotonic.isotonic_values[i] > isotonic.isotonic_values[i - 1]);
  CHECK(brier_score(isotonic.probabilities(scores), labels) < brier_score(Calibrator{}.probabilities(scores), labels));
}

TEST_CASE("metrics at k on a hand-computed list", "[rank][metrics]") {
  const std::vector<double> scores{0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
  const std::vector<double> labels{1, 0, 1, 0, 0, 1};
  const std::vector<double> probabilities{0.9, 0.5, 0.5, 0.5, 0.5, 0.1};
  const RankingMetrics m = evaluate_ranking(scores, labels, 3, probabilities);
  CHECK(m.k == 3);
  CHECK(m.precision_at_k == Approx(2.0 / 3));
  CHECK(m.recall_at_k == Approx(2.0 / 3));
  // DCG = 1 + 1 / log2(4); ideal = 1 + 1 / log2(3) + 1 / log2(4).
  CHECK(m.ndcg_at_k == Approx((1 + 0.5) / (1 + 1 / std::log2(3.0) + 0.5)));
  // Positive-negative pairs ordered right: 3 + 2 + 0 out of 9.
  CHECK(m.auc == Approx(5.0 / 9));
  CHECK(m.brier == Approx((0.01 + 0.25 + 0.25 + 0.25 + 0.25 + 0.81) / 6));
  CHECK(m.rights_opened_per_100_contacts == Approx(100 * 2 * 0.25 / 3));
  const std::vector<double> chance{0.5, 0.5, 0.2, 0.5, 0.5, 0.5};
  CHECK(evaluate_ranking(scores, labels, 3, {}, chance).rights_opened_per_100_contacts == Approx(100 * 0.7 / 3));
  CHECK(std::isnan(evaluate_ranking(scores, labels, 3).brier));
  CHECK(roc_auc(std::vector<double>{1, 1}, std::vector<double>{0, 1}) == Approx(0.5));  // a tie counts half
  // Two lists of three: the first ranked perfectly, the second upside down.
  const std::vector<std::uint32_t> lists{4, 4, 4, 9, 9, 9};
  const std::vector<double> relevance{1, 0, 0, 0, 0, 1};
  CHECK(mean_ndcg_at_k(std::vector<double>{3, 2, 1, 3, 2, 1}, relevance, lists, 2) == Approx(0.5));
}

TEST_CASE("uplift is learnt from the control group, apart from the risk", "[rank][uplift]") {
  // Contact helps only when x1 > 0; the chance of claiming without contact falls with x2.
  detail::SeededRandom random(91);
  Dataset campaign;
  campaign.features = FeatureMatrix(plain_columns(2), 6000);
  for (std::size_t row = 0; row < 6000; ++row) {
    const double x1 = normal(random), x2 = normal(random);
    campaign.features.set(row, 0, x1);
    campaign.features.set(row, 1, x2);
    const bool contacted = random.uniform() < 0.7;
    const double base = logistic(-1.5 - 0.8 * x2);
    const double chance = contacted ? base + (x1 > 0 ? 0.25 : 0.0) : base;
    campaign.contacted.push_back(contacted ? 1 : 0);
    campaign.labels.push_back(random.uniform() < chance ? 1.0 : 0.0);
  }
  const UpliftModel uplift = train_uplift(campaign);
  const FeatureMatrix probe(plain_columns(2), std::vector<double>{1.5, 0, -1.5, 0});
  const auto gain = uplift.expected_gain(probe);
  INFO("gain when x1 = 1.5: " << gain[0] << ", when x1 = -1.5: " << gain[1]);
  CHECK(gain[0] > 0.15);
  CHECK(std::abs(gain[1]) < 0.08);

  Dataset no_control = campaign;
  no_control.contacted.assign(6000, 1);
  CHECK_THROWS_WITH(train_uplift(no_control), Catch::Contains("0 in the control group"));
}

TEST_CASE("the contact list keeps both outputs and gives reasons", "[rank][contact_list]") {
  // The risk of not claiming rises with x2; contact helps only when x1 > 0.
  detail::SeededRandom random(151);
  Dataset campaign;
  campaign.features = FeatureMatrix(plain_columns(2), 4000);
  for (std::size_t row = 0; row < 4000; ++row) {
    const double x1 = normal(random), x2 = normal(random);
    campaign.features.set(row, 0, x1);
    campaign.features.set(row, 1, x2);
    const bool contacted = random.uniform() < 0.6;
    campaign.contacted.push_back(contacted ? 1 : 0);
    campaign.labels.push_back(random.uniform() < logistic(-1.5 + 0.2 * x2) + (contacted && x1 > 0 ? 0.3 : 0) ? 1.0 : 0.0);
  }
  Dataset risk = campaign;
  for (std::size_t row = 0; row < 4000; ++row) risk.labels[row] = random.uniform() < logistic(2 * risk.features.at(row, 1)) ? 1 : 0;
  SavedModel model;
  model.non_claimant = train_logistic_regression(risk);
  CHECK_THROWS_WITH(contact_list(model, risk.features, ContactOrder::expected_gain, 10),
                    Catch::Contains("no uplift part"));
  model.uplift = train_uplift(campaign);

  const auto by_risk = contact_list(model, risk.features, ContactOrder::non_claimant_probability, 20, 2);
  const auto by_gain = contact_list(model, risk.features, ContactOrder::expected_gain, 20, 2);
  REQUIRE(by_risk.size() == 20);
  for (std::size_t i = 1; i < 20; ++i) {
    CHECK(by_risk[i].non_claimant_probability <= by_risk[i - 1].non_claimant_probability);
    CHECK(by_gain[i].expected_gain <= by_gain[i - 1].expected_gain);
  }
  CHECK(by_risk[0].reasons.size() == 2);
  CHECK(by_risk[0].reasons[0].feature == "x2");  // the risk model rests on x2
  CHECK(by_risk[0].reasons[0].contribution > 0);
  for (const auto& candidate : by_gain) CHECK(risk.features.at(candidate.row, 0) > 0);  // helped by contact
}
