// Non-take-up: who is entitled by the rules but does not receive the benefit, and how much
// money that leaves on the table.
//
// Receipt comes from the agencies' own files (or from the synthetic population): a plain
// table, one row per group and one column per benefit, so that real data replaces the
// synthetic one without code changes. Detection crosses it with the Results of an
// evaluation; statistics count eligible, receiving and non-claiming groups, weighted by
// the population's survey weights when it has them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "eligo/population.hpp"
#include "eligo/results.hpp"

namespace eligo {

enum class Receipt : std::uint8_t { no = 0, yes = 1, unknown = 2 };

std::string_view to_string(Receipt receipt);  // "false", "true", "" (unknown)

// Per group x benefit: does the group receive the benefit? A group or benefit the table
// does not list is unknown.
class ReceiptTable {
 public:
  ReceiptTable() = default;
  ReceiptTable(std::vector<std::string> group_ids, std::vector<std::string> benefits);

  const std::vector<std::string>& group_ids() const noexcept { return group_ids_; }
  const std::vector<std::string>& benefits() const noexcept { return benefits_; }
  std::size_t group_count() const noexcept { return group_ids_.size(); }

  Receipt get(std::size_t benefit, std::size_t group) const noexcept {
    return static_cast<Receipt>(cells_[benefit * group_ids_.size() + group]);
  }
  void set(std::size_t benefit, std::size_t group, Receipt receipt) noexcept {
    cells_[benefit * group_ids_.size() + group] = static_cast<std::uint8_t>(receipt);
  }

  std::optional<std::size_t> find_benefit(const std::string& benefit) const;
  std::optional<std::size_t> find_group(const std::string& group_id) const;

 private:
  std::vector<std::string> group_ids_;
  std::vector<std::string> benefits_;
  std::vector<std::uint8_t> cells_;  // [benefit][group], Receipt values; unknown by default
  std::unordered_map<std::string, std::size_t> group_index_;
};

// The CSV form: a `<group entity>_id` column (any column whose name ends in `_id` is
// accepted) then one column per benefit holding true/false (also 1/0, oui/non); an empty
// field is unknown. Throws Error naming file, line and column of every problem.
ReceiptTable read_receipts_csv(const std::filesystem::path& path);
void write_receipts_csv(const ReceiptTable& receipts, const std::string& group_entity,
                        const std::filesystem::path& path);

// What a synthetic population (or an evaluation on complete data) knows to be true:
// per group x benefit, whether the group is eligible and for how much each month.
struct TakeUpTruth {
  std::vector<std::string> benefits;
  std::vector<std::vector<std::uint8_t>> eligible;      // [benefit][group], 0 or 1
  std::vector<std::vector<std::int64_t>> monthly_cents; // [benefit][group]
};

struct DetectionOptions {
  bool include_undetermined = true;     // undetermined by the rules, with its missing inputs
  bool include_unknown_receipt = false; // eligible groups whose receipt is not known
  // Also the groups that do receive it (receipt yes): with them, the candidates are every
  // right at stake, claimed or not, which is what a model of non-take-up learns from.
  bool include_receiving = false;
};

// One right that a group seems not to use.
struct Candidate {
  std::uint32_t group = 0;    // index into Results::group_ids
  std::uint16_t benefit = 0;  // index into Results::benefits
  Status status = Status::eligible;
  Receipt receipt = Receipt::no;
  std::int64_t monthly_cents = 0;    // amount at stake per month; 0 when undetermined
  std::vector<std::string> missing;  // why undetermined: the inputs that would decide
};

// Monthly amount of a result: yearly amounts (Benefit::amount_period == "year") are
// divided by 12 and rounded to the nearest cent, half away from zero.
std::int64_t monthly_amount_cents(const Benefit& benefit, std::int64_t amount_cents);

// Every candidate, ordered by group then benefit. Receipt is matched to the results by
// group id; groups absent from `receipts` have unknown receipt. Throws Error when the
// pack has no benefit of a result's name.
std::vector<Candidate> detect_candidates(const RulePack& pack, const Results& results,
                                         const ReceiptTable& receipts, const DetectionOptions& options = {});

// Take-up of one benefit. Counts are sums of group weights (1 each without weights).
struct BenefitTakeUp {
  std::string benefit;
  double eligible = 0;                // eligible by the rules
  double receiving = 0;               // eligible and receiving
  double not_receiving = 0;           // eligible and known not to receive
  double receipt_unknown = 0;         // eligible, receipt unknown
  double undetermined = 0;            // undetermined by the rules
  double undetermined_not_receiving = 0;
  double non_take_up_rate = 0;        // not_receiving / (receiving + not_receiving); 0 when none
  double monthly_at_stake_euros = 0;  // sum over eligible non-receiving groups
  // The simulated truth, when given: eligibility on complete data.
  std::optional<double> true_eligible;
  std::optional<double> true_not_receiving;
  std::optional<double> true_non_take_up_rate;
  std::optional<double> true_monthly_at_stake_euros;
};

// Per group: the rights it seems not to use and what they are worth.
struct GroupTakeUp {
  std::uint32_t group = 0;
  std::uint16_t benefits_not_claimed = 0;   // eligible and not receiving
  std::uint16_t benefits_undetermined = 0;  // undetermined and not receiving
  std::int64_t monthly_at_stake_cents = 0;
};

struct TakeUpStatistics {
  std::vector<BenefitTakeUp> by_benefit;  // in Results order
  std::vector<GroupTakeUp> by_group;      // groups with at least one candidate, in order
  bool weighted = false;
};

// Statistics over all groups. `population` gives the weights (it must be the one the
// results were computed on); `truth`, when given, is aligned with the results' groups.
TakeUpStatistics take_up_statistics(const RulePack& pack, const Results& results, const ReceiptTable& receipts,
                                    const Population& population, const TakeUpTruth* truth = nullptr);

// The truth of a complete-data evaluation, in the form statistics take.
TakeUpTruth truth_from_results(const RulePack& pack, const Results& complete);

// The truth in CSV: one row per eligible group x benefit, columns `<group>_id`, `benefit`,
// `monthly_amount` (euros, 2 decimals); further columns are ignored on reading. Reading
// aligns the rows with the results' groups; a group the results lack is an error.
TakeUpTruth read_truth_csv(const std::filesystem::path& path, const Results& results);

// CSV forms of the results of detection, one row per candidate or per benefit.
void write_candidates_csv(const RulePack& pack, const Results& results, const std::vector<Candidate>& candidates,
                          const std::filesystem::path& path);
void write_statistics_csv(const TakeUpStatistics& statistics, const std::filesystem::path& path);

}  // namespace eligo
