// Runs the test cases written in a rule pack (its tests/*.yaml) against a compiled Program.
//
// Each case becomes a one-group population built from its values; each expectation is
// compared with the result, and every mismatch gives one readable failure pointing at the
// line of the test file, e.g.
//   rules/example/tests/x.yaml:12:3: test "name": aide_energie amount: expected 194.00, got 146.00
#pragma once

#include <string>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"
#include "eligo/program.hpp"

namespace eligo {

struct TestFailure {
  SourceLocation where;  // the expectation, or the test case when the case itself is wrong
  std::string message;   // `test "name": benefit field: expected X, got Y`

  std::string to_string() const;  // "file:line:column: message"
};

struct TestOutcome {
  std::string name;
  SourceLocation where;
  std::vector<TestFailure> failures;  // empty when the case passed

  bool passed() const noexcept { return failures.empty(); }
};

// One outcome per test case of `pack`, in the pack's order. Never throws for a problem of
// a case (unknown input, bad value, evaluation error): that case fails with a message.
std::vector<TestOutcome> run_pack_tests(const RulePack& pack, const Program& program);

// Same, for one case.
TestOutcome run_pack_test(const RulePack& pack, const Program& program, const TestCase& test);

}  // namespace eligo
