// The 64-bit fast paths of the evaluation's arithmetic against the 128-bit definitions
// they replace: same quotient, same rounding, on the values where rounding is decided
// (halves, signs, the edges of int64 and of the fast path).
#include <catch2/catch.hpp>

#include <limits>
#include <vector>

#include "eval/arithmetic.hpp"

using namespace eligo;
using namespace eligo::detail;

namespace {

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();

std::vector<std::int64_t> edge_values() {
  std::vector<std::int64_t> values{0, 1, -1, 2, -2, 499999, 500000, 500001, -499999, -500000, -500001,
                                   999999, 1000000, 1000001, -1000000, 1500000, -1500000, 2500000, -2500000,
                                   64652, -64652, 123456789, -123456789, 3037000499LL, -3037000499LL,
                                   3037000500LL, 9223372036854LL, -9223372036854LL, max64, min64, max64 - 1, min64 + 1};
  for (std::int64_t v = -2500; v <= 2500; v += 7) values.push_back(v * 1000);
  return values;
}

}  // namespace

TEST_CASE("64-bit rounded products and divisions equal the 128-bit ones", "[eval][arithmetic]") {
  const auto values = edge_values();
  std::size_t compared = 0;
  for (const std::int64_t a : values) {
    for (const std::int64_t b : values) {
      CHECK(multiply_scaled(a, b) == divide_half_away(static_cast<int128>(a) * b, decimal_scale));
      if (b != 0) {
        CHECK(divide_scaled(a, b) == divide_half_away(static_cast<int128>(a) * decimal_scale, b));
        CHECK(divide_rounded(a, b) == divide_half_away(static_cast<int128>(a), static_cast<int128>(b)));
      }
      ++compared;
    }
  }
  CHECK(compared == values.size() * values.size());
  // Halves go away from zero: 2.5 -> 3, -2.5 -> -3 (in millionths of a unit).
  CHECK(multiply_scaled(2500000, 1) == 3);
  CHECK(multiply_scaled(-2500000, 1) == -3);
  CHECK(divide_rounded(5, 2) == 3);
  CHECK(divide_rounded(-5, 2) == -3);
}

TEST_CASE("rounding to a step in 64 bits keeps nearest, down and up", "[eval][arithmetic]") {
  const auto values = edge_values();
  for (const std::int64_t x : values) {
    for (const std::int64_t step : {std::int64_t{1}, std::int64_t{100}, std::int64_t{1000}, std::int64_t{7},
                                    std::int64_t{1000000}, max64}) {
      const int128 nearest = divide_half_away(static_cast<int128>(x), static_cast<int128>(step)) * step;
      const int128 down = floor_divide(x, step) * step;
      const int128 up = -floor_divide(-static_cast<int128>(x), step) * step;
      CHECK(round_to_step(x, step, Rounding::nearest) == narrow(nearest));
      CHECK(round_to_step(x, step, Rounding::down) == narrow(down));
      CHECK(round_to_step(x, step, Rounding::up) == narrow(up));
    }
  }
  CHECK(round_to_step(150, 100, Rounding::nearest) == 200);
  CHECK(round_to_step(-150, 100, Rounding::nearest) == -200);
  CHECK(round_to_step(-150, 100, Rounding::down) == -200);
  CHECK(round_to_step(-150, 100, Rounding::up) == -100);
  CHECK(round_to_step(min64, 100, Rounding::down) == std::nullopt);  // does not fit
}
