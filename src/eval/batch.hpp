// Evaluation of a Plan over one batch: a range of groups and their members.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "compile/plan.hpp"
#include "eligo/population.hpp"
#include "eval/bound_parameters.hpp"

namespace eligo::detail {

// Raised by a step that cannot compute (overflow, division by zero).
struct StepFailure {
  std::size_t step = 0;
  std::size_t row = 0;  // within the batch, at the step's level
  std::string message;
};

// One thread's reusable working memory. Never shared between threads.
struct Scratch {
  std::size_t first_group = 0;
  std::size_t group_rows = 0;
  std::size_t first_person = 0;
  std::size_t person_rows = 0;
  std::vector<std::uint32_t> member_offsets;  // local: group g's members are [off[g], off[g+1])
  std::vector<std::uint32_t> person_group;    // local group of each local person
  // Per register, its rows in the two stores below: one allocation for every register
  // instead of two per register, kept from batch to batch.
  std::vector<std::int64_t*> values;  // per register
  std::vector<std::uint8_t*> valid;   // per register, 1 when known
  // Not cleared when allocated: every step writes all rows of its register before any read.
  std::unique_ptr<std::int64_t[]> value_store;
  std::unique_ptr<std::uint8_t[]> valid_store;
  std::size_t group_capacity = 0;   // rows each group register has room for
  std::size_t person_capacity = 0;  // rows each person register has room for
  // Per register: rows already holding the value of a step that is the same on every row and
  // every batch of an evaluation (constants, parameters, period start), so that it is filled
  // once per evaluation instead of once per batch. A Scratch serves one evaluation.
  std::vector<std::size_t> uniform_rows;
  // Per step: the column a load_input step reads (null when the data lacks it), looked up
  // by name once per evaluation rather than once per batch.
  std::vector<const Column*> step_columns;
  // Sharing between months (Plan::twins): each register's own rows, restored every batch;
  // per register, the first register computed this batch known to hold the same rows; and,
  // per step, whether the inputs or parameter values it reads are those of its twin.
  std::vector<std::int64_t*> own_values;
  std::vector<std::uint8_t*> own_valid;
  std::vector<std::uint32_t> aliased;  // registers pointing at their twin's rows this batch
  std::vector<std::uint32_t> representative;
  // Per register, the twin's register it equals but on differing_rows, or -1 (month_sharing.cpp).
  std::vector<int> differs_from;
  std::vector<std::vector<std::uint32_t>> differing_rows;
  std::vector<std::uint8_t> reads_as_twin;
  std::vector<std::uint8_t> shared;  // per step: skipped this batch, its register its twin's
  // Decided once per evaluation (evaluation_steps.cpp). Per step: whether it runs at all;
  // for a choice on a parameter, the register of the branch the period takes (else -1);
  // its twin among the steps that run (else -1); and the register whose rows it has when
  // it is not run in a batch (shared). Then the sharing that holds in every batch: per
  // register, the register computed in every batch that it equals (itself when none); per
  // step, whether it is such a step; the steps left to visit in each batch; and, per
  // register computed in every batch, the registers that point at its rows.
  std::vector<std::uint8_t> runs;
  std::vector<int> branch;
  std::vector<int> twins;
  std::vector<int> same_rows_as;
  std::vector<std::uint32_t> lasting_equal;
  std::vector<std::uint8_t> lasting_shared;
  std::vector<std::uint32_t> steps_to_visit;
  // Per step, its register: the loops over every step of a batch (the tracing of missing
  // inputs) read four bytes of each step rather than the whole Step.
  std::vector<int> step_out;
  std::vector<std::uint8_t> written;  // per register: its step may run, so it needs rows of its own
  std::vector<std::vector<std::uint32_t>> lasting_readers;
  // Per register: the same value on every row, being computed from constants, parameters
  // and the period start alone (`12 * param.af.age_limite`, the month's index): computed on
  // one row and copied to the others.
  std::vector<std::uint8_t> same_on_every_row;
  // The birth dates of the batch split into year, month and day for age_on, and the store
  // of the register they were split from (null: none yet this batch).
  const std::int64_t* split_source = nullptr;
  std::vector<std::int32_t> split_dates;
  std::size_t missing_words = 0;                  // 64 inputs per word
  std::vector<std::vector<std::uint64_t>> missing;  // per register: words of each row
  std::vector<std::uint32_t> missing_of;  // per register: whose words it has (its own, or a shared step's twin's)
  // Per register, the unknown rows whose missing inputs an undetermined result reads
  // (rows_to_trace.cpp): as a list, and as a flag per row laid out as the registers' own
  // rows. A register not marked this batch has none, whatever its list and flags hold.
  std::vector<std::vector<std::uint32_t>> wanted_rows;
  std::unique_ptr<std::uint8_t[]> wanted_store;
  const std::uint8_t* wanted_layout = nullptr;  // the valid_store wanted_store was laid out for
  std::vector<std::uint8_t*> wanted;
  std::vector<std::uint8_t> wanted_marked;
  std::vector<std::uint32_t> steps_to_trace;  // the steps whose register has wanted rows, latest first

  const std::vector<std::uint64_t>& missing_words_of(std::size_t reg) const { return missing[missing_of[reg]]; }

  std::size_t rows(Level level) const { return level == Level::person ? person_rows : group_rows; }
};

struct EvaluationContext {
  const Plan& plan;
  const Population& population;
  const BoundParameters& parameters;
  const std::vector<std::string>& input_names;  // inputs, then "param.<name>" of each parameter
  std::size_t input_count;                       // how many of input_names are inputs
  const MonthlyParameters* monthly = nullptr;    // every month steps read; null: month 0 only
  int period_index = 0;                          // Period::index() of the evaluated month
  // Only the benefits are read from the registers (Program::evaluate): the steps no benefit
  // reads, and the branches the period does not take, need not run. A trace reads them all.
  bool benefits_only = false;

  const BoundParameters& parameters_at(int month) const {
    return month == 0 || monthly == nullptr ? parameters : monthly->at(month);
  }
};

// Runs every step over groups [first, last). Throws StepFailure.
void run_batch(const EvaluationContext& context, std::size_t first, std::size_t last, Scratch& scratch);

// The steps of a prepared batch of a plan reading several months, each shared with its twin
// where it can be (month_sharing.cpp).
void run_months_sharing(const EvaluationContext& context, Scratch& scratch);

// Once per evaluation: the steps it runs, the branches on parameters it takes, and each
// step's twin among those it runs (Scratch::runs, branch, twins).
void choose_evaluation_steps(const EvaluationContext& context, Scratch& scratch);

// Once per evaluation, after Scratch::reads_as_twin: the steps that have the rows of
// another register in every batch, whatever the rows (Scratch::lasting_equal and what
// follows it), and the steps left to visit.
void find_lasting_sharing(const Plan& plan, Scratch& scratch);

// Steps whose value is filled once per evaluation (StepRunner::uniform).
inline bool fills_once_per_evaluation(Op op) {
  return op == Op::constant || op == Op::parameter || op == Op::period_start;
}

// Runs step `s` of a batch's loop: a step whose register is the same on every row
// (Scratch::same_on_every_row) on the batch's first row, then copied to the others unless
// they already hold that value; any other on every row.
void run_visited_step(const EvaluationContext& context, Scratch& scratch, std::size_t s);

// After the step writing `reg` ran or was shared: the registers equal to it in every batch
// point at the rows it has now.
inline void point_lasting_readers(Scratch& scratch, std::size_t reg) {
  for (const std::uint32_t reader : scratch.lasting_readers[reg]) {
    scratch.values[reader] = scratch.values[reg];
    scratch.valid[reader] = scratch.valid[reg];
  }
}

// The two halves of run_batch, for the micro-benchmarks of single steps: sizing the scratch
// for groups [first, last), then running one step of the plan.
void prepare_batch(const EvaluationContext& context, std::size_t first, std::size_t last, Scratch& scratch);
void run_step(const EvaluationContext& context, Scratch& scratch, std::size_t step);

// Operations whose row i reads only row i of their operands, at the same level, and nothing
// kept from one row or one step to the next: they may run on some rows alone.
inline bool reads_only_its_row(Op op) {
  switch (op) {
    case Op::load_input:
    case Op::load_role:
    case Op::constant:
    case Op::parameter:
    case Op::period_start:
    case Op::age_on:  // keeps the birth dates split for the batch
    case Op::broadcast:
    case Op::sum_members:
    case Op::count_members:
    case Op::min_members:
    case Op::max_members:
    case Op::any_members:
    case Op::all_members: return false;
    default: return true;
  }
}

// Step `step`, an age_on whose twin `twin` computed the age of the same people on the first day
// of another month: the rows of the batch whose age differs from the twin's, in order, and
// their ages.
void ages_differing_from_twin(const EvaluationContext& context, Scratch& scratch, std::size_t step, std::size_t twin,
                              std::vector<std::uint32_t>& rows, std::vector<std::int64_t>& ages);

// Step `step`, whose operation reads only its own row, on rows[0..k) of the batch alone:
// out[j] and ok[j] are row rows[j]'s. A failure names the batch's row.
void run_step_on_rows(const EvaluationContext& context, Scratch& scratch, std::size_t step, const std::uint32_t* rows,
                      std::size_t k, std::int64_t* out, std::uint8_t* ok);

// After run_batch, marks the unknown rows that the undetermined results of the batch depend
// on (Scratch::wanted), going back from each result through the operands the tracer reads.
void mark_rows_to_trace(const EvaluationContext& context, Scratch& scratch);

// After run_batch, records for each unknown row an undetermined result depends on which
// inputs made it unknown.
void trace_missing_inputs(const EvaluationContext& context, Scratch& scratch);

// Names of the inputs whose bits are set in `words`.
std::vector<std::string> missing_names(const std::uint64_t* words, std::size_t count,
                                       const std::vector<std::string>& input_names);

}  // namespace eligo::detail
