// Exact integer arithmetic on values: checked against overflow, rounded as the law says.
#pragma once

#include <cstdint>
#include <limits>

#include "core/int128.hpp"
#include <optional>

#include "eligo/value.hpp"

namespace eligo::detail {

inline bool fits(int128 value) {
  return value >= std::numeric_limits<std::int64_t>::min() && value <= std::numeric_limits<std::int64_t>::max();
}

// numerator / denominator rounded to nearest, halves away from zero (the cent rounding of
// French administrative practice). denominator != 0.
inline int128 divide_half_away(int128 numerator, int128 denominator) {
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  int128 quotient = numerator / denominator;
  const int128 remainder = numerator % denominator;
  const int128 twice = remainder < 0 ? -2 * remainder : 2 * remainder;
  if (twice >= denominator) quotient += numerator < 0 ? -1 : 1;
  return quotient;
}

inline int128 floor_divide(int128 numerator, int128 denominator) {
  int128 quotient = numerator / denominator;
  if ((numerator % denominator != 0) && ((numerator < 0) != (denominator < 0))) --quotient;
  return quotient;
}

inline std::optional<std::int64_t> narrow(int128 value) {
  if (!fits(value)) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

// x rounded to a multiple of step (> 0): nearest (halves away from zero), down or up.
enum class Rounding { nearest, down, up };
inline std::optional<std::int64_t> round_to_step(std::int64_t x, std::int64_t step, Rounding mode) {
  if (step <= 0) return std::nullopt;
  int128 units = 0;
  switch (mode) {
    case Rounding::nearest: units = divide_half_away(x, step); break;
    case Rounding::down: units = floor_divide(x, step); break;
    case Rounding::up: units = -floor_divide(-static_cast<int128>(x), step); break;
  }
  return narrow(units * step);
}

inline int full_months_between(Date from, Date to) {
  int fy = 0, fm = 0, fd = 0, ty = 0, tm = 0, td = 0;
  from.to_ymd(fy, fm, fd);
  to.to_ymd(ty, tm, td);
  int months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) --months;
  return months;
}

}  // namespace eligo::detail
