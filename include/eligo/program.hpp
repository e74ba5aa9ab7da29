// A rule pack checked and compiled into an immutable Program, evaluated over populations.
//
// As in cel-cpp, the stages are separate: check() reports every problem of a pack;
// Program::compile() builds a flat list of typed steps; evaluate() runs those steps over
// batches of groups and their members on several threads. A Program is immutable and
// may be shared by any number of threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/pack.hpp"
#include "eligo/population.hpp"
#include "eligo/results.hpp"

namespace eligo {

// Every problem of a pack's formulas: syntax, unknown names (with a suggestion), types,
// cycles. Empty when the pack is sound.
std::vector<Diagnostic> check(const RulePack& pack);

// A reform: a parameter given another value from a date, for one evaluation.
struct ParameterOverride {
  std::string parameter;
  Date start;
  std::int64_t value = 0;  // in the parameter's representation
};

struct EvaluationOptions {
  int threads = 1;                           // 0 means all hardware threads
  std::size_t batch_groups = 256;            // groups per batch: small enough to stay in cache (benchmarks/profile.md)
  std::vector<ParameterOverride> overrides;  // reforms
  bool missing_inputs = true;                // name the missing inputs of undetermined results
};

namespace detail {
struct CompiledProgram;
}

class Program {
 public:
  // Checks and compiles; throws Error listing every problem of the pack.
  static Program compile(const RulePack& pack);

  Results evaluate(const Population& population, const Period& period,
                   const EvaluationOptions& options = {}) const;

  // Every value that led to the results of one group, with parameters and references.
  Trace trace(const Population& population, std::size_t group, const Period& period,
              const EvaluationOptions& options = {}) const;

  // The pack the program owns; asked of a temporary program it would dangle, so it does
  // not compile (keep the Program, or copy the pack).
  const RulePack& pack() const& noexcept;
  const RulePack& pack() const&& = delete;

 private:
  explicit Program(std::shared_ptr<const detail::CompiledProgram> compiled);
  std::shared_ptr<const detail::CompiledProgram> compiled_;
};

}  // namespace eligo
