// Synthetic populations for tests and benchmarks: every input of a pack's schema gets a
// plausible value of its type and range, the same for a given seed on every machine.
#pragma once

#include <cstddef>
#include <cstdint>

#include "eligo/pack.hpp"
#include "eligo/population.hpp"

namespace eligo::data {

// `groups` households of 1 to 6 persons: a demandeur first, often a conjoint, then
// children. About 2% of values are unknown.
Population generate_population(const RulePack& pack, std::size_t groups, std::uint64_t seed);

}  // namespace eligo::data
