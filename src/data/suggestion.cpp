#include "data/suggestion.hpp"

#include "core/suggest.hpp"

namespace eligo::data {

std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates) {
  return detail::closest_name(word, candidates);
}

// Data messages quote names the way the CSV file shows them: in double quotes.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  const auto best = closest_name(word, candidates);
  return best ? " (did you mean \"" + *best + "\"?)" : std::string();
}

std::string join_names(std::span<const std::string> names) {
  std::string text;
  for (const auto& name : names) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

}  // namespace eligo::data
