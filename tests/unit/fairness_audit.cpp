// The fairness audit flags a deliberately biased ranking and passes an unbiased one.
#include <catch2/catch.hpp>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

namespace {

struct SimulatedPopulation {
  std::vector<double> need_signal, labels, probabilities;
  std::vector<std::string> sexe, nationalite, territoire;
};

// Need depends on one signal only, the same in every group.
SimulatedPopulation simulated_population(std::size_t rows, std::uint64_t seed) {
  detail::SeededRandom random(seed);
  SimulatedPopulation p;
  for (std::size_t row = 0; row < rows; ++row) {
    const double signal = normal(random);
    p.need_signal.push_back(signal);
    p.probabilities.push_back(logistic(1.5 * signal - 0.8));
    p.labels.push_back(random.uniform() < p.probabilities.back() ? 1.0 : 0.0);
    p.sexe.push_back(random.uniform() < 0.5 ? "F" : "H");
    p.nationalite.push_back(random.uniform() < 0.85 ? "francaise" : "autre");
    // Territory D is tiny: it must be warned about, never judged.
    p.territoire.push_back(row < 15 ? "D" : row % 3 == 0 ? "A" : row % 3 == 1 ? "B" : "C");
  }
  return p;
}

std::vector<GroupColumn> audited(const SimulatedPopulation& p) {
  return {GroupColumn::from_labels("sexe", p.sexe), GroupColumn::from_labels("nationalite", p.nationalite),
          GroupColumn::from_labels("territoire", p.territoire)};
}

FairnessOptions options_at(std::size_t k) {
  FairnessOptions options;
  options.k = k;
  options.bootstrap_samples = 100;
  options.seed = 3;
  return options;
}

}  // namespace

TEST_CASE("an unbiased ranking passes the audit", "[fairness][audit]") {
  const SimulatedPopulation p = simulated_population(4000, 201);
  const FairnessReport report = audit_fairness(p.need_signal, p.labels, p.probabilities, audited(p), options_at(800));
  INFO(report.to_text());
  CHECK(report.passed());
  CHECK(report.contacted == 800);
  REQUIRE(report.attributes.size() == 3);
  const auto& sexe = report.attributes[0].groups;
  REQUIRE(sexe.size() == 2);
  for (const auto& group : sexe) {
    CHECK(group.recall_ratio_to_best > 0.8);
    CHECK(group.recall_interval.low < group.recall_at_k);
    CHECK(group.recall_interval.high > group.recall_at_k);
    CHECK(std::abs(group.calibration_gap) < 0.05);
    CHECK(group.selection_vs_need == Approx(1).margin(0.2));
  }
  const auto& territories = report.attributes[2].groups;
  const auto tiny = std::find_if(territories.begin(), territories.end(), [](const auto& g) { return g.group == "D"; });
  REQUIRE(tiny != territories.end());
  CHECK(tiny->small);
  CHECK_THAT(report.warnings.front(), Catch::Contains("`territoire` = `D` is small (15 rows"));
}

TEST_CASE("a ranking that penalises one group fails the audit", "[fairness][audit]") {
  const SimulatedPopulation p = simulated_population(4000, 202);
  std::vector<double> biased = p.need_signal;
  for (std::size_t row = 0; row < biased.size(); ++row)
    if (p.sexe[row] == "F") biased[row] -= 1.5;
  const FairnessReport report = audit_fairness(biased, p.labels, p.probabilities, audited(p), options_at(800));
  INFO(report.to_text());
  CHECK_FALSE(report.passed());
  REQUIRE(report.failures.size() == 1);
  CHECK_THAT(report.failures[0], Catch::Contains("recall@800 of `sexe` = `F`") &&
                                     Catch::Contains("times that of `H`") && Catch::Contains("at least 0.80"));
  const auto& women = report.attributes[0].groups[0].group == "F" ? report.attributes[0].groups[0]
                                                                  : report.attributes[0].groups[1];
  CHECK(women.recall_ratio_to_best < 0.5);
  CHECK(women.selection_vs_need < 0.6);
  CHECK(women.recall_interval.high < 0.8 * report.recall_at_k * 2);
  CHECK_THAT(report.summary(), Catch::Contains("FAILED"));
}

TEST_CASE("probabilities that mislead about one group fail the audit", "[fairness][audit]") {
  const SimulatedPopulation p = simulated_population(4000, 203);
  std::vector<double> shifted = p.probabilities;
  for (std::size_t row = 0; row < shifted.size(); ++row)
    if (p.nationalite[row] == "autre") shifted[row] = std::min(1.0, shifted[row] + 0.2);
  const FairnessReport report = audit_fairness(p.need_signal, p.labels, shifted, audited(p), options_at(800));
  REQUIRE(report.failures.size() == 1);
  CHECK_THAT(report.failures[0], Catch::Contains("calibration of `nationalite` = `autre`"));
}

TEST_CASE("the audit is reproducible and reads in text, HTML and JSON", "[fairness][report]") {
  const SimulatedPopulation p = simulated_population(1000, 204);
  const auto first = audit_fairness(p.need_signal, p.labels, p.probabilities, audited(p), options_at(200));
  const auto second = audit_fairness(p.need_signal, p.labels, p.probabilities, audited(p), options_at(200));
  CHECK(first.to_json() == second.to_json());

  const std::string html = first.to_html();
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK_THAT(html, Catch::Contains("<h1>Fairness audit</h1>") && Catch::Contains("<h2>sexe</h2>") &&
                       Catch::Contains("<caption>Outcomes of the contact list by sexe</caption>") &&
                       Catch::Contains("<th scope=\"col\">Recall@k</th>") &&
                       Catch::Contains("<th scope=\"row\">D (small group, not judged)</th>"));
  const std::string json = first.to_json();
  CHECK_THAT(json, Catch::Contains("\"passed\": true") && Catch::Contains("\"attribute\": \"territoire\"") &&
                       Catch::Contains("\"recall_interval\": ["));
  CHECK_THAT(first.to_text(), Catch::Contains("Verdict: PASSED") && Catch::Contains("recall@k"));
}

TEST_CASE("audit inputs are checked", "[fairness][errors]") {
  const SimulatedPopulation p = simulated_population(100, 205);
  CHECK_THROWS_WITH(audit_fairness(p.need_signal, p.labels, p.probabilities, audited(p), options_at(0)),
                    Catch::Contains("k must be at least 1"));
  auto attributes = audited(p);
  attributes[0].codes.pop_back();
  CHECK_THROWS_WITH(audit_fairness(p.need_signal, p.labels, p.probabilities, attributes, options_at(10)),
                    Catch::Contains("attribute `sexe` has 99 values for 100 rows"));
}
