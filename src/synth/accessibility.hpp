// The accessibility profile of every person aged 15 or more: digital access, sensory and
// cognitive needs, language, isolation, distance to a France Services counter, online
// account, past unanswered contact.
#pragma once

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

// Needs housing and income fifths (digital exclusion follows income).
void draw_accessibility(World& world, Random& random);

// Digital exclusion (illectronisme) rate of an age before the income adjustment.
double digital_exclusion_by_age(int age);

}  // namespace eligo::synth
