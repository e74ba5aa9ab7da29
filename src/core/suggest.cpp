#include "core/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <vector>

namespace eligo::detail {

namespace {
bool same_letter(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}
}  // namespace

// Levenshtein distance, case-insensitive on ASCII so that "Salaire_Net" finds "salaire_net".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (same_letter(a[i - 1], b[j - 1]) ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
    }
    std::swap(previous, row);
  }
  return previous[b.size()];
}

namespace {
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}
}  // namespace

std::optional<std::string> closest_name(std::string_view name, std::span<const std::string> candidates) {
  // Close enough to be a typo, far enough not to pair unrelated short words.
  const std::size_t tolerance = std::clamp<std::size_t>(name.size() / 3, 1, 3);
  std::optional<std::string> best;
  std::size_t best_distance = tolerance + 1;
  for (const std::string& candidate : candidates) {
    std::size_t distance = edit_distance(name, candidate);
    // A name cut short ("salaire" for "salaire_net") is a likely slip as well.
    if (name.size() >= 4 && starts_with_ignoring_case(candidate, name)) distance = std::min(distance, tolerance);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, std::span<const std::string> candidates) {
  const auto best = closest_name(name, candidates);
  return best ? "; did you mean `" + *best + "`?" : std::string();
}

}  // namespace eligo::detail
