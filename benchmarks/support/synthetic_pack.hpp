// Synthetic rule packs for the benchmarks: `rules` benefits of the same shape over a
// fixed schema, so that time can be measured per rule and against a hand-written loop.
#pragma once

#include <cstddef>
#include <filesystem>

namespace eligo::bench {

// Writes into `folder` (created or emptied) a pack with one group input `ressources`
// (money), one group input `statut` (enum a/b/c), person inputs `salaire` (money) and
// `date_naissance` (date), and `rules` benefits.
//
// With `simple`, the single benefit is the simple rule of the hand-fused comparison:
//   condition ressources < param.plafond_1, amount param.plafond_1 - ressources.
// Otherwise benefit k reads its own ceiling and does an aggregation over members:
//   conditions ressources + sum(membres, salaire) < param.plafond_k; statut in ["a", "b"]
//   amount max(0, param.plafond_k - ressources - sum(membres where age_on(date_naissance) >= 18, salaire))
void write_synthetic_pack(const std::filesystem::path& folder, std::size_t rules, bool simple);

// The ceiling of rule k (1-based), in cents.
long long synthetic_ceiling_cents(std::size_t k);

}  // namespace eligo::bench
