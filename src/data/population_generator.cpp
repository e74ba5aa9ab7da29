#include "data/population_generator.hpp"

#include <algorithm>
#include <array>
#include <random>

namespace eligo::data {

namespace {

// std::uniform_int_distribution and friends differ between standard libraries; this
// arithmetic on the raw 64-bit engine output does not, which keeps populations identical
// everywhere for a seed.
// The upper 64 bits of a * b, without the non-standard 128-bit integer type.
std::uint64_t high_half_of_product(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t a_low = a & 0xFFFFFFFFu, a_high = a >> 32;
  const std::uint64_t b_low = b & 0xFFFFFFFFu, b_high = b >> 32;
  const std::uint64_t low_low = a_low * b_low;
  const std::uint64_t high_low = a_high * b_low;
  const std::uint64_t low_high = a_low * b_high;
  const std::uint64_t middle = (low_low >> 32) + (high_low & 0xFFFFFFFFu) + (low_high & 0xFFFFFFFFu);
  return a_high * b_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
}

class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [low, high] by multiply-shift (the bias is below 2^-32 for our spans).
  std::int64_t between(std::int64_t low, std::int64_t high) {
    const std::uint64_t span_minus_one = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
    const std::uint64_t random = engine_();
    const std::uint64_t offset =
        span_minus_one == UINT64_MAX ? random : high_half_of_product(random, span_minus_one + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + offset);
  }

  // True with probability per_mille / 1000.
  bool chance(int per_mille) { return between(0, 999) < per_mille; }

 private:
  std::mt19937_64 engine_;
};

constexpr int unknown_per_mille = 20;
constexpr std::int64_t plausible_money_span = 4'000'00;  // cents: a month of modest income

// Household sizes 1..6, per mille (roughly the French distribution, smaller households first).
constexpr std::array<int, 6> size_per_mille = {370, 330, 130, 110, 40, 20};

std::size_t household_size(Draw& draw) {
  std::int64_t pick = draw.between(0, 999);
  for (std::size_t size = 0; size < size_per_mille.size(); ++size) {
    pick -= size_per_mille[size];
    if (pick < 0) return size + 1;
  }
  return size_per_mille.size();
}

std::uint16_t role_index(const RulePack& pack, const std::string& name, std::uint16_t fallback) {
  const auto& roles = pack.entities.roles;
  const auto found = std::find(roles.begin(), roles.end(), name);
  if (found != roles.end()) return static_cast<std::uint16_t>(found - roles.begin());
  const auto last = roles.empty() ? 0 : roles.size() - 1;
  return static_cast<std::uint16_t>(std::min<std::size_t>(fallback, last));
}

std::int64_t plausible_value(const InputSpec& spec, Draw& draw) {
  const std::int64_t low_default = spec.type == ValueType::date ? Date::from_ymd(1930, 1, 1).days : 0;
  const std::int64_t low = spec.minimum.value_or(low_default);
  std::int64_t span = 0;
  switch (spec.type) {
    case ValueType::boolean: return draw.between(0, 1);
    case ValueType::enumeration:
      return spec.enum_values.empty() ? 0 : draw.between(0, static_cast<std::int64_t>(spec.enum_values.size()) - 1);
    case ValueType::money:
      if (low <= 0 && draw.chance(300)) return std::max<std::int64_t>(low, 0);  // many have no such income
      span = plausible_money_span;
      break;
    case ValueType::integer: span = 99; break;
    case ValueType::decimal: span = decimal_scale; break;
    case ValueType::date: span = Date::from_ymd(2024, 12, 31).days - low; break;
  }
  const std::int64_t high = spec.maximum ? std::min(*spec.maximum, low + std::max<std::int64_t>(span, 0))
                                         : low + std::max<std::int64_t>(span, 0);
  return draw.between(low, std::max(low, high));
}

std::string numbered(char prefix, std::size_t number) {
  std::string digits = std::to_string(number);
  return prefix + std::string(digits.size() < 7 ? 7 - digits.size() : 0, '0') + digits;
}

void fill_columns(const RulePack& pack, EntityTable& table, Draw& draw) {
  for (const auto& spec : pack.inputs) {
    if (spec.entity != table.entity) continue;
    Column column(spec.type, table.size());
    for (std::size_t row = 0; row < table.size(); ++row)
      if (!draw.chance(unknown_per_mille)) column.set(row, plausible_value(spec, draw));
    table.columns.emplace(spec.name, std::move(column));
  }
}

}  // namespace

Population generate_population(const RulePack& pack, std::size_t groups, std::uint64_t seed) {
  Draw draw(seed);
  const std::uint16_t demandeur = role_index(pack, "demandeur", 0);
  const std::uint16_t conjoint = role_index(pack, "conjoint", 1);
  const std::uint16_t enfant = role_index(pack, "enfant", 2);

  EntityTable group_table{pack.entities.group, {}, {}};
  EntityTable person_table{pack.entities.person, {}, {}};
  std::vector<std::uint32_t> person_group;
  std::vector<std::uint16_t> person_role;
  group_table.ids.reserve(groups);
  for (std::size_t group = 0; group < groups; ++group) {
    group_table.ids.push_back(numbered('F', group + 1));
    const std::size_t size = household_size(draw);
    const bool couple = size >= 2 && draw.chance(600);
    for (std::size_t member = 0; member < size; ++member) {
      person_table.ids.push_back(numbered('P', person_table.ids.size() + 1));
      person_group.push_back(static_cast<std::uint32_t>(group));
      person_role.push_back(member == 0 ? demandeur : (member == 1 && couple ? conjoint : enfant));
    }
  }
  fill_columns(pack, group_table, draw);
  fill_columns(pack, person_table, draw);
  return Population(std::move(group_table), std::move(person_table), std::move(person_group),
                    std::move(person_role));
}

}  // namespace eligo::data
