// The contact list as a CSV file: `eligo rank` writes it, `eligo fairness` reads it back.
// One row per candidate, in contact order:
//   rank, <group>_id, person_id, benefit, status, monthly_amount, non_claimant_probability,
//   expected_gain, within_capacity, reason_1, contribution_1, reason_2, contribution_2,
//   reason_3, contribution_3
// monthly_amount is empty when undetermined, expected_gain when the model has no uplift part.
#pragma once

#include <filesystem>
#include <vector>

#include "cli/ranking_chain.hpp"

namespace eligo::cli {

// Written whole or not at all; `eligo plan` reads the file as it is (outreach::read_candidates_csv).
void write_ranked_csv(const std::filesystem::path& path, const std::string& group_entity,
                      const std::vector<ContactRow>& rows);

// Per candidate of `detected`, a score that orders the candidates as the file's ranks do
// (rank 1 highest), the lowest of all for a candidate the file does not list (a list cut
// short); `listed` counts the rows.
// Throws Error naming row and column for a missing column, a rank that is not a whole
// number, a row that is not a candidate of this population, or one listed twice.
std::vector<double> read_ranked_csv(const std::filesystem::path& path, const std::string& group_entity,
                                    const DetectedRights& detected, std::size_t& listed);

}  // namespace eligo::cli
