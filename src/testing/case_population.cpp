#include "testing/case_population.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace eligo::testing_detail {

namespace {

// Classic edit distance, enough to suggest a close input name for a typo.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string unknown_input_message(const RulePack& pack, const std::string& name) {
  std::string message = "unknown input `" + name + "`";
  const InputSpec* closest = nullptr;
  std::size_t best = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const InputSpec& input : pack.inputs) {
    const std::size_t distance = edit_distance(name, input.name);
    if (distance < best) {
      best = distance;
      closest = &input;
    }
  }
  if (closest != nullptr) message += "; did you mean `" + closest->name + "`?";
  return message;
}

// Empty when every field of `record` is an input of `entity`; the problem otherwise.
std::string check_fields(const RulePack& pack, const RawRecord& record, const std::string& entity,
                         bool is_member) {
  for (const auto& [name, value] : record) {
    if (is_member && name == "role") continue;
    const InputSpec* input = pack.find_input(name);
    if (input == nullptr) return unknown_input_message(pack, name);
    if (input->entity != entity)
      return "`" + name + "` is an input of " + input->entity + ", not of " + entity;
  }
  return {};
}

}  // namespace

CasePopulation build_case_population(const RulePack& pack, const TestCase& test) {
  const std::string& group_entity = pack.entities.group;
  const std::string& person_entity = pack.entities.person;
  if (test.members.empty()) return {std::nullopt, "the " + group_entity + " has no member"};
  if (std::string problem = check_fields(pack, test.group, group_entity, false); !problem.empty())
    return {std::nullopt, problem};
  for (const RawRecord& member : test.members)
    if (std::string problem = check_fields(pack, member, person_entity, true); !problem.empty())
      return {std::nullopt, problem};
  for (const RawMonthlyRecord& months : test.member_months)
    for (const auto& [name, values] : months) {
      RawRecord names{{name, std::nullopt}};
      if (std::string problem = check_fields(pack, names, person_entity, false); !problem.empty())
        return {std::nullopt, "in `monthly`: " + problem};
    }

  try {
    PopulationBuilder builder(pack);
    builder.add_group(test.name);
    for (const auto& [name, value] : test.group) builder.set_group_value(name, value);
    for (std::size_t i = 0; i < test.members.size(); ++i) {
      const RawRecord& member = test.members[i];
      const auto role = member.find("role");
      if (role == member.end() || !role->second)
        return {std::nullopt, "member " + std::to_string(i + 1) + " has no role"};
      builder.add_person("member " + std::to_string(i + 1), *role->second);
      for (const auto& [name, value] : member)
        if (name != "role") builder.set_person_value(name, value);
      if (i < test.member_months.size())
        for (const auto& [name, months] : test.member_months[i])
          for (const auto& [month, value] : months) builder.set_person_value_at(name, month, value);
    }
    return {builder.build(), {}};
  } catch (const Error& error) {
    return {std::nullopt, error.what()};
  }
}

}  // namespace eligo::testing_detail
