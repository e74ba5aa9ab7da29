// A batch of a plan that reads several months, sharing what the months have in common.
//
// A step computing for one month what its twin (plan.hpp) computed for the next is skipped
// when its operands hold the same rows as the twin's and it reads the same inputs and
// parameter values: its register shares the twin's. When its operands differ from the
// twin's on a few rows only (an age on the first of the month differs for the people whose
// birthday fell in between), it computes those rows alone and takes the twin's for the
// others. Otherwise it runs on every row. In each case its rows are compared with the
// twin's, so that the steps after it may be shared again.
//
// Only the steps the evaluation runs and that are not their twin in every batch are
// visited (evaluation_steps.cpp); a register equal to another in every batch points at
// that one's rows as soon as it has them.
#include <algorithm>
#include <cstring>
#include <iterator>

#include "eval/batch.hpp"

namespace eligo::detail {

namespace {

class MonthSharing {
 public:
  MonthSharing(const EvaluationContext& context, Scratch& scratch)
      : context_(context), plan_(context.plan), scratch_(scratch), representative_(scratch.representative) {}

  void run() {
    for (const std::uint32_t r : scratch_.aliased) {
      scratch_.values[r] = scratch_.own_values[r];
      scratch_.valid[r] = scratch_.own_valid[r];
    }
    scratch_.aliased.clear();
    const std::size_t registers = plan_.registers.size();
    representative_.resize(registers);
    for (std::size_t r = 0; r < registers; ++r) representative_[r] = static_cast<std::uint32_t>(r);
    scratch_.differs_from.assign(registers, -1);
    scratch_.differing_rows.resize(registers);
    scratch_.shared = scratch_.lasting_shared;
    for (const std::uint32_t s : scratch_.steps_to_visit) {
      const int twin = scratch_.twins[s];
      if (twin < 0) {
        run_visited_step(context_, scratch_, s);
      } else {
        step_with_twin(s, static_cast<std::size_t>(twin));
      }
      point_lasting_readers(scratch_, static_cast<std::size_t>(plan_.steps[s].out));
    }
  }

 private:
  // Where operand `mine` may differ from the twin's operand `theirs`: nowhere (0), on the
  // rows of differing_rows[mine] (1), or anywhere (2).
  int difference(int mine, int theirs) const {
    if (mine < 0) return 0;
    const std::uint32_t computed = scratch_.lasting_equal[static_cast<std::size_t>(mine)];
    if (representative_[computed] == representative_of(theirs)) return 0;
    const int base = scratch_.differs_from[computed];
    if (base >= 0 && representative_of(base) == representative_of(theirs)) return 1;
    return 2;
  }

  // The first register computed this batch known to hold the same rows as `reg`.
  std::uint32_t representative_of(int reg) const {
    return representative_[scratch_.lasting_equal[static_cast<std::size_t>(reg)]];
  }

  // Step s is not run: its register points at its twin's rows for this batch.
  void share_twin(std::size_t s, std::size_t out, std::size_t twin_out) {
    scratch_.values[out] = scratch_.values[twin_out];
    scratch_.valid[out] = scratch_.valid[twin_out];
    scratch_.aliased.push_back(static_cast<std::uint32_t>(out));
    representative_[out] = representative_of(static_cast<int>(twin_out));
    scratch_.shared[s] = 1;
  }

  void step_with_twin(std::size_t s, std::size_t t) {
    const Step& step = plan_.steps[s];
    const Step& twin = plan_.steps[t];
    const auto out = static_cast<std::size_t>(step.out);
    const auto twin_out = static_cast<std::size_t>(twin.out);
    const int da = difference(step.a, twin.a);
    const int db = difference(step.b, twin.b);
    const int dc = difference(step.c, twin.c);
    if (scratch_.reads_as_twin[s] && da == 0 && db == 0 && dc == 0) return share_twin(s, out, twin_out);
    const std::size_t n = scratch_.rows(step.level);
    if (scratch_.same_on_every_row[out]) {  // its first row says whether it is the twin's
      run_visited_step(context_, scratch_, s);
      if (n > 0 && scratch_.values[out][0] == scratch_.values[twin_out][0] &&
          scratch_.valid[out][0] == scratch_.valid[twin_out][0])
        representative_[out] = representative_of(static_cast<int>(twin_out));
      return;
    }
    if (step.op == Op::age_on && da == 0) return age_beside_twin(s, t, out, twin_out, n);
    if (scratch_.reads_as_twin[s] && da < 2 && db < 2 && dc < 2 && reads_only_its_row(step.op)) {
      const std::vector<std::uint32_t>& rows = rows_differing(step, da, db, dc);
      if (rows.size() * 4 <= n) {
        run_on_rows(s, step, twin_out, n, rows);
        return;
      }
    }
    run_visited_step(context_, scratch_, s);
    compare_with_twin(out, twin_out, n);
  }

  // The age of the same people as the twin's on the first day of another month: the twin's
  // rows, but those of the people whose birthday fell in between.
  void age_beside_twin(std::size_t s, std::size_t t, std::size_t out, std::size_t twin_out, std::size_t n) {
    std::vector<std::uint32_t>& differing = scratch_.differing_rows[out];
    ages_differing_from_twin(context_, scratch_, s, t, differing, computed_values_);
    if (differing.empty()) return share_twin(s, out, twin_out);
    std::copy_n(scratch_.values[twin_out], n, scratch_.values[out]);
    std::copy_n(scratch_.valid[twin_out], n, scratch_.valid[out]);
    for (std::size_t j = 0; j < differing.size(); ++j) scratch_.values[out][differing[j]] = computed_values_[j];
    scratch_.differs_from[out] = static_cast<int>(twin_out);
  }

  // The rows where an operand differs from the twin's, in order: each list is in order, and
  // most often only one operand differs, whose list serves as it is.
  const std::vector<std::uint32_t>& rows_differing(const Step& step, int da, int db, int dc) {
    const std::vector<std::uint32_t>* found = nullptr;
    const int operands[3] = {step.a, step.b, step.c};
    const int differences[3] = {da, db, dc};
    for (std::size_t o = 0; o < 3; ++o) {
      if (differences[o] != 1) continue;
      const std::uint32_t computed = scratch_.lasting_equal[static_cast<std::size_t>(operands[o])];
      const std::vector<std::uint32_t>& rows = scratch_.differing_rows[computed];
      if (found == nullptr || found == &rows) {
        found = &rows;
        continue;
      }
      merged_.clear();
      std::set_union(found->begin(), found->end(), rows.begin(), rows.end(), std::back_inserter(merged_));
      rows_.swap(merged_);
      found = &rows_;
    }
    return *found;
  }

  // Runs the step on `rows` alone, then takes the twin's rows and puts the computed ones in
  // their place.
  void run_on_rows(std::size_t s, const Step& step, std::size_t twin_out, std::size_t n,
                   const std::vector<std::uint32_t>& rows) {
    const std::size_t k = rows.size();
    const auto out = static_cast<std::size_t>(step.out);
    computed_values_.resize(k);
    computed_valid_.resize(k);
    const std::int64_t* computed_values = computed_values_.data();
    const std::uint8_t* computed_valid = computed_valid_.data();
    run_step_on_rows(context_, scratch_, s, rows.data(), k, computed_values_.data(), computed_valid_.data());
    // The same rows as the twin's, all known: shared like a step that did not run. (An unknown
    // row keeps rows of its own, for the missing inputs it names may be another month's.)
    const std::int64_t* twin_values = scratch_.values[twin_out];
    const std::uint8_t* twin_valid = scratch_.valid[twin_out];
    bool same_known = true;
    for (std::size_t j = 0; j < k && same_known; ++j)
      same_known = computed_valid[j] && computed_values[j] == twin_values[rows[j]] && twin_valid[rows[j]];
    if (same_known) return share_twin(s, out, twin_out);
    std::int64_t* own_values = scratch_.values[out];
    std::uint8_t* own_valid = scratch_.valid[out];
    std::copy_n(twin_values, n, own_values);
    std::copy_n(twin_valid, n, own_valid);
    std::vector<std::uint32_t>& differing = scratch_.differing_rows[out];
    differing.clear();
    for (std::size_t j = 0; j < k; ++j) {
      const std::uint32_t row = rows[j];
      if (computed_values[j] != own_values[row] || computed_valid[j] != own_valid[row]) differing.push_back(row);
      own_values[row] = computed_values[j];
      own_valid[row] = computed_valid[j];
    }
    if (differing.empty()) {
      representative_[out] = representative_of(static_cast<int>(twin_out));
    } else {
      scratch_.differs_from[out] = static_cast<int>(twin_out);
    }
  }

  // After a step ran on every row: the same rows as the twin's, or a few rows that differ.
  // The rows are compared a block at a time by memcmp, which the C library runs with the
  // widest vectors the processor has (the build targets the baseline x86-64, without a
  // comparison of 64-bit integers in vectors); only a block with a difference is looked at
  // row by row, and a step differing almost everywhere stops after the first blocks.
  void compare_with_twin(std::size_t out, std::size_t twin_out, std::size_t n) {
    const std::int64_t* values = scratch_.values[out];
    const std::uint8_t* valid = scratch_.valid[out];
    const std::int64_t* twin_values = scratch_.values[twin_out];
    const std::uint8_t* twin_valid = scratch_.valid[twin_out];
    std::vector<std::uint32_t>& differing = scratch_.differing_rows[out];
    differing.clear();
    const std::size_t most = n / 4;  // more are not worth computing row by row
    constexpr std::size_t block = 32;
    for (std::size_t first = 0; first < n; first += block) {
      const std::size_t end = std::min(n, first + block);
      if (std::memcmp(values + first, twin_values + first, (end - first) * sizeof *values) == 0 &&
          std::memcmp(valid + first, twin_valid + first, end - first) == 0)
        continue;
      for (std::size_t i = first; i < end; ++i)
        if (values[i] != twin_values[i] || valid[i] != twin_valid[i]) differing.push_back(static_cast<std::uint32_t>(i));
      if (differing.size() > most) return;
    }
    if (differing.empty()) {
      representative_[out] = representative_of(static_cast<int>(twin_out));
      return;
    }
    scratch_.differs_from[out] = static_cast<int>(twin_out);
  }

  const EvaluationContext& context_;
  const Plan& plan_;
  Scratch& scratch_;
  std::vector<std::uint32_t>& representative_;
  std::vector<std::uint32_t> rows_;    // the union of several operands' differing rows
  std::vector<std::uint32_t> merged_;
  std::vector<std::int64_t> computed_values_;  // a step's result on the rows that differ
  std::vector<std::uint8_t> computed_valid_;
};

}  // namespace

void run_months_sharing(const EvaluationContext& context, Scratch& scratch) { MonthSharing(context, scratch).run(); }

}  // namespace eligo::detail
