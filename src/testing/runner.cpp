#include <algorithm>
#include <exception>
#include <set>

#include "eligo/testing.hpp"
#include "testing/case_population.hpp"

namespace eligo {

std::string TestFailure::to_string() const { return where.to_string() + ": " + message; }

namespace {

std::string format_set(const std::set<std::string>& names) {
  std::string text = "[";
  for (const std::string& name : names) {
    if (text.size() > 1) text += ", ";
    text += name;
  }
  return text + "]";
}

std::set<std::string> as_set(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

// The amount as the test files write it; an undetermined benefit has no amount.
std::string format_amount(Status status, std::int64_t cents) {
  return status == Status::undetermined ? std::string("unknown") : format_scaled(cents, 2);
}

// Compares one expectation with the results of group 0; one failure per differing field.
void compare(const TestCase& test, const Expectation& expected, const Results& results,
             std::vector<TestFailure>& failures) {
  const std::string prefix = "test \"" + test.name + "\": " + expected.benefit + " ";
  auto fail = [&](const std::string& field, const std::string& want, const std::string& got) {
    failures.push_back({expected.where, prefix + field + ": expected " + want + ", got " + got});
  };

  const auto found = std::find_if(results.benefits.begin(), results.benefits.end(),
                                  [&](const BenefitResults& b) { return b.benefit == expected.benefit; });
  if (found == results.benefits.end()) {
    failures.push_back({expected.where, "test \"" + test.name + "\": unknown benefit `" +
                                            expected.benefit + "`"});
    return;
  }
  const auto benefit = static_cast<std::size_t>(found - results.benefits.begin());
  const Status status = found->status[0];
  const std::int64_t cents = found->amount_cents[0];

  if (expected.status && *expected.status != to_string(status))
    fail("status", *expected.status, std::string(to_string(status)));
  if (expected.amount_cents &&
      (status == Status::undetermined || *expected.amount_cents != cents))
    fail("amount", format_scaled(*expected.amount_cents, 2), format_amount(status, cents));
  if (expected.failed) {
    const auto want = as_set(*expected.failed);
    const auto got = as_set(results.failed_conditions(benefit, 0));
    if (want != got) fail("failed conditions", format_set(want), format_set(got));
  }
  if (expected.missing) {
    const auto want = as_set(*expected.missing);
    const auto got = as_set(results.missing_inputs(benefit, 0));
    if (want != got) fail("missing inputs", format_set(want), format_set(got));
  }
}

}  // namespace

TestOutcome run_pack_test(const RulePack& pack, const Program& program, const TestCase& test) {
  TestOutcome outcome{test.name, test.where, {}};
  auto fail_case = [&](const std::string& problem) {
    outcome.failures.push_back({test.where, "test \"" + test.name + "\": " + problem});
  };

  const std::optional<Period> period = Period::try_parse(test.period);
  if (!period) {
    fail_case("period `" + test.period + "` is not of the form YYYY-MM");
    return outcome;
  }
  testing_detail::CasePopulation built = testing_detail::build_case_population(pack, test);
  if (!built.population) {
    fail_case(built.problem);
    return outcome;
  }
  try {
    const Results results = program.evaluate(*built.population, *period);
    for (const Expectation& expected : test.expectations)
      compare(test, expected, results, outcome.failures);
  } catch (const std::exception& error) {
    // An evaluation error (overflow, division by zero) fails this case, not the run.
    fail_case(std::string("evaluation failed: ") + error.what());
  }
  return outcome;
}

std::vector<TestOutcome> run_pack_tests(const RulePack& pack, const Program& program) {
  std::vector<TestOutcome> outcomes;
  outcomes.reserve(pack.tests.size());
  for (const TestCase& test : pack.tests) outcomes.push_back(run_pack_test(pack, program, test));
  return outcomes;
}

}  // namespace eligo
