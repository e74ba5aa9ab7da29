// Suggestions in pack messages: a close name, or the list of what was expected.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eligo::pack_detail {

// "; did you mean `x`?" when a candidate is close, else "; expected one of: a, b, c".
std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates);

}  // namespace eligo::pack_detail
