// Results as one row per group and benefit, in CSV or JSON, for `evaluate` and `demo`.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "eligo/results.hpp"

namespace eligo::cli {

struct ResultRow {
  std::string group_id;
  std::string benefit;
  Status status = Status::undetermined;
  std::string amount;  // euros with two decimals; empty when undetermined
  std::string amount_period;  // "month" or "year", as the pack declares the benefit
  std::vector<std::string> failed_conditions;
  std::vector<std::string> missing_inputs;
};

// Calls `visit` on each row, groups in population order and for each group the benefits in
// the pack's order. The row passed is reused from one call to the next, so that writing the
// results of millions of groups holds one row at a time, not all of them.
void for_each_result_row(const Results& results, const std::function<void(const ResultRow&)>& visit);

// Every row, in the same order: for the few groups of a summary table.
std::vector<ResultRow> result_rows(const Results& results);

// Header `group_id,benefit,status,amount,amount_period,failed_conditions,missing_inputs`
// (amount_period: month or year, what the amount is per); lists joined
// with `;`; fields quoted as RFC 4180 says when they hold a comma, a quote or a newline.
void write_results_csv(std::ostream& out, const Results& results);

// {"period": ..., "results": [{"group_id", "benefit", "status", "amount", "amount_period", ...}]}, with the
// amount as a string ("194.00", exact) or null.
void write_results_json(std::ostream& out, const Results& results);

}  // namespace eligo::cli
