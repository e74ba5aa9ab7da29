// eligo evaluate PACK --period --groups --persons [--monthly]: one row per group and benefit.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/results_table.hpp"
#include "core/file_output.hpp"
#include "core/file_set.hpp"

namespace eligo::cli {

namespace {

struct EvaluateOptions {
  PopulationOptions population;
  std::string format = "csv";
  std::filesystem::path output;
  std::filesystem::path monthly;  // optional monthly history: id,month,input,value
  int threads = 0;
  std::vector<std::string> overrides;
};

int run_evaluate(const EvaluateOptions& options) {
  if (!options.output.empty()) {
    std::vector<std::filesystem::path> inputs{options.population.groups, options.population.persons};
    if (!options.monthly.empty()) inputs.push_back(options.monthly);
    detail::refuse_output_onto_inputs(options.output, inputs, "--output");
  }
  Progress progress;
  progress.stage("loading the pack");
  const RulePack pack = load_pack_or_throw(options.population.pack);
  const Program program = Program::compile(pack);
  EvaluationOptions evaluation;
  evaluation.threads = options.threads;
  for (const std::string& text : options.overrides) evaluation.overrides.push_back(parse_override(pack, text));

  progress.stage("reading the population");
  for (const auto& file : {options.population.groups, options.population.persons}) detail::check_file_in_set(file);
  Population population = read_population_csv(pack, options.population.groups, options.population.persons);
  if (!options.monthly.empty()) population.set_monthly_values(pack, read_monthly_csv(options.monthly));
  progress.stage("evaluating " + std::to_string(population.group_count()) + " groups");
  const Results results = program.evaluate(population, Period::parse(options.population.period), evaluation);
  print_evaluation_warnings(results);

  progress.stage("writing the results");
  const auto write = [&](std::ostream& out) {
    if (options.format == "json")
      write_results_json(out, results);
    else
      write_results_csv(out, results);
  };
  if (options.output.empty())
    write(std::cout);
  else
    detail::write_file_whole(options.output, write);
  progress.done();
  return exit_ok;
}

}  // namespace

void add_evaluate_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<EvaluateOptions>();
  CLI::App* command = app.add_subcommand("evaluate", "Evaluate every benefit of a pack for every group of a population");
  add_population_options(*command, options->population);
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"csv", "json"}))
      ->capture_default_str();
  command->add_option("--monthly", options->monthly,
                      "Monthly history (CSV id,month,input,value): values that change month by month, over the "
                      "single values of the population files")
      ->check(CLI::ExistingFile);
  command
      ->add_option("--output", options->output,
                   "Output file, written whole or not at all (default, or `-`: standard output)")
      ->transform(dash_is_standard_output());
  command->add_option("--threads", options->threads, "Threads to evaluate with; 0 means every core")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--set", options->overrides, "Reform: give a parameter another value from a date (repeatable)")
      ->check(override_validator());
  command->callback([options, &action] { action = [options] { return run_evaluate(*options); }; });
}

}  // namespace eligo::cli
