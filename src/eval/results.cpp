#include "eligo/results.hpp"

#include <array>

#include "eligo/error.hpp"

namespace eligo {

namespace {
constexpr std::array<std::string_view, 3> status_names = {"not_eligible", "eligible", "undetermined"};
constexpr std::array<std::string_view, 3> truth_names = {"no", "yes", "unknown"};
const std::vector<std::string> no_names;
}  // namespace

std::string_view to_string(Status status) { return status_names[static_cast<std::size_t>(status)]; }
std::string_view to_string(Truth truth) { return truth_names[static_cast<std::size_t>(truth)]; }

std::optional<Status> status_from_string(std::string_view text) {
  for (std::size_t i = 0; i < status_names.size(); ++i)
    if (status_names[i] == text) return static_cast<Status>(i);
  return std::nullopt;
}

const BenefitResults* Results::find(const std::string& benefit) const& {
  for (const BenefitResults& results : benefits)
    if (results.benefit == benefit) return &results;
  return nullptr;
}

namespace {
// An index past the end would read another object's memory: a clear Error instead.
void check_indices(const Results& results, std::size_t benefit, std::size_t group) {
  if (benefit >= results.benefits.size())
    throw Error("no benefit number " + std::to_string(benefit) + " in the results (" +
                std::to_string(results.benefits.size()) + " benefits)");
  if (group >= results.group_count())
    throw Error("no group number " + std::to_string(group) + " in the results (" +
                std::to_string(results.group_count()) + " groups)");
}
}  // namespace

std::vector<std::string> Results::failed_conditions(std::size_t benefit, std::size_t group) const {
  check_indices(*this, benefit, group);
  std::vector<std::string> failed;
  const BenefitResults& results = benefits[benefit];
  for (std::size_t c = 0; c < results.condition_ids.size(); ++c)
    if (results.conditions[c][group] == Truth::no) failed.push_back(results.condition_ids[c]);
  return failed;
}

const std::vector<std::string>& Results::missing_inputs(std::size_t benefit, std::size_t group) const& {
  check_indices(*this, benefit, group);
  const auto& missing = benefits[benefit].missing;
  const auto found = missing.find(static_cast<std::uint32_t>(group));
  return found == missing.end() ? no_names : found->second;
}

}  // namespace eligo
