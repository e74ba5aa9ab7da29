// "Did you mean" hints for names that users mistype: columns, inputs, roles, enum values.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace eligo::data {

// The candidate closest to `word` when it is close enough to be a likely typo.
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates);

// " (did you mean \"x\"?)" or an empty string; ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

// "a, b, c": the candidates listed for a message.
std::string join_names(std::span<const std::string> names);

}  // namespace eligo::data
