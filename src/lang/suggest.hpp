// "Did you mean ...?" for names that are close to a known one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eligo::lang {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a likely typo.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& candidates);

// "; did you mean `x`?" or an empty string.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace eligo::lang
