#include <catch2/catch.hpp>

#include "data/population_generator.hpp"
#include "eligo/eligo.hpp"

using namespace eligo;

namespace {

bool same_results(const Results& a, const Results& b) {
  if (a.group_ids != b.group_ids || a.benefits.size() != b.benefits.size()) return false;
  for (std::size_t i = 0; i < a.benefits.size(); ++i) {
    const BenefitResults& x = a.benefits[i];
    const BenefitResults& y = b.benefits[i];
    if (x.status != y.status || x.amount_cents != y.amount_cents || x.conditions != y.conditions ||
        x.missing != y.missing)
      return false;
  }
  return true;
}

}  // namespace

TEST_CASE("a million persons give the same results on one thread and on two", "[eval][threads]") {
  const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "example");
  const Program program = Program::compile(pack);
  const Population population = data::generate_population(pack, 470'000, 2026);
  REQUIRE(population.person_count() >= 1'000'000);

  EvaluationOptions one_thread;
  one_thread.threads = 1;
  EvaluationOptions two_threads;
  two_threads.threads = 2;
  two_threads.batch_groups = 777;  // batches cut elsewhere must not change anything either
  const Results first = program.evaluate(population, *Period::parse("2025-06"), one_thread);
  const Results second = program.evaluate(population, *Period::parse("2025-06"), two_threads);
  CHECK(same_results(first, second));

  // The population is varied enough for the comparison to mean something.
  for (const char* benefit : {"aide_energie", "aide_logement_simple", "allocation_enfants"}) {
    const BenefitResults& results = *first.find(benefit);
    const auto count = [&](Status status) { return std::count(results.status.begin(), results.status.end(), status); };
    INFO(benefit);
    CHECK(count(Status::eligible) > 1000);
    CHECK(count(Status::undetermined) > 1000);
    CHECK(results.missing.size() == static_cast<std::size_t>(count(Status::undetermined)));
  }
  const BenefitResults& housing = *first.find("aide_logement_simple");
  CHECK(std::count(housing.status.begin(), housing.status.end(), Status::not_eligible) > 1000);
}
