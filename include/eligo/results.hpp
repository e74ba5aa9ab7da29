// What an evaluation gives: for each group and benefit, a status, an amount, the outcome
// of every condition and, when undetermined, the inputs whose absence prevents a decision.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eligo/error.hpp"
#include "eligo/value.hpp"

namespace eligo {

enum class Status : std::uint8_t { not_eligible = 0, eligible = 1, undetermined = 2 };

// Three-valued truth of a condition: unknown when the data cannot settle it.
enum class Truth : std::uint8_t { no = 0, yes = 1, unknown = 2 };

std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view text);
std::string_view to_string(Truth truth);

struct BenefitResults {
  std::string benefit;
  // What each amount is per, as the pack declares it: "month" or "year" (the energy
  // voucher and the back-to-school allowance are paid once a year).
  std::string amount_period;
  std::vector<std::string> condition_ids;
  std::vector<Status> status;                     // one per group
  std::vector<std::int64_t> amount_cents;         // 0 when not eligible; meaningless when undetermined
  std::vector<std::vector<Truth>> conditions;     // [condition][group]
  std::map<std::uint32_t, std::vector<std::string>> missing;  // undetermined group -> input names
};

struct Results {
  std::string period;                  // YYYY-MM
  std::vector<std::string> group_ids;  // in population order
  std::vector<BenefitResults> benefits;
  // Problems that do not stop the evaluation but may make its figures wrong, such as a
  // parameter read after the date its value was last checked.
  std::vector<Diagnostic> warnings;

  std::size_t group_count() const noexcept { return group_ids.size(); }
  // Null when the pack has no such benefit. Pointers and references into the results: on
  // temporary results they would dangle at the end of the statement, so those calls do not
  // compile.
  const BenefitResults* find(const std::string& benefit) const&;
  const BenefitResults* find(const std::string& benefit) const&& = delete;

  // Of benefit number `benefit` (pack order) for group number `group`; throw Error when
  // either is out of range.
  std::vector<std::string> failed_conditions(std::size_t benefit, std::size_t group) const;
  const std::vector<std::string>& missing_inputs(std::size_t benefit, std::size_t group) const&;
  const std::vector<std::string>& missing_inputs(std::size_t benefit, std::size_t group) const&& = delete;
};

// One value in a trace: a variable, a condition, the amount or an input.
struct TraceValue {
  std::string name;                // variable, input or "benefit.condition"
  std::string kind;                // input | parameter | variable | condition | amount | status
  std::string entity;
  std::string member_id;           // for person values; empty for group values
  std::string value;               // formatted; "unknown" when unknown
  std::string reference;           // legal reference when there is one
  std::string formula;             // the formula as written, for variables and conditions
};

struct ParameterUse {
  std::string name;
  std::string value;      // formatted, as in force on the period
  std::string start;      // start date of that value
  std::string reference;  // its legal reference
};

struct Trace {
  std::string group_id;
  std::string period;
  std::vector<TraceValue> values;        // in evaluation order
  std::vector<ParameterUse> parameters;  // every parameter the pack read, in name order
};

}  // namespace eligo
