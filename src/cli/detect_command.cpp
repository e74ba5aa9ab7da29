// eligo detect: who is eligible (or undetermined) by the rules and does not receive the
// benefit, with the money at stake, and take-up statistics per benefit.
#include <cstdio>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "core/file_output.hpp"
#include "core/file_set.hpp"
#include "eligo/takeup.hpp"

namespace eligo::cli {

namespace {

struct DetectOptions {
  PopulationOptions population;
  std::filesystem::path receipts;
  std::filesystem::path truth;
  std::filesystem::path output;
  std::filesystem::path monthly;  // optional monthly history: id,month,input,value
  int threads = 0;
  bool no_undetermined = false;
  bool include_unknown_receipt = false;
};

std::string percent(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", 100 * rate);
  return buffer;
}

void print_summary(const TakeUpStatistics& statistics, std::size_t candidates) {
  std::printf("%-16s %10s %10s %10s %9s %14s %12s %10s\n", "benefit", "eligible", "receiving", "not_recv",
              "non-take", "EUR/month", "undetermined", "true rate");
  for (const auto& row : statistics.by_benefit)
    std::printf("%-16s %10.0f %10.0f %10.0f %9s %14.2f %12.0f %10s\n", row.benefit.c_str(), row.eligible, row.receiving,
                row.not_receiving, percent(row.non_take_up_rate).c_str(), row.monthly_at_stake_euros, row.undetermined,
                row.true_non_take_up_rate ? percent(*row.true_non_take_up_rate).c_str() : "");
  std::printf("%zu candidates in %zu groups%s\n", candidates, statistics.by_group.size(),
              statistics.weighted ? " (statistics weighted)" : "");
}

int run_detect(const DetectOptions& options) {
  if (!options.output.empty()) {
    const std::vector<std::filesystem::path> inputs{options.population.groups, options.population.persons,
                                                    options.receipts, options.truth, options.monthly};
    for (const char* written : {"candidates.csv", "take_up.csv"})
      detail::refuse_output_onto_inputs(options.output / written, inputs, "--output");
  }
  Progress progress;
  progress.stage("loading the pack");
  const RulePack pack = load_pack_or_throw(options.population.pack);
  const Program program = Program::compile(pack);
  progress.stage("reading the population and receipts");
  for (const auto& file : {options.population.groups, options.population.persons, options.receipts, options.truth})
    if (!file.empty()) detail::check_file_in_set(file);
  Population population = read_population_csv(pack, options.population.groups, options.population.persons);
  if (!options.monthly.empty()) population.set_monthly_values(pack, read_monthly_csv(options.monthly));
  const ReceiptTable receipts = read_receipts_csv(options.receipts);
  progress.stage("evaluating " + std::to_string(population.group_count()) + " groups");
  EvaluationOptions evaluation;
  evaluation.threads = options.threads;
  const Results results = program.evaluate(population, Period::parse(options.population.period), evaluation);
  print_evaluation_warnings(results);

  progress.stage("detecting");
  DetectionOptions detection;
  detection.include_undetermined = !options.no_undetermined;
  detection.include_unknown_receipt = options.include_unknown_receipt;
  const auto candidates = detect_candidates(pack, results, receipts, detection);
  std::optional<TakeUpTruth> truth;
  if (!options.truth.empty()) truth = read_truth_csv(options.truth, results);
  const auto statistics = take_up_statistics(pack, results, receipts, population, truth ? &*truth : nullptr);
  if (!options.output.empty()) {
    std::filesystem::create_directories(options.output);
    write_candidates_csv(pack, results, candidates, options.output / "candidates.csv");
    write_statistics_csv(statistics, options.output / "take_up.csv");
  }
  progress.done();
  print_summary(statistics, candidates.size());
  return exit_ok;
}

}  // namespace

void add_detect_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<DetectOptions>();
  CLI::App* command =
      app.add_subcommand("detect", "Find groups eligible to a benefit they do not receive, with the money at stake");
  add_population_options(*command, options->population);
  command->add_option("--receipts", options->receipts, "CSV file: <group>_id, then true/false per benefit")
      ->required();
  command->add_option("--truth", options->truth,
                      "CSV file of the simulated truth (eligible group x benefit), shown alongside");
  command->add_option("--monthly", options->monthly,
                      "Monthly history (CSV id,month,input,value): values that change month by month, over the "
                      "single values of the population files")
      ->check(CLI::ExistingFile);
  command->add_option("--output", options->output, "Folder for candidates.csv and take_up.csv");
  command->add_option("--threads", options->threads, "Threads to evaluate with; 0 means every core")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_flag("--no-undetermined", options->no_undetermined, "Leave out groups the rules cannot decide");
  command->add_flag("--include-unknown-receipt", options->include_unknown_receipt,
                    "Also list eligible groups whose receipt is unknown");
  command->callback([options, &action] { action = [options] { return run_detect(*options); }; });
}

}  // namespace eligo::cli
