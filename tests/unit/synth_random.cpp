// The synthetic generator's draws rest on the mt19937_64 sequence the standard fixes: its
// engine (Boost.Random's) must give exactly what std::mt19937_64 gives.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>

#include "synth/random.hpp"

using namespace eligo;

TEST_CASE("the generator's uniforms are those of std::mt19937_64", "[synth][random]") {
  for (const std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{5489}, synth::mix_seed(1, 0), ~std::uint64_t{0}}) {
    INFO("seed " << seed);
    synth::Random random(seed);
    std::mt19937_64 standard(seed);
    std::size_t different = 0;
    // A million draws: more than three thousand refills of the engine's state.
    for (int draw = 0; draw < 1'000'000; ++draw)
      different += random.uniform() != static_cast<double>(standard() >> 11) * 0x1.0p-53;
    CHECK(different == 0);
  }
  // The value the standard requires of the 10,000th output of a default-seeded engine.
  synth::Random random(5489);
  double last = 0;
  for (int draw = 0; draw < 10'000; ++draw) last = random.uniform();
  CHECK(last == static_cast<double>(std::uint64_t{9981545732273789042u} >> 11) * 0x1.0p-53);
}
