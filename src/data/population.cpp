#include <numeric>

#include "eligo/error.hpp"
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

}  // namespace eligo
