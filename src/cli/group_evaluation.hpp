// What explain, letter and notice share: one group of a population evaluated, with its
// trace, and the pack's template warnings shown once on stderr.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.hpp"

namespace eligo::cli {

struct GroupEvaluation {
  RulePack pack;
  Results results;
  Trace trace;
  std::size_t group = 0;
  std::vector<std::string> member_ids;  // the group's persons, in population order
};

// Throws Error when the group is unknown, or when `person_id` is given and is not one of
// its members. `monthly`, when given, is a monthly history (id,month,input,value) laid over
// the population's single values.
GroupEvaluation evaluate_group(const PopulationOptions& options, const std::string& group_id,
                               const std::string& person_id = {}, const std::filesystem::path& monthly = {});

// The registers that `--language` names: one, or the three for "all".
std::vector<std::string> chosen_languages(const std::string& language);

}  // namespace eligo::cli
