#include "outreach/csv_table.hpp"

#include <algorithm>

#include "data/csv_reader.hpp"
#include "eligo/value.hpp"

namespace eligo::outreach::detail {

std::string_view TableRow::field(std::size_t column) const {
  const auto position = positions_.at(column);
  if (!position || *position >= fields_.size()) return {};
  return fields_[*position];
}

void TableRow::problem(std::size_t column, std::string message) const {
  const auto position = positions_.at(column);
  problems_.add(file_, line_, position ? static_cast<int>(*position) + 1 : 0, std::move(message));
}

bool TableRow::flag(std::size_t column) const {
  const std::string_view text = field(column);
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0" || text.empty()) return false;
  problem(column, "expected true or false (or an empty field)");
  return false;
}

std::optional<double> TableRow::number(std::size_t column) const {
  const std::string_view text = field(column);
  if (text.empty()) return std::nullopt;
  const auto scaled = parse_scaled(text, 6);
  if (!scaled) {
    problem(column, "expected a number such as 12 or 4.5");
    return std::nullopt;
  }
  return static_cast<double>(*scaled) / 1e6;
}

void read_table(const std::filesystem::path& path, const std::vector<ColumnSpec>& columns,
                const std::function<void(const TableRow&)>& row) {
  const std::string file = path.string();
  data::ProblemList problems({file});
  data::CsvReader reader = data::CsvReader::from_file(path);
  if (!reader.next_record()) throw Error(SourceLocation{file, 1, 0}, "the file is empty: expected a header line");
  const std::vector<std::string_view> header(reader.fields().begin(), reader.fields().end());
  std::vector<std::optional<std::size_t>> positions;
  for (const ColumnSpec& column : columns) {
    auto found = std::find(header.begin(), header.end(), column.name);
    if (found == header.end() && !column.alias.empty()) found = std::find(header.begin(), header.end(), column.alias);
    if (found != header.end())
      positions.emplace_back(static_cast<std::size_t>(found - header.begin()));
    else {
      positions.emplace_back();
      if (column.required) problems.add(file, reader.line(), 0, "missing column `" + std::string(column.name) + "`");
    }
  }
  problems.throw_if_any();
  std::vector<std::string_view> fields;
  while (reader.next_record()) {
    if (const auto& problem = reader.problem()) {
      problems.add(file, reader.line(), problem->column, problem->message);
      continue;
    }
    fields.assign(reader.fields().begin(), reader.fields().end());
    if (fields.size() != header.size()) {
      problems.add(file, reader.line(), 0,
                   "expected " + std::to_string(header.size()) + " fields, got " + std::to_string(fields.size()));
      continue;
    }
    row(TableRow(fields, positions, file, reader.line(), problems));
  }
  problems.throw_if_any();
}

}  // namespace eligo::outreach::detail
