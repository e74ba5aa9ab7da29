#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "eligo/error.hpp"
#include "core/utf8.hpp"
#include "eligo/population.hpp"

namespace eligo {

namespace {

void check_table_shape(const EntityTable& table) {
  for (const auto& [name, column] : table.columns)
    if (column.size() != table.size())
      throw Error("column " + name + " of " + table.entity + " has " + std::to_string(column.size()) +
                  " rows but the table has " + std::to_string(table.size()));
}

// Where each person goes so that persons are grouped: a counting sort, stable by
// construction, that also yields the first member of each group.
std::vector<std::uint32_t> group_order(std::span<const std::uint32_t> person_group, std::size_t groups,
                                       std::vector<std::uint32_t>& member_offsets) {
  member_offsets.assign(groups + 1, 0);
  for (const std::uint32_t group : person_group) ++member_offsets[group + 1];
  std::partial_sum(member_offsets.begin(), member_offsets.end(), member_offsets.begin());
  std::vector<std::uint32_t> next(member_offsets.begin(), member_offsets.end() - 1);
  std::vector<std::uint32_t> order(person_group.size());
  for (std::uint32_t person = 0; person < person_group.size(); ++person)
    order[next[person_group[person]]++] = person;
  return order;
}

bool is_identity(std::span<const std::uint32_t> order) {
  for (std::uint32_t i = 0; i < order.size(); ++i)
    if (order[i] != i) return false;
  return true;
}

template <typename T>
std::vector<T> take(std::vector<T>& from, std::span<const std::uint32_t> order) {
  std::vector<T> result;
  result.reserve(order.size());
  for (const std::uint32_t i : order) result.push_back(std::move(from[i]));
  return result;
}

}  // namespace

Population::Population(EntityTable groups, EntityTable persons, std::vector<std::uint32_t> person_group,
                       std::vector<std::uint16_t> person_role, std::optional<std::vector<double>> weights)
    : groups_(std::move(groups)),
      persons_(std::move(persons)),
      person_group_(std::move(person_group)),
      person_role_(std::move(person_role)),
      weights_(std::move(weights)) {
  check_table_shape(groups_);
  check_table_shape(persons_);
  if (person_group_.size() != persons_.size() || person_role_.size() != persons_.size())
    throw Error("every person needs one group and one role: " + std::to_string(persons_.size()) + " persons, " +
                std::to_string(person_group_.size()) + " group links, " + std::to_string(person_role_.size()) +
                " roles");
  if (weights_ && weights_->size() != groups_.size())
    throw Error("there are " + std::to_string(weights_->size()) + " weights for " +
                std::to_string(groups_.size()) + " groups");
  if (groups_.size() >= UINT32_MAX || persons_.size() >= UINT32_MAX)
    throw Error("a population holds fewer than 2^32 groups and persons");
  for (std::size_t person = 0; person < person_group_.size(); ++person)
    if (person_group_[person] >= groups_.size())
      throw Error("person " + persons_.ids[person] + " belongs to group number " +
                  std::to_string(person_group_[person]) + ", but there are only " +
                  std::to_string(groups_.size()) + " groups");

  const auto order = group_order(person_group_, groups_.size(), member_offsets_);
  for (std::size_t group = 0; group < groups_.size(); ++group)
    if (member_offsets_[group] == member_offsets_[group + 1])
      throw Error("group " + groups_.ids[group] + " has no member");
  if (is_identity(order)) return;  // files written household by household are already sorted

  persons_.ids = take(persons_.ids, order);
  person_group_ = take(person_group_, order);
  person_role_ = take(person_role_, order);
  for (auto& [name, column] : persons_.columns) column = column.permuted(order);
}

std::optional<std::size_t> Population::find_group(const std::string& id) const {
  for (std::size_t group = 0; group < groups_.ids.size(); ++group)
    if (groups_.ids[group] == id) return group;
  return std::nullopt;
}

// Monthly histories: values of inputs given for some months, over the single values.
namespace {


std::unordered_map<std::string, std::size_t> index_monthly_ids(const std::vector<std::string>& ids) {
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(ids.size());
  for (std::size_t row = 0; row < ids.size(); ++row) index.emplace(ids[row], row);
  return index;
}

}  // namespace

void Population::set_monthly_values(const RulePack& pack, const std::vector<MonthlyValue>& values) {
  const auto group_rows = index_monthly_ids(groups_.ids);
  const auto person_rows = index_monthly_ids(persons_.ids);
  // Built aside and swapped in at the end, so that a rejected history changes nothing.
  History groups = group_history_;
  History persons = person_history_;
  std::map<std::tuple<bool, std::size_t, int, std::string>, std::string> given;  // where each value came from
  std::vector<std::string> problems;
  // A row read from a file is named file:line:column, as every data problem; one given in
  // code or a frame by its source and the column's name.
  const auto problem = [&](const MonthlyValue& row, const char* column, const std::string& message) {
    const std::size_t colon = row.source.rfind(':');
    const bool file_line = colon != std::string::npos && colon + 1 < row.source.size() &&
                           row.source.find_first_not_of("0123456789", colon + 1) == std::string::npos;
    static const std::map<std::string, int, std::less<>> positions = {{"id", 1}, {"month", 2}, {"input", 3}, {"value", 4}};
    problems.push_back(file_line ? row.source + ":" + std::to_string(positions.find(column)->second) + ": " + message
                                 : row.source + ", column `" + column + "`: " + message);
  };
  for (const MonthlyValue& row : values) {
    const InputSpec* spec = pack.find_input(row.input);
    if (spec == nullptr) {
      problem(row, "input", "`" + detail::printable(row.input) + "` is not an input of the pack");
      continue;
    }
    const std::optional<Period> month = Period::try_parse(row.month);
    if (!month) {
      problem(row, "month", "`" + detail::printable(row.month) + "` is not a month written YYYY-MM");
      continue;
    }
    const bool person = spec->entity == pack.entities.person;
    const auto& rows = person ? person_rows : group_rows;
    const auto found = rows.find(row.id);
    if (found == rows.end()) {
      problem(row, "id", "no " + spec->entity + " has the id `" + detail::printable(row.id) + "` (`" + row.input + "` is a value of each " +
                             spec->entity + ")");
      continue;
    }
    std::optional<std::int64_t> value;
    if (row.value) {
      try {
        value = parse_input_value(*spec, *row.value);
      } catch (const Error& error) {
        problem(row, "value", error.what());
        continue;
      }
    }
    const auto [earlier, fresh] = given.emplace(std::tuple(person, found->second, month->index(), row.input), row.source);
    if (!fresh) {
      problem(row, "month", "`" + row.input + "` of `" + detail::printable(row.id) + "` for " + row.month + " was already given at " +
                                earlier->second);
      continue;
    }
    History& history = person ? persons : groups;
    auto& months = history[row.input];
    auto column = months.find(month->index());
    if (column == months.end()) {
      const EntityTable& table = person ? persons_ : groups_;
      const auto single = table.columns.find(row.input);
      Column start(spec->type, table.size());
      if (single != table.columns.end())
        for (std::size_t r = 0; r < table.size(); ++r)
          if (single->second.is_known(r)) start.set(r, single->second.value(r));
      column = months.emplace(month->index(), std::move(start)).first;
    }
    if (value)
      column->second.set(found->second, *value);
    else
      column->second.set_unknown(found->second);
  }
  if (!problems.empty()) {
    std::string message = std::to_string(problems.size()) + " problem" + (problems.size() == 1 ? "" : "s") +
                          " in the monthly values:";
    for (const std::string& line : problems) message += "\n  " + line;
    throw Error(message);
  }
  group_history_ = std::move(groups);
  person_history_ = std::move(persons);
}

}  // namespace eligo
