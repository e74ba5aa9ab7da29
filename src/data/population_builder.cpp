#include <algorithm>
#include <cmath>

#include "core/utf8.hpp"
#include "data/schema.hpp"
#include "data/suggestion.hpp"
#include "data/value_text.hpp"
#include "eligo/error.hpp"
#include "eligo/population.hpp"

namespace eligo {

namespace {

using ValueLists = std::map<std::string, std::vector<std::optional<std::int64_t>>>;

// The schema entry of `input`, checked to belong to `entity`.
const InputSpec& input_of(const RulePack& pack, const std::string& entity, const std::string& input) {
  const InputSpec* spec = data::find_schema_input(pack, input);
  if (spec == nullptr) throw Error("unknown input " + input + data::did_you_mean(input, data::input_names(pack)));
  if (spec->entity != entity)
    throw Error(input + " is an input of " + spec->entity + ", not of " + entity);
  return *spec;
}

void set_value(const RulePack& pack, const std::string& entity, ValueLists& values, std::size_t rows,
               const std::string& input, const std::optional<std::string>& text) {
  if (rows == 0) throw Error("no " + entity + " was added before setting " + input);
  const InputSpec& spec = input_of(pack, entity, input);
  auto& list = values[input];
  list.resize(rows);
  list.back() = text ? std::optional(parse_input_value(spec, *text)) : std::nullopt;
}

EntityTable make_table(const RulePack& pack, const std::string& entity, std::vector<std::string> ids,
                       const ValueLists& values) {
  EntityTable table{entity, std::move(ids), {}};
  for (const auto& spec : pack.inputs) {
    if (spec.entity != entity) continue;
    Column column(spec.type, table.size());
    const auto found = values.find(spec.name);
    if (found != values.end())
      for (std::size_t row = 0; row < found->second.size(); ++row)
        if (found->second[row]) column.set(row, *found->second[row]);
    table.columns.emplace(spec.name, std::move(column));
  }
  return table;
}

void check_unique(const std::vector<std::string>& ids, const std::string& entity) {
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
  if (duplicate != sorted.end()) throw Error("two " + entity + " have the id " + detail::printable(*duplicate));
}

}  // namespace

PopulationBuilder::PopulationBuilder(const RulePack& pack) : pack_(pack) {}

std::size_t PopulationBuilder::add_group(const std::string& id) {
  if (id.empty()) throw Error("a " + pack_.entities.group + " needs a non-empty id");
  group_ids_.push_back(id);
  return group_ids_.size() - 1;
}

std::size_t PopulationBuilder::add_person(const std::string& id, const std::string& role) {
  if (group_ids_.empty()) throw Error("person " + detail::printable(id) + " is added before any " + pack_.entities.group);
  if (id.empty()) throw Error("a " + pack_.entities.person + " needs a non-empty id");
  const auto& roles = pack_.entities.roles;
  const auto found = std::find(roles.begin(), roles.end(), role);
  if (found == roles.end())
    throw Error("unknown role for " + pack_.entities.person + " " + data::quote_field(id) +
                "; roles: " + data::join_names(roles));
  person_ids_.push_back(id);
  person_group_.push_back(static_cast<std::uint32_t>(group_ids_.size() - 1));
  person_role_.push_back(static_cast<std::uint16_t>(found - roles.begin()));
  return person_ids_.size() - 1;
}

void PopulationBuilder::set_group_value(const std::string& input, const std::optional<std::string>& text) {
  set_value(pack_, pack_.entities.group, group_values_, group_ids_.size(), input, text);
}

void PopulationBuilder::set_person_value(const std::string& input, const std::optional<std::string>& text) {
  set_value(pack_, pack_.entities.person, person_values_, person_ids_.size(), input, text);
}

void PopulationBuilder::set_group_value_at(const std::string& input, const std::string& month,
                                           const std::optional<std::string>& text) {
  if (group_ids_.empty()) throw Error("no " + pack_.entities.group + " was added before setting " + input);
  const InputSpec& spec = input_of(pack_, pack_.entities.group, input);
  if (!Period::try_parse(month)) throw Error("`" + month + "` is not a month written YYYY-MM");
  if (text) parse_input_value(spec, *text);  // checked now, where the caller can tell which value
  monthly_values_.push_back(MonthlyValue{group_ids_.back(), month, input, text,
                                         pack_.entities.group + " " + group_ids_.back() + ", " + month});
}

void PopulationBuilder::set_person_value_at(const std::string& input, const std::string& month,
                                            const std::optional<std::string>& text) {
  if (person_ids_.empty()) throw Error("no " + pack_.entities.person + " was added before setting " + input);
  const InputSpec& spec = input_of(pack_, pack_.entities.person, input);
  if (!Period::try_parse(month)) throw Error("`" + month + "` is not a month written YYYY-MM");
  if (text) parse_input_value(spec, *text);
  monthly_values_.push_back(MonthlyValue{person_ids_.back(), month, input, text,
                                         pack_.entities.person + " " + person_ids_.back() + ", " + month});
}

void PopulationBuilder::set_weight(double weight) {
  if (group_ids_.empty()) throw Error("no " + pack_.entities.group + " was added before setting its weight");
  if (!std::isfinite(weight) || weight < 0) throw Error("a weight is a finite number, zero or more");
  // Groups whose weight is never set count once, as in an unweighted population.
  weights_.resize(group_ids_.size(), 1.0);
  weights_.back() = weight;
  has_weights_ = true;
}

Population PopulationBuilder::build() {
  check_unique(group_ids_, pack_.entities.group);
  check_unique(person_ids_, pack_.entities.person);
  std::optional<std::vector<double>> weights;
  if (has_weights_) {
    weights_.resize(group_ids_.size(), 1.0);
    weights = weights_;
  }
  Population population(make_table(pack_, pack_.entities.group, group_ids_, group_values_),
                        make_table(pack_, pack_.entities.person, person_ids_, person_values_), person_group_,
                        person_role_, std::move(weights));
  if (!monthly_values_.empty()) population.set_monthly_values(pack_, monthly_values_);
  return population;
}

}  // namespace eligo
