#include <catch2/catch.hpp>

#include <cstdlib>

#include "data/population_generator.hpp"
#include "eligo/eligo.hpp"

using namespace eligo;

namespace {

// Households in the thread test: 470 000 (over a million persons) unless the
// ELIGO_THREAD_TEST_GROUPS environment variable says otherwise, as the ThreadSanitizer run
// does (scripts/test-threads.sh), where the full size would take many minutes.
std::size_t thread_test_groups() {
  constexpr std::size_t full_size = 470'000;
  const char* text = std::getenv("ELIGO_THREAD_TEST_GROUPS");
  if (text == nullptr || *text == '\0') return full_size;
  const unsigned long long groups = std::strtoull(text, nullptr, 10);
  return groups > 0 ? static_cast<std::size_t>(groups) : full_size;
}

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
  const std::size_t groups = thread_test_groups();
  const Population population = data::generate_population(pack, groups, 2026);
  REQUIRE(population.person_count() >= 2 * groups);  // 1 070 000 persons at full size

  EvaluationOptions one_thread;
  one_thread.threads = 1;
  EvaluationOptions two_threads;
  two_threads.threads = 2;
  two_threads.batch_groups = 777;  // batches cut elsewhere must not change anything either
  const Results first = program.evaluate(population, Period::parse("2025-06"), one_thread);
  const Results second = program.evaluate(population, Period::parse("2025-06"), two_threads);
  CHECK(same_results(first, second));

  // The population is varied enough for the comparison to mean something.
  for (const char* benefit : {"aide_energie", "aide_logement_simple", "allocation_enfants"}) {
    const BenefitResults& results = *first.find(benefit);
    const auto count = [&](Status status) { return std::count(results.status.begin(), results.status.end(), status); };
    INFO(benefit);
    CHECK(count(Status::eligible) > static_cast<std::ptrdiff_t>(groups / 470));
    CHECK(count(Status::undetermined) > static_cast<std::ptrdiff_t>(groups / 470));
    CHECK(results.missing.size() == static_cast<std::size_t>(count(Status::undetermined)));
  }
  const BenefitResults& housing = *first.find("aide_logement_simple");
  CHECK(std::count(housing.status.begin(), housing.status.end(), Status::not_eligible) >
        static_cast<std::ptrdiff_t>(groups / 470));
}
