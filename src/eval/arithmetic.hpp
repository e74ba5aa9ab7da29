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

// The same rounding in 64 bits, for a positive denominator: the compiler turns a division
// by a constant (10^6) into a multiplication, where the 128-bit one calls __divmodti4.
inline std::int64_t divide_half_away_64(std::int64_t numerator, std::int64_t denominator) {
  std::int64_t quotient = numerator / denominator;
  const std::int64_t remainder = numerator % denominator;
  const std::int64_t magnitude = remainder < 0 ? -remainder : remainder;
  // twice the remainder >= denominator, without computing twice the remainder (it may overflow).
  if (magnitude >= denominator - magnitude) quotient += numerator < 0 ? -1 : 1;
  return quotient;
}

// (a x b) / 10^6 rounded half away from zero, without 128-bit arithmetic when a x b fits.
inline int128 multiply_scaled(std::int64_t a, std::int64_t b) {
  std::int64_t product = 0;
  if (!__builtin_mul_overflow(a, b, &product)) return divide_half_away_64(product, decimal_scale);
  return divide_half_away(static_cast<int128>(a) * b, decimal_scale);
}

// (a x 10^6) / b rounded half away from zero; b != 0.
inline int128 divide_scaled(std::int64_t a, std::int64_t b) {
  std::int64_t scaled = 0;
  if (b > 0 && !__builtin_mul_overflow(a, std::int64_t{decimal_scale}, &scaled)) return divide_half_away_64(scaled, b);
  return divide_half_away(static_cast<int128>(a) * decimal_scale, b);
}

// a / b rounded half away from zero; b != 0.
inline int128 divide_rounded(std::int64_t a, std::int64_t b) {
  if (b > 0) return divide_half_away_64(a, b);
  return divide_half_away(static_cast<int128>(a), static_cast<int128>(b));
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
  // In 64 bits: step > 0, so the quotient fits and only the product below may not.
  std::int64_t units = x / step;
  const std::int64_t remainder = x % step;
  switch (mode) {
    case Rounding::nearest: units = divide_half_away_64(x, step); break;
    case Rounding::down: units -= remainder < 0 ? 1 : 0; break;
    case Rounding::up: units += remainder > 0 ? 1 : 0; break;
  }
  return narrow(static_cast<int128>(units) * step);
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
