// The split of `eligo train`: households, drawn from the seed, each on exactly one side,
// in the share asked for.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

#include "eligo/error.hpp"
#include "rank/household_split.hpp"

using namespace eligo;
using detail::HouseholdSplit;

namespace {

std::size_t count_side(const HouseholdSplit& split, HouseholdSplit::Side side) {
  std::size_t count = 0;
  for (const auto s : split.side) count += s == side ? 1 : 0;
  return count;
}

}  // namespace

TEST_CASE("every household is on exactly one side, in the share asked for", "[rank][split]") {
  constexpr std::size_t households = 10'000;
  for (const double share : {0.05, 0.2, 0.5, 0.9}) {
    INFO("share " << share);
    const HouseholdSplit split = detail::split_households(households, share, 7);
    REQUIRE(split.side.size() == households);
    const std::size_t held_out = count_side(split, HouseholdSplit::held_out);
    const std::size_t training = count_side(split, HouseholdSplit::training);
    // Disjoint and complete: each household has one side, and the sides add up.
    CHECK(held_out + training == households);
    CHECK(held_out == split.held_out_count);
    CHECK(training == split.training_count());
    // Exactly round(share x households): the held-out share is within 0.5 / households of it.
    CHECK(std::abs(static_cast<double>(held_out) / households - share) <= 0.5 / households);
  }
  // Of 7 households, round(0.2 x 7) = 1 held out; of 8, round(1.6) = 2.
  CHECK(detail::split_households(7, 0.2, 1).held_out_count == 1);
  CHECK(detail::split_households(8, 0.2, 1).held_out_count == 2);
}

TEST_CASE("the held-out households are spread over the population, not its first or last rows",
          "[rank][split]") {
  const HouseholdSplit split = detail::split_households(10'000, 0.2, 3);
  // 2,000 held out: each tenth of the population holds 200 of them on average; a binomial
  // count of 1,000 draws at 0.2 lies within 200 +- 60 (over 4.7 standard deviations).
  for (std::size_t tenth = 0; tenth < 10; ++tenth) {
    std::size_t held_out = 0;
    for (std::size_t h = tenth * 1000; h < (tenth + 1) * 1000; ++h)
      held_out += split.side[h] == HouseholdSplit::held_out ? 1 : 0;
    INFO("households " << tenth * 1000 << " to " << (tenth + 1) * 1000 - 1);
    CHECK(held_out >= 140);
    CHECK(held_out <= 260);
  }
}

TEST_CASE("the same seed draws the same households, another seed others", "[rank][split]") {
  const HouseholdSplit first = detail::split_households(10'000, 0.2, 3);
  const HouseholdSplit again = detail::split_households(10'000, 0.2, 3);
  const HouseholdSplit other = detail::split_households(10'000, 0.2, 4);
  CHECK(first.side == again.side);
  CHECK(other.held_out_count == first.held_out_count);
  CHECK(other.side != first.side);
  // Two independent draws of 2,000 among 10,000 share about 400 households (0.2 x 2,000),
  // far from all 2,000.
  std::size_t both = 0;
  for (std::size_t h = 0; h < first.side.size(); ++h)
    both += first.side[h] == HouseholdSplit::held_out && other.side[h] == HouseholdSplit::held_out ? 1 : 0;
  CHECK(both > 300);
  CHECK(both < 500);
}

TEST_CASE("a share of 0 keeps every household in training", "[rank][split]") {
  const HouseholdSplit split = detail::split_households(10'000, 0.0, 3);
  CHECK(split.held_out_count == 0);
  CHECK(split.training_count() == 10'000);
  CHECK(count_side(split, HouseholdSplit::training) == 10'000);
  CHECK(detail::split_households(0, 0.2, 3).side.empty());
}

TEST_CASE("a share outside [0, 1] is refused", "[rank][split]") {
  CHECK_THROWS_AS(detail::split_households(100, -0.1, 1), Error);
  CHECK_THROWS_AS(detail::split_households(100, 1.5, 1), Error);
  CHECK_THROWS_AS(detail::split_households(100, std::nan(""), 1), Error);
}
