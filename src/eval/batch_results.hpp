// Turns the registers of an evaluated batch into statuses, amounts and missing inputs.
#pragma once

#include "compile/compiled_program.hpp"
#include "eligo/results.hpp"
#include "eval/batch.hpp"

namespace eligo::detail {

// Whether any benefit of the batch is undetermined (then missing inputs are worth tracing).
bool has_undetermined(const CompiledProgram& program, const Scratch& scratch);

// The register whose missing inputs an undetermined result of group row `g` names: its
// conjunction of conditions when that is unknown, else its amount; -1 when it is decided.
int register_naming_missing(const BenefitPlan& benefit, const Scratch& scratch, std::size_t g);

// Writes the batch's rows into `results` (already sized for the whole population).
// Missing inputs go to `missing` as (benefit, group, names) when `with_missing` is set.
struct MissingEntry {
  std::size_t benefit;
  std::uint32_t group;
  std::vector<std::string> names;
};
void store_batch(const CompiledProgram& program, const Scratch& scratch, bool with_missing, Results& results,
                 std::vector<MissingEntry>& missing);

// Converts a step failure to an Error naming the formula and the group.
Error describe_failure(const CompiledProgram& program, const Population& population, const Scratch& scratch,
                       const StepFailure& failure);

}  // namespace eligo::detail
