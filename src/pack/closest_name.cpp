#include "pack/closest_name.hpp"

#include "core/suggest.hpp"

namespace eligo::pack_detail {

std::string suggestion_suffix(std::string_view wanted, const std::vector<std::string>& candidates) {
  if (std::string close = detail::did_you_mean(wanted, candidates); !close.empty()) return close;
  if (candidates.empty()) return {};
  std::string text = "; expected one of: ";
  for (std::size_t i = 0; i < candidates.size(); ++i) text += (i == 0 ? "" : ", ") + candidates[i];
  return text;
}

}  // namespace eligo::pack_detail
