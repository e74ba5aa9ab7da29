// Reading the small tables of the outreach stage (accessibility, candidates, capacity):
// columns found by name in the header, every problem collected with file:line:column.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/problem_list.hpp"

namespace eligo::outreach::detail {

// One record, with its fields reachable by column name and a way to report a problem in one.
class TableRow {
 public:
  TableRow(const std::vector<std::string_view>& fields, const std::vector<std::optional<std::size_t>>& positions,
           const std::string& file, int line, data::ProblemList& problems)
      : fields_(fields), positions_(positions), file_(file), line_(line), problems_(problems) {}

  // The field of the index-th wanted column; empty for an optional column absent from the file.
  std::string_view field(std::size_t column) const;
  void problem(std::size_t column, std::string message) const;

  bool flag(std::size_t column) const;                     // true|false|1|0
  std::optional<double> number(std::size_t column) const;  // blank: nullopt without a problem
  bool has(std::size_t column) const { return positions_.at(column).has_value(); }  // the file has the column
  int line() const noexcept { return line_; }

 private:
  const std::vector<std::string_view>& fields_;
  const std::vector<std::optional<std::size_t>>& positions_;
  const std::string& file_;
  int line_;
  data::ProblemList& problems_;
};

struct ColumnSpec {
  std::string_view name;
  bool required = true;
  std::string_view alias = {};  // an older name the column may also have
};

// Calls `row` for every record of `path` after checking the header; throws Error listing
// every problem once the whole file is read.
void read_table(const std::filesystem::path& path, const std::vector<ColumnSpec>& columns,
                const std::function<void(const TableRow&)>& row);

}  // namespace eligo::outreach::detail
