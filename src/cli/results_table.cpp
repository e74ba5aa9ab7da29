#include "cli/results_table.hpp"

#include <nlohmann/json.hpp>

namespace eligo::cli {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ";") + item;
  return text;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

std::vector<ResultRow> result_rows(const Results& results) {
  std::vector<ResultRow> rows;
  rows.reserve(results.group_count() * results.benefits.size());
  for (std::size_t g = 0; g < results.group_count(); ++g) {
    for (std::size_t b = 0; b < results.benefits.size(); ++b) {
      const BenefitResults& benefit = results.benefits[b];
      ResultRow row{results.group_ids[g], benefit.benefit, benefit.status[g], {}, benefit.amount_period, {}, {}};
      if (row.status != Status::undetermined) row.amount = format_scaled(benefit.amount_cents[g], 2);
      row.failed_conditions = results.failed_conditions(b, g);
      row.missing_inputs = results.missing_inputs(b, g);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

void write_results_csv(std::ostream& out, const Results& results) {
  out << "group_id,benefit,status,amount,amount_period,failed_conditions,missing_inputs\n";
  for (const ResultRow& row : result_rows(results))
    out << csv_field(row.group_id) << ',' << csv_field(row.benefit) << ',' << to_string(row.status) << ','
        << row.amount << ',' << row.amount_period << ',' << csv_field(join(row.failed_conditions)) << ','
        << csv_field(join(row.missing_inputs)) << '\n';
}

void write_results_json(std::ostream& out, const Results& results) {
  nlohmann::json rows = nlohmann::json::array();
  for (const ResultRow& row : result_rows(results))
    rows.push_back({{"group_id", row.group_id},
                    {"benefit", row.benefit},
                    {"status", std::string(to_string(row.status))},
                    {"amount", row.amount.empty() ? nlohmann::json(nullptr) : nlohmann::json(row.amount)},
                    {"amount_period", row.amount_period},
                    {"failed_conditions", row.failed_conditions},
                    {"missing_inputs", row.missing_inputs}});
  out << nlohmann::json{{"period", results.period}, {"results", rows}}.dump(2) << '\n';
}

}  // namespace eligo::cli
