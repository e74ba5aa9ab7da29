// "Did you mean ...?": the closest known name to a mistyped one, for every stage's messages.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace eligo::detail {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a likely slip: a third of the
// length may differ (one to three edits), or the word is a start of the candidate.
std::optional<std::string> closest_name(std::string_view name, std::span<const std::string> candidates);

// "; did you mean `x`?" or an empty string: the form used in rule pack messages.
std::string did_you_mean(std::string_view name, std::span<const std::string> candidates);

}  // namespace eligo::detail
