// Which inputs made a value unknown: one bit per input, carried along the same steps as the
// values. An unknown result takes the bits of the unknown operands it depended on; a
// choice with a known condition takes only those of the branch it chose.
#include <algorithm>

#include "eval/batch.hpp"
#include "eval/traced_operands.hpp"

namespace eligo::detail {

namespace {

class MissingTracer {
 public:
  MissingTracer(const EvaluationContext& context, Scratch& scratch)
      : context_(context), scratch_(scratch), words_(scratch.missing_words), input_count_(context.input_count) {}

  // A step with rows marked for tracing: only the bits of those rows are ever read (by later
  // steps and by the results), the unknown rows that an undetermined result depends on
  // (rows_to_trace.cpp).
  void run(const Step& step) {
    const auto reg = static_cast<std::size_t>(step.out);
    const std::vector<std::uint32_t>& rows = scratch_.wanted_rows[reg];
    auto& out = scratch_.missing[reg];
    const std::size_t n = scratch_.rows(step.level);
    if (out.size() < n * words_) out.resize(n * words_);
    for (const std::uint32_t i : rows)  // a few words: a loop, not a call to memset per row
      for (std::size_t w = 0; w < words_; ++w) out[i * words_ + w] = 0;
    if (step.op == Op::load_input) {
      for (const std::uint32_t i : rows) out[i * words_ + static_cast<std::size_t>(step.immediate) / 64] |= bit(step.immediate);
      return;
    }
    // A parameter without a value on the period is named like a missing input; a barème that
    // has one is not named when only the value looked up in it is unknown.
    const auto index = static_cast<std::size_t>(step.immediate);
    const bool parameter_missing =
        step.op == Op::parameter ||
        ((step.op == Op::bracket_amount || step.op == Op::bracket_marginal) &&
         context_.parameters_at(step.month).versions[index] == nullptr);
    const std::size_t bit_index = input_count_ + index;
    for (const std::uint32_t i : rows) {
      if (parameter_missing) out[i * words_ + bit_index / 64] |= std::uint64_t{1} << (bit_index % 64);
      for_each_traced_operand(step, i, scratch_, [&](int operand, std::size_t operand_row, bool only_if_unknown) {
        if (only_if_unknown) {
          merge_if_unknown(out, i, operand, operand_row);
        } else {
          merge(out, i, operand, operand_row);
        }
      });
    }
  }

 private:
  static std::uint64_t bit(std::int64_t input) { return std::uint64_t{1} << (static_cast<std::uint64_t>(input) % 64); }

  void merge(std::vector<std::uint64_t>& out, std::size_t row, int reg, std::size_t source_row) const {
    if (reg < 0) return;
    const auto& source = scratch_.missing_words_of(static_cast<std::size_t>(reg));
    for (std::size_t w = 0; w < words_; ++w) out[row * words_ + w] |= source[source_row * words_ + w];
  }

  void merge_if_unknown(std::vector<std::uint64_t>& out, std::size_t row, int reg, std::size_t source_row) const {
    if (reg < 0 || scratch_.valid[static_cast<std::size_t>(reg)][source_row]) return;
    merge(out, row, reg, source_row);
  }

  const EvaluationContext& context_;
  Scratch& scratch_;
  std::size_t words_;
  std::size_t input_count_;
};

}  // namespace

void trace_missing_inputs(const EvaluationContext& context, Scratch& scratch) {
  mark_rows_to_trace(context, scratch);
  scratch.missing_words = std::max<std::size_t>(1, (context.input_names.size() + 63) / 64);
  scratch.missing.resize(context.plan.registers.size());
  MissingTracer tracer(context, scratch);
  scratch.missing_of.resize(context.plan.registers.size());
  for (std::size_t r = 0; r < scratch.missing_of.size(); ++r) scratch.missing_of[r] = static_cast<std::uint32_t>(r);
  const bool sharing = scratch.shared.size() == context.plan.steps.size();
  // The steps with wanted rows, in the order they ran: the tracer reads the bits of their
  // operands' marked rows alone, and those are marked steps of their own.
  for (auto marked = scratch.steps_to_trace.rbegin(); marked != scratch.steps_to_trace.rend(); ++marked) {
    const std::size_t s = *marked;
    const Step& step = context.plan.steps[s];
    // A step not run this batch has another register's values (its twin's, a branch's), and
    // so its missing inputs.
    if (sharing && scratch.shared[s]) {
      scratch.missing_of[static_cast<std::size_t>(step.out)] =
          scratch.missing_of[static_cast<std::size_t>(scratch.same_rows_as[s])];
      continue;
    }
    tracer.run(step);
  }
}

std::vector<std::string> missing_names(const std::uint64_t* words, std::size_t count,
                                       const std::vector<std::string>& input_names) {
  std::vector<std::string> names;
  for (std::size_t input = 0; input < input_names.size() && input / 64 < count; ++input)
    if ((words[input / 64] >> (input % 64)) & 1u) names.push_back(input_names[input]);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace eligo::detail
