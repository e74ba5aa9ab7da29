// Which households a model learns from and which measure it.
//
// Households, not rows: the rights and candidates of one household share its members, its
// income, its address and its accessibility profile, and its campaign row is about one of
// its rights. Split row by row, a household's other rights would teach the model the
// answer for the rows it is then measured on, and the "held-out" figures would be nearly
// as optimistic as the training ones. Every row of a household goes to the same side.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eligo::detail {

struct HouseholdSplit {
  enum Side : std::uint8_t { training = 0, held_out = 1 };
  std::vector<Side> side;  // one per household, in the population's order
  std::size_t held_out_count = 0;

  std::size_t training_count() const noexcept { return side.size() - held_out_count; }
};

// Exactly round(holdout_share x households) households held out (so the held-out share is
// within 0.5 / households of holdout_share), drawn without replacement from `seed`: the
// same households for the same count and seed, on every standard library. A share of 0
// puts every household in training. Throws Error unless 0 <= holdout_share <= 1.
HouseholdSplit split_households(std::size_t households, double holdout_share, std::uint64_t seed);

}  // namespace eligo::detail
