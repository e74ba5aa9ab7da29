#include "synth/generic_values.hpp"

#include <algorithm>

namespace eligo::synth {

namespace {

constexpr std::int64_t modest_money_span = 4'000'00;  // cents: a month of modest income

std::int64_t between(std::int64_t low, std::int64_t high, Random& random) {
  if (high <= low) return low;
  const double span = static_cast<double>(high - low) + 1.0;
  return std::min(high, low + static_cast<std::int64_t>(random.uniform() * span));
}

}  // namespace

std::optional<std::int64_t> plausible_value(const InputSpec& spec, Random& random) {
  const std::int64_t low_default = spec.type == ValueType::date ? Date::from_ymd(1930, 1, 1).days : 0;
  const std::int64_t low = spec.minimum.value_or(low_default);
  std::int64_t span = 0;
  switch (spec.type) {
    case ValueType::boolean: return random.chance(0.5) ? 1 : 0;
    case ValueType::enumeration:
      if (spec.enum_values.empty()) return std::nullopt;
      return between(0, static_cast<std::int64_t>(spec.enum_values.size()) - 1, random);
    case ValueType::money:
      if (low <= 0 && random.chance(0.3)) return std::max<std::int64_t>(low, 0);  // many have no such income
      span = modest_money_span;
      break;
    case ValueType::integer: span = 99; break;
    case ValueType::decimal: span = decimal_scale; break;
    case ValueType::date: span = Date::from_ymd(2024, 12, 31).days - low; break;
  }
  std::int64_t high = low + std::max<std::int64_t>(span, 0);
  if (spec.maximum) high = std::min(high, *spec.maximum);
  return between(low, std::max(low, high), random);
}

}  // namespace eligo::synth
