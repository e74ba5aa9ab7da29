// What each adult does and earns: activity, wages with part time and incomplete quarters,
// unemployment benefit, pensions, self-employed income, maintenance, disability.
#pragma once

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

void draw_activities_and_incomes(World& world, Random& random);

// Gross pension from net, inverting the CSG/CRDS/CASA brackets of the documentation.
std::int64_t gross_pension_from_net(std::int64_t net_cents);

}  // namespace eligo::synth
