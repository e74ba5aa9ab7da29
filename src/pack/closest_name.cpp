#include "pack/closest_name.hpp"

#include <algorithm>
#include <numeric>

namespace eligo::pack_detail {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // One row of the dynamic programming table at a time: names are short.
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest_name(std::string_view wanted, const std::vector<std::string>& candidates) {
  // A third of the length, at least one and at most three edits: close enough to be a
  // typo, far enough apart not to suggest `rule` for `role`-like unrelated short words.
  const std::size_t allowed = std::clamp<std::size_t>(wanted.size() / 3, 1, 3);
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(wanted, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates) {
  if (const auto close = closest_name(wanted, candidates)) return "; did you mean `" + *close + "`?";
  if (candidates.empty()) return {};
  std::string text = "; expected one of: ";
  for (std::size_t i = 0; i < candidates.size(); ++i) text += (i == 0 ? "" : ", ") + candidates[i];
  return text;
}

}  // namespace eligo::pack_detail
