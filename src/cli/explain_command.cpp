// eligo explain PACK ... --id GROUP: the explanation of one group, in one register or all.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"

namespace eligo::cli {

namespace {

struct ExplainOptions {
  PopulationOptions population;
  std::string group_id;
  std::string language = "fr";
  std::string format = "text";
  bool trace = false;
};

std::vector<std::string> chosen_languages(const std::string& language) {
  if (language != "all") return {language};
  return {std::begin(explanation_languages), std::end(explanation_languages)};
}

int run_explain(const ExplainOptions& options) {
  const RulePack pack = load_pack_or_throw(options.population.pack);
  const Program program = Program::compile(pack);
  const Population population = read_population_csv(pack, options.population.groups, options.population.persons);
  const std::optional<std::size_t> group = population.find_group(options.group_id);
  if (!group)
    throw Error(SourceLocation{options.population.groups.string(), 0, 0},
                "no " + pack.entities.group + " with id `" + options.group_id + "`");

  const Period period = *Period::parse(options.population.period);
  const Results results = program.evaluate(population, period);
  const Trace trace = program.trace(population, *group, period);

  std::vector<Explanation> explanations;
  for (const std::string& language : chosen_languages(options.language))
    explanations.push_back(explain(pack, results, *group, language, &trace));

  if (options.format == "json") {
    const std::string rendered =
        explanations.size() == 1 ? render_json(explanations.front()) : render_json(explanations);
    if (!options.trace) {
      std::cout << rendered;
      return exit_ok;
    }
    // One JSON document, so that the output stays parseable with the trace.
    const nlohmann::json both{{"explanation", nlohmann::json::parse(rendered)},
                              {"trace", nlohmann::json::parse(render_trace_json(trace))}};
    std::cout << both.dump(2) << '\n';
    return exit_ok;
  }
  for (std::size_t i = 0; i < explanations.size(); ++i) {
    if (i > 0) std::cout << '\n' << std::string(72, '-') << "\n\n";
    std::cout << render_text(explanations[i]);
  }
  if (options.trace) std::cout << '\n' << render_trace_text(trace);
  return exit_ok;
}

}  // namespace

void add_explain_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand("explain", "Explain the results of one group in plain words");
  add_population_options(*command, options->population);
  command->add_option("--id", options->group_id, "Id of the group to explain")->required();
  command->add_option("--language", options->language, "Register: fr, fr-falc (easy-to-read French), en, or all")
      ->check(CLI::IsMember({"fr", "fr-falc", "en", "all"}))
      ->capture_default_str();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_flag("--trace", options->trace,
                    "Also print the full trace: every condition and intermediate value, with parameters and references");
  command->callback([options, &action] { action = [options] { return run_explain(*options); }; });
}

}  // namespace eligo::cli
