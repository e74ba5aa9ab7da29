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

// The document is written row by row, in the layout nlohmann::json's dump(2) gives it whole
// (keys in alphabetical order, two spaces a level), so that the bytes are those of one dump
// without holding a tree of every row: that tree took eight times the time of the CSV, most
// of it allocating and freeing its nodes. Strings are escaped by nlohmann::json itself.
void write_results_json(std::ostream& out, const Results& results) {
  const auto quoted = [](const std::string& text) { return nlohmann::json(text).dump(); };
  const auto list = [&](const std::vector<std::string>& items) {
    if (items.empty()) return std::string("[]");
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i) text += (i == 0 ? "\n        " : ",\n        ") + quoted(items[i]);
    return text + "\n      ]";
  };
  const std::vector<ResultRow> rows = result_rows(results);
  out << "{\n  \"period\": " << quoted(results.period) << ",\n  \"results\": [";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const ResultRow& row = rows[r];
    out << (r == 0 ? "\n" : ",\n") << "    {\n"
        << "      \"amount\": " << (row.amount.empty() ? std::string("null") : quoted(row.amount)) << ",\n"
        << "      \"amount_period\": " << quoted(row.amount_period) << ",\n"
        << "      \"benefit\": " << quoted(row.benefit) << ",\n"
        << "      \"failed_conditions\": " << list(row.failed_conditions) << ",\n"
        << "      \"group_id\": " << quoted(row.group_id) << ",\n"
        << "      \"missing_inputs\": " << list(row.missing_inputs) << ",\n"
        << "      \"status\": " << quoted(std::string(to_string(row.status))) << "\n    }";
  }
  out << (rows.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace eligo::cli
