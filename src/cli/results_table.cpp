#include "cli/results_table.hpp"

#include <algorithm>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "core/csv_text.hpp"

namespace eligo::cli {

namespace {

// A string as nlohmann::json's dump() writes it. Printable ASCII without a quote or a
// backslash, what ids, benefit names and amounts nearly always are, is written as it is, with
// no allocation; anything else (accents, control characters, bad UTF-8) goes through
// nlohmann::json, with its escapes and its errors.
void write_json_string(std::ostream& out, const std::string& text) {
  const bool plain = std::all_of(text.begin(), text.end(),
                                 [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
  if (plain)
    out << '"' << text << '"';
  else
    out << nlohmann::json(text).dump();
}

// A list of strings as an element of a result row in dump(2)'s layout: `[]` when empty,
// else one item a line, eight spaces in.
void write_json_list(std::ostream& out, const std::vector<std::string>& items) {
  if (items.empty()) {
    out << "[]";
    return;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i == 0 ? "[\n        " : ",\n        ");
    write_json_string(out, items[i]);
  }
  out << "\n      ]";
}

// `,` then a key of a result row and its value, on a line of its own, six spaces in.
template <typename Value>
void write_json_field(std::ostream& out, const char* key, const Value& value) {
  out << ",\n      \"" << key << "\": ";
  if constexpr (std::is_same_v<Value, std::string>)
    write_json_string(out, value);
  else
    write_json_list(out, value);
}

}  // namespace

void for_each_result_row(const Results& results, const std::function<void(const ResultRow&)>& visit) {
  ResultRow row;
  for (std::size_t g = 0; g < results.group_count(); ++g) {
    row.group_id = results.group_ids[g];
    for (std::size_t b = 0; b < results.benefits.size(); ++b) {
      const BenefitResults& benefit = results.benefits[b];
      row.benefit = benefit.benefit;
      row.status = benefit.status[g];
      row.amount = row.status == Status::undetermined ? std::string() : format_scaled(benefit.amount_cents[g], 2);
      row.amount_period = benefit.amount_period;
      row.failed_conditions = results.failed_conditions(b, g);
      row.missing_inputs = results.missing_inputs(b, g);
      visit(row);
    }
  }
}

std::vector<ResultRow> result_rows(const Results& results) {
  std::vector<ResultRow> rows;
  rows.reserve(results.group_count() * results.benefits.size());
  for_each_result_row(results, [&rows](const ResultRow& row) { rows.push_back(row); });
  return rows;
}

void write_results_csv(std::ostream& out, const Results& results) {
  out << "group_id,benefit,status,amount,amount_period,failed_conditions,missing_inputs\n";
  std::string line;  // one buffer for every row
  for_each_result_row(results, [&out, &line](const ResultRow& row) {
    line.clear();
    detail::append_csv_field(line, row.group_id);
    line += ',';
    detail::append_csv_field(line, row.benefit);
    line += ',';
    line += to_string(row.status);
    line += ',';
    line += row.amount;
    line += ',';
    line += row.amount_period;
    line += ',';
    detail::append_csv_list(line, row.failed_conditions);
    line += ',';
    detail::append_csv_list(line, row.missing_inputs);
    line += '\n';
    out << line;
  });
}

// The document is written row by row, in the layout nlohmann::json's dump(2) gives it whole
// (keys in alphabetical order, two spaces a level), so that the bytes are those of one dump
// without holding a tree of every row: that tree took eight times the time of the CSV, most
// of it allocating and freeing its nodes.
void write_results_json(std::ostream& out, const Results& results) {
  out << "{\n  \"period\": ";
  write_json_string(out, results.period);
  out << ",\n  \"results\": [";
  bool first = true;
  for_each_result_row(results, [&out, &first](const ResultRow& row) {
    out << (first ? "\n" : ",\n") << "    {\n      \"amount\": ";
    first = false;
    if (row.amount.empty())
      out << "null";
    else
      write_json_string(out, row.amount);
    write_json_field(out, "amount_period", row.amount_period);
    write_json_field(out, "benefit", row.benefit);
    write_json_field(out, "failed_conditions", row.failed_conditions);
    write_json_field(out, "group_id", row.group_id);
    write_json_field(out, "missing_inputs", row.missing_inputs);
    write_json_field(out, "status", std::string(to_string(row.status)));
    out << "\n    }";
  });
  out << (first ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace eligo::cli
