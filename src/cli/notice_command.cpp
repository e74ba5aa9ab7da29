// eligo notice PACK ... --id GROUP [--person ID] [--ranking FILE]: the individual notice of
// CRPA article R311-3-1-2, as text, HTML or JSON.
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/input_file.hpp"
#include "cli/group_evaluation.hpp"

namespace eligo::cli {

namespace {

struct NoticeCommandOptions {
  PopulationOptions population;
  std::string group_id;
  std::string person_id;
  std::string language = "fr";
  std::string format = "text";
  std::filesystem::path ranking;
};

// {"model": "...", "features": [{"feature": "...", "value": "...", "contribution": 0.42}]}:
// the ranking model's contributions for this person, as the ranking step writes them.
RankingUse read_ranking(const std::filesystem::path& path) {
  const std::string text = detail::read_input_file(path);
  try {
    const nlohmann::json document = nlohmann::json::parse(text);
    RankingUse ranking{document.at("model").get<std::string>(), {}};
    for (const auto& feature : document.at("features"))
      ranking.features.push_back({feature.at("feature").get<std::string>(), feature.at("value").get<std::string>(),
                                  feature.at("contribution").get<double>()});
    return ranking;
  } catch (const nlohmann::json::exception& failure) {
    throw Error(SourceLocation{path.string(), 0, 0},
                std::string("expected {\"model\", \"features\": [{\"feature\", \"value\", \"contribution\"}]}: ") +
                    failure.what());
  }
}

int run_notice(const NoticeCommandOptions& options) {
  const GroupEvaluation evaluation = evaluate_group(options.population, options.group_id, options.person_id);
  NoticeOptions notice_options{options.person_id, {}};
  if (!options.ranking.empty()) notice_options.ranking = read_ranking(options.ranking);
  const Notice notice = make_notice(evaluation.pack, evaluation.results, evaluation.group, evaluation.trace,
                                    options.language, notice_options);
  if (options.format == "html")
    std::cout << render_notice_html(notice);
  else if (options.format == "json")
    std::cout << render_notice_json(notice);
  else
    std::cout << render_notice_text(notice);
  return exit_ok;
}

}  // namespace

void add_notice_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<NoticeCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "notice", "Write the individual notice of CRPA art. R311-3-1-2: how the algorithm contributed, data, parameters, operations");
  add_population_options(*command, options->population);
  command->add_option("--id", options->group_id, "Id of the person's group")->required();
  command->add_option("--person", options->person_id, "Id of the person the notice is for");
  command->add_option("--language", options->language, "Register: fr, fr-falc (easy-to-read French) or en")
      ->check(CLI::IsMember({"fr", "fr-falc", "en"}))
      ->capture_default_str();
  command->add_option("--format", options->format, "Output format: text, html or json")
      ->check(CLI::IsMember({"text", "html", "json"}))
      ->capture_default_str();
  command->add_option("--ranking", options->ranking,
                      "JSON file of the ranking model's per-feature contributions for this person")
      ->check(CLI::ExistingFile);
  command->callback([options, &action] { action = [options] { return run_notice(*options); }; });
}

}  // namespace eligo::cli
