// eligo explain PACK ... --id GROUP: the explanation of one group, in one register or all,
// as text, HTML or JSON; with --output-dir, one file per register.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/file_output.hpp"
#include "cli/commands.hpp"
#include "cli/group_evaluation.hpp"

namespace eligo::cli {

namespace {

struct ExplainOptions {
  PopulationOptions population;
  std::string group_id;
  std::string language = "fr";
  std::string format = "text";
  std::filesystem::path output_dir;
  std::filesystem::path monthly;  // optional monthly history: id,month,input,value
  bool trace = false;
};

std::string render(const Explanation& explanation, const std::string& format) {
  if (format == "html") return render_html(explanation);
  if (format == "json") return render_json(explanation);
  return render_text(explanation);
}

int write_files(const ExplainOptions& options, const std::vector<Explanation>& explanations) {
  // The id comes from the data: checked before anything is created, so that an id such as
  // `../x` is refused rather than written outside the folder.
  const std::string stem = detail::safe_file_stem(options.group_id, "group id");
  const auto path_of = [&](const Explanation& explanation) {
    return options.output_dir /
           (stem + "." + explanation.language + "." + (options.format == "text" ? "txt" : options.format));
  };
  // Every file is checked before any is written: none may be one of the inputs.
  for (const Explanation& explanation : explanations)
    detail::refuse_output_onto_inputs(path_of(explanation),
                                      {options.population.groups, options.population.persons, options.monthly},
                                      "--output-dir");
  std::filesystem::create_directories(options.output_dir);
  for (const Explanation& explanation : explanations) {
    const auto path = path_of(explanation);
    detail::write_file_whole(path, [&](std::ostream& out) { out << render(explanation, options.format); });
    std::cout << path.generic_string() << '\n';
  }
  return exit_ok;
}

int run_explain(const ExplainOptions& options) {
  if (options.format == "html" && options.language == "all" && options.output_dir.empty())
    throw Error("--format html writes one page per register: choose one --language, or give --output-dir");
  const GroupEvaluation evaluation = evaluate_group(options.population, options.group_id, {}, options.monthly);
  std::vector<Explanation> explanations;
  for (const std::string& language : chosen_languages(options.language))
    explanations.push_back(explain(evaluation.pack, evaluation.results, evaluation.group, language, &evaluation.trace));
  if (!options.output_dir.empty()) return write_files(options, explanations);

  if (options.format == "html") {
    std::cout << render_html(explanations.front());
    return exit_ok;
  }
  if (options.format == "json") {
    const std::string rendered =
        explanations.size() == 1 ? render_json(explanations.front()) : render_json(explanations);
    if (!options.trace) {
      std::cout << rendered;
      return exit_ok;
    }
    // One JSON document, so that the output stays parseable with the trace.
    const nlohmann::json both{{"explanation", nlohmann::json::parse(rendered)},
                              {"trace", nlohmann::json::parse(render_trace_json(evaluation.trace))}};
    std::cout << both.dump(2) << '\n';
    return exit_ok;
  }
  for (std::size_t i = 0; i < explanations.size(); ++i) {
    if (i > 0) std::cout << '\n' << std::string(72, '-') << "\n\n";
    std::cout << render_text(explanations[i]);
  }
  if (options.trace) std::cout << '\n' << render_trace_text(evaluation.trace);
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
  command->add_option("--format", options->format, "Output format: text, html (an accessible page) or json")
      ->check(CLI::IsMember({"text", "html", "json"}))
      ->capture_default_str();
  command->add_option("--monthly", options->monthly,
                      "Monthly history (CSV id,month,input,value): values that change month by month, over the "
                      "single values of the population files")
      ->check(CLI::ExistingFile);
  command->add_option("--output-dir", options->output_dir,
                      "Write one file per register, GROUP.LANGUAGE.txt|html|json, in this folder");
  command->add_flag("--trace", options->trace,
                    "Also print the full trace: every condition and intermediate value, with parameters and references");
  command->callback([options, &action] { action = [options] { return run_explain(*options); }; });
}

}  // namespace eligo::cli
