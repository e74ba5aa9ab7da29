// Suggestions for misspelt names: "unknown field `refrence`; did you mean `reference`?".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::pack_detail {

// Levenshtein distance: insertions, deletions and substitutions, one each.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `wanted` when it is close enough to be a likely typo.
std::optional<std::string> closest_name(std::string_view wanted, const std::vector<std::string>& candidates);

// "; did you mean `x`?" or, when nothing is close, "; expected one of: a, b, c".
std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates);

}  // namespace eligo::pack_detail
