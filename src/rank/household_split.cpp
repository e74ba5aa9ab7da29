#include "rank/household_split.hpp"

#include <cmath>
#include <numeric>
#include <string>

#include "eligo/error.hpp"
#include "rank/seeded_random.hpp"

namespace eligo::detail {

HouseholdSplit split_households(std::size_t households, double holdout_share, std::uint64_t seed) {
  if (!(holdout_share >= 0 && holdout_share <= 1))
    throw Error("household split: the held-out share must be between 0 and 1, not " + std::to_string(holdout_share));
  HouseholdSplit split;
  split.side.assign(households, HouseholdSplit::training);
  split.held_out_count = static_cast<std::size_t>(std::llround(holdout_share * static_cast<double>(households)));
  // A partial Fisher-Yates shuffle with eligo's own integer draws. The stream is apart from
  // the one the trees draw their rows from with the same seed.
  SeededRandom random(seed ^ 0x686f6c646f7574ull);  // "holdout"
  std::vector<std::size_t> order(households);
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = 0; i < split.held_out_count; ++i) {
    std::swap(order[i], order[i + random.below(households - i)]);
    split.side[order[i]] = HouseholdSplit::held_out;
  }
  return split;
}

}  // namespace eligo::detail
