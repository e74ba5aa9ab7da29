// Who lives together: household types, members, ages, sex, territory and nationality.
#pragma once

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

// Appends `households` households and their members to `world`.
void draw_composition(World& world, std::size_t households, Random& random);

}  // namespace eligo::synth
