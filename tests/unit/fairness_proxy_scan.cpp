// The proxy scan finds a feature that rebuilds a protected attribute.
#include <catch2/catch.hpp>

#include "eligo/fairness.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

TEST_CASE("a feature that rebuilds a protected attribute is a strong proxy", "[fairness][proxy]") {
  detail::SeededRandom random(301);
  const std::size_t rows = 3000;
  FeatureMatrix features({{"revenu", false}, {"aah_en_emploi", false}, {"handicap", true}}, rows);
  std::vector<std::string> disability(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    const bool disabled = random.uniform() < 0.2;
    disability[row] = disabled ? "oui" : "non";
    features.set(row, 0, normal(random));                                             // unrelated
    features.set(row, 1, random.uniform() < (disabled ? 0.7 : 0.05) ? 1.0 : 0.0);     // a proxy
    if (random.uniform() < 0.1) features.set(row, 1, FeatureMatrix::missing);
    features.set(row, 2, disabled ? 1.0 : 0.0);
  }
  const ProxyScanReport report = scan_proxies(features, {GroupColumn::from_labels("handicap", disability)});
  INFO(report.to_text());
  REQUIRE(report.findings.size() == 3);  // two features and the joint scan; never the protected column
  const auto strong = report.strong();
  REQUIRE(strong.size() == 2);
  CHECK(strong[0].auc > 0.75);
  CHECK((strong[0].feature == "aah_en_emploi" || strong[1].feature == "aah_en_emploi"));
  const auto income = std::find_if(report.findings.begin(), report.findings.end(),
                                   [](const ProxyFinding& f) { return f.feature == "revenu"; });
  REQUIRE(income != report.findings.end());
  CHECK(income->level == ProxyLevel::weak);
  CHECK(income->auc < 0.56);
  CHECK_THAT(report.to_json(), Catch::Contains("\"level\": \"strong\""));
}

TEST_CASE("the proxy scan's AUC matches the metric's on a small case", "[fairness][proxy]") {
  // 40 rows: value = row; group "haut" = the top 20 rows: perfect separation.
  FeatureMatrix features({{"rang", false}}, 40);
  std::vector<std::string> labels;
  for (std::size_t row = 0; row < 40; ++row) {
    features.set(row, 0, static_cast<double>(row));
    labels.push_back(row < 20 ? "bas" : "haut");
  }
  ProxyScanOptions options;
  options.minimum_group_rows = 10;
  options.scan_all_features_together = false;
  const auto report = scan_proxies(features, {GroupColumn::from_labels("groupe", labels)}, options);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].auc == Approx(1.0));
  options.minimum_group_rows = 21;  // both groups too small: nothing scanned
  CHECK(scan_proxies(features, {GroupColumn::from_labels("groupe", labels)}, options).findings.empty());
}
