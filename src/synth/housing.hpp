// Where and how households live, and what the tax notice says: income fifths, housing
// tenure, housing aid already received, reference taxable income.
#pragma once

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

// Monthly resources of a household per consumption unit (Insee/Eurostat scale: 1 for the
// first adult, 0.5 for each other person of 14 or more, 0.3 under 14), in cents.
double resources_per_unit(const World& world, const Household& household);

void draw_housing_and_tax(World& world, Random& random);

}  // namespace eligo::synth
