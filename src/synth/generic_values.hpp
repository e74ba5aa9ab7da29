// A plausible value for an input the generator does not model: any value of its type
// within its range, as the data stage's generic generator does.
#pragma once

#include <cstdint>
#include <optional>

#include "eligo/pack.hpp"
#include "synth/random.hpp"

namespace eligo::synth {

std::optional<std::int64_t> plausible_value(const InputSpec& spec, Random& random);

}  // namespace eligo::synth
