// The audit's mitigation: group quotas turn a ranking that fails the four-fifths rule
// into one that passes, moving as few contacts as needed, and say what they moved.
#include <catch2/catch.hpp>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"
#include "rank_simulation.hpp"

using namespace eligo;
using namespace eligo::testing;

TEST_CASE("group quotas correct a ranking that under-selects one group", "[fairness][quotas]") {
  // Need is the same in both age bands; the score passes over the older one, as ordering
  // by a gain learnt from channels that suited them less would.
  detail::SeededRandom random(41);
  std::vector<double> scores, labels;
  std::vector<std::string> age;
  for (std::size_t row = 0; row < 6000; ++row) {
    const double signal = normal(random);
    labels.push_back(random.uniform() < logistic(1.2 * signal) ? 1.0 : 0.0);
    age.push_back(random.uniform() < 0.3 ? "65 ans et plus" : "moins de 65 ans");
    scores.push_back(signal - (age.back() == "65 ans et plus" ? 1.5 : 0.0));
  }
  const std::vector<GroupColumn> groups{GroupColumn::from_labels("tranche_age", age)};
  FairnessOptions audit;
  audit.k = 600;
  audit.bootstrap_samples = 50;
  const FairnessReport before = audit_fairness(scores, labels, {}, groups, audit);
  REQUIRE_FALSE(before.passed());
  CHECK_THAT(before.failures[0], Catch::Contains("`tranche_age` = `65 ans et plus`"));

  GroupQuotaOptions quotas;
  quotas.k = 600;
  const GroupQuotaResult fair = rerank_with_group_quotas(scores, {}, groups, quotas);
  CHECK(fair.satisfied);
  CHECK(fair.order.size() == scores.size());
  // 30 % of the rows are older: within 10 % of their share of the 600 contacts.
  std::size_t older = 0;
  for (std::size_t i = 0; i < 600; ++i) older += age[fair.order[i]] == "65 ans et plus";
  const double older_rows = static_cast<double>(std::count(age.begin(), age.end(), "65 ans et plus"));
  CHECK(older / (600 * older_rows / 6000.0) == Approx(1).margin(0.1));
  CHECK(fair.exchanges > 100);
  CHECK(fair.exchanges < 600);
  REQUIRE(fair.adjustments.size() == 2);
  CHECK_THAT(fair.adjustments[0] + fair.adjustments[1], Catch::Contains("tranche_age = 65 ans et plus: "));
  // Within each group, the best-ranked are still the ones contacted.
  for (std::size_t i = 1; i < 600; ++i)
    if (age[fair.order[i]] == age[fair.order[i - 1]]) CHECK(scores[fair.order[i]] <= scores[fair.order[i - 1]]);

  const FairnessReport after = audit_fairness(fair.rank_scores, labels, {}, groups, audit);
  INFO(after.to_text());
  CHECK(after.passed());
  CHECK(after.contacted == 600);
}

TEST_CASE("group quotas leave a fair ranking as it is and check their inputs", "[fairness][quotas]") {
  detail::SeededRandom random(42);
  std::vector<double> scores;
  std::vector<std::string> sexe;
  for (std::size_t row = 0; row < 2000; ++row) {
    scores.push_back(normal(random));
    sexe.push_back(row % 2 == 0 ? "F" : "H");
  }
  const std::vector<GroupColumn> groups{GroupColumn::from_labels("sexe", sexe)};
  GroupQuotaOptions quotas;
  quotas.k = 400;
  const GroupQuotaResult same = rerank_with_group_quotas(scores, {}, groups, quotas);
  CHECK(same.satisfied);
  CHECK(same.exchanges == 0);
  CHECK(same.adjustments.empty());
  CHECK(same.order == contact_order(scores));

  quotas.k = 0;
  CHECK_THROWS_WITH(rerank_with_group_quotas(scores, {}, groups, quotas), Catch::Contains("at least 1"));
  quotas.k = 10;
  const std::vector<double> short_need(3, 1.0);
  CHECK_THROWS_WITH(rerank_with_group_quotas(scores, short_need, groups, quotas), Catch::Contains("3 needs for 2000"));
}
