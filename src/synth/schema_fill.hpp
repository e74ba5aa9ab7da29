// Writes the synthetic world into the columns of a pack's schema, by input name.
//
// Inputs the generator knows (docs/synthetic-population.md lists them) get their modelled
// value; the others get a plausible value of their type and range. The complete tables
// are the truth; the observed population masks what an agency would not know.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "eligo/pack.hpp"
#include "eligo/population.hpp"
#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

struct SchemaTables {
  EntityTable groups;
  EntityTable persons;
  std::vector<std::uint32_t> person_group;
  std::vector<std::uint16_t> person_role;
  // Rows of each input left unknown in the observed population.
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> group_unknowns;
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> person_unknowns;
};

// Runs on up to `threads` threads (0: one per core); the tables are the same whatever the
// number.
SchemaTables fill_schema(const RulePack& pack, const World& world, const Period& period, double unknown_rate,
                         Random& random, int threads = 1);

// Populations built from copies of the tables: complete, or with the unknowns masked.
Population truth_population(const SchemaTables& tables);
Population observed_population(SchemaTables&& tables);  // the last use of the tables

// A group input that mirrors benefits received (family benefits counted as resources by
// the RSA): its name and the benefits it sums, when the pack has both.
struct ReceivedBenefitInput {
  std::string input;
  std::vector<std::string> benefits;
};
std::vector<ReceivedBenefitInput> received_benefit_inputs(const RulePack& pack);

}  // namespace eligo::synth
