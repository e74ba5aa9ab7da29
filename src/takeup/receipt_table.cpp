// The receipt table and its CSV form.
#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "core/csv_text.hpp"
#include "core/file_output.hpp"
#include "data/csv_reader.hpp"
#include "data/problem_list.hpp"
#include "data/value_text.hpp"
#include "eligo/takeup.hpp"

namespace eligo {

std::string_view to_string(Receipt receipt) {
  switch (receipt) {
    case Receipt::no: return "false";
    case Receipt::yes: return "true";
    case Receipt::unknown: return "";
  }
  return "";
}

ReceiptTable::ReceiptTable(std::vector<std::string> group_ids, std::vector<std::string> benefits)
    : group_ids_(std::move(group_ids)),
      benefits_(std::move(benefits)),
      cells_(group_ids_.size() * benefits_.size(), static_cast<std::uint8_t>(Receipt::unknown)) {
  group_index_.reserve(group_ids_.size());
  for (std::size_t group = 0; group < group_ids_.size(); ++group) {
    if (!group_index_.emplace(group_ids_[group], group).second)
      throw Error("receipt table: group id " + data::quote_field(group_ids_[group]) + " appears twice");
  }
}

std::optional<std::size_t> ReceiptTable::find_benefit(const std::string& benefit) const {
  const auto found = std::find(benefits_.begin(), benefits_.end(), benefit);
  if (found == benefits_.end()) return std::nullopt;
  return static_cast<std::size_t>(found - benefits_.begin());
}

std::optional<std::size_t> ReceiptTable::find_group(const std::string& group_id) const {
  const auto found = group_index_.find(group_id);
  if (found == group_index_.end()) return std::nullopt;
  return found->second;
}

namespace {

// Agencies export booleans in many spellings; all of these are unambiguous.
std::optional<Receipt> parse_receipt(std::string_view text) {
  static constexpr std::array<std::string_view, 5> yes = {"true", "1", "oui", "yes", "TRUE"};
  static constexpr std::array<std::string_view, 5> no = {"false", "0", "non", "no", "FALSE"};
  if (text.empty()) return Receipt::unknown;
  if (std::find(yes.begin(), yes.end(), text) != yes.end()) return Receipt::yes;
  if (std::find(no.begin(), no.end(), text) != no.end()) return Receipt::no;
  return std::nullopt;
}

bool ends_with_id(std::string_view name) { return name.size() > 3 && name.substr(name.size() - 3) == "_id"; }

}  // namespace

ReceiptTable read_receipts_csv(const std::filesystem::path& path) {
  const std::string file = path.string();
  data::CsvReader reader = data::CsvReader::from_file(path);
  data::ProblemList problems({file});
  if (!reader.next_record() || reader.problem()) {
    problems.add(file, reader.line(), 0, "expected a header line: <group>_id then one column per benefit");
    problems.throw_if_any();
  }
  std::vector<std::string> benefits;
  const auto header = reader.fields();
  if (header.empty() || !ends_with_id(header[0]))
    problems.add(file, reader.line(), 1, "the first column must be the group id, named like famille_id");
  std::unordered_set<std::string> named;  // linear in the header's width, however wide
  for (std::size_t field = 1; field < header.size(); ++field) {
    const std::string name(header[field]);
    if (!named.insert(name).second)
      problems.add(file, reader.line(), static_cast<int>(field + 1), "benefit column " + data::quote_field(name) + " appears twice");
    benefits.push_back(name);
  }
  problems.throw_if_any();

  std::vector<std::string> ids;
  std::vector<std::vector<Receipt>> rows;
  ids.reserve(reader.record_capacity());
  rows.reserve(reader.record_capacity());
  while (reader.next_record()) {
    if (const auto& problem = reader.problem()) {
      problems.add(file, reader.line(), problem->column, problem->message);
      continue;
    }
    const auto fields = reader.fields();
    if (fields.size() != header.size()) {
      problems.add(file, reader.line(), 0,
                   "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(fields.size()));
      continue;
    }
    std::vector<Receipt> row(benefits.size(), Receipt::unknown);
    for (std::size_t field = 1; field < fields.size(); ++field) {
      const auto receipt = parse_receipt(fields[field]);
      if (!receipt)
        problems.add(file, reader.line(), static_cast<int>(field + 1),
                     "not a receipt: write true, false, or leave the field empty");
      else
        row[field - 1] = *receipt;
    }
    ids.emplace_back(fields[0]);
    rows.push_back(std::move(row));
  }
  problems.throw_if_any();

  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
  if (duplicate != sorted.end()) throw Error(SourceLocation{file, 0, 0}, "group id " + data::quote_field(*duplicate) + " appears twice");

  ReceiptTable table(std::move(ids), std::move(benefits));
  for (std::size_t group = 0; group < rows.size(); ++group)
    for (std::size_t benefit = 0; benefit < rows[group].size(); ++benefit) table.set(benefit, group, rows[group][benefit]);
  return table;
}

void write_receipts_csv(const ReceiptTable& receipts, const std::string& group_entity,
                        const std::filesystem::path& path) {
  detail::write_file_whole(path, [&](std::ostream& out) {
    out << group_entity << "_id";
    for (const auto& benefit : receipts.benefits()) out << ',' << benefit;
    out << '\n';
    std::string line;
    for (std::size_t group = 0; group < receipts.group_count(); ++group) {
      line.clear();
      detail::append_csv_field(line, receipts.group_ids()[group]);
      for (std::size_t benefit = 0; benefit < receipts.benefits().size(); ++benefit) {
        line += ',';
        line += to_string(receipts.get(benefit, group));
      }
      line += '\n';
      out << line;
    }
  });
}

}  // namespace eligo
