#include "cli/group_evaluation.hpp"
#include "core/file_set.hpp"

#include <algorithm>
#include <iostream>

namespace eligo::cli {

GroupEvaluation evaluate_group(const PopulationOptions& options, const std::string& group_id,
                               const std::string& person_id, const std::filesystem::path& monthly) {
  GroupEvaluation evaluation;
  evaluation.pack = load_pack_or_throw(options.pack);
  // A pack without templates still reads well (built-in wording), but its owner should know.
  if (const auto warnings = check_templates(evaluation.pack); !warnings.empty()) print_diagnostics(std::cerr, warnings);
  const Program program = Program::compile(evaluation.pack);
  for (const auto& file : {options.groups, options.persons}) detail::check_file_in_set(file);
  Population population = read_population_csv(evaluation.pack, options.groups, options.persons);
  if (!monthly.empty()) population.set_monthly_values(evaluation.pack, read_monthly_csv(monthly));
  const std::optional<std::size_t> group = population.find_group(group_id);
  if (!group)
    throw Error(SourceLocation{options.groups.string(), 0, 0},
                "no " + evaluation.pack.entities.group + " with id `" + group_id + "`");
  evaluation.group = *group;
  const auto& person_ids = population.persons().ids;
  for (std::uint32_t p = population.member_begin(*group); p < population.member_begin(*group + 1); ++p)
    evaluation.member_ids.push_back(person_ids[p]);
  if (!person_id.empty() && std::find(evaluation.member_ids.begin(), evaluation.member_ids.end(), person_id) ==
                                evaluation.member_ids.end())
    throw Error(SourceLocation{options.persons.string(), 0, 0},
                "no " + evaluation.pack.entities.person + " `" + person_id + "` in " + evaluation.pack.entities.group +
                    " `" + group_id + "`");
  const Period period = Period::parse(options.period);
  evaluation.results = program.evaluate(population, period);
  evaluation.trace = program.trace(population, *group, period);
  return evaluation;
}

std::vector<std::string> chosen_languages(const std::string& language) {
  if (language != "all") return {language};
  return {std::begin(explanation_languages), std::end(explanation_languages)};
}

}  // namespace eligo::cli
