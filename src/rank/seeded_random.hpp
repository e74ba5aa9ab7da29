// Random numbers that are the same on every standard library: the Mersenne Twister's
// output is fixed by the standard, but the distributions (uniform_real_distribution,
// shuffle) are not, so eligo maps integers to doubles and ranges itself.
#pragma once

#include <cstdint>
#include <random>

namespace eligo::detail {

__extension__ using uint128 = unsigned __int128;  // a GCC and Clang extension

class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, 1): the top 53 bits of one draw, exactly representable.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n) by Lemire's multiply-shift (its bias, at most n / 2^64, is
  // negligible for the sizes eligo draws from).
  std::uint64_t below(std::uint64_t n) {
    const auto product = static_cast<uint128>(engine_()) * n;
    return static_cast<std::uint64_t>(product >> 64);
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace eligo::detail
