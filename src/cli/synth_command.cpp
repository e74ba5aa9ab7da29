// eligo synth: a synthetic population for a pack, written as the CSV files the other
// commands read (population, receipts, accessibility, past campaign, simulated truth).
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "eligo/synth.hpp"

namespace eligo::cli {

namespace {

struct SynthCommandOptions {
  std::string pack;
  std::size_t households = 10'000;
  std::uint64_t seed = 1;
  std::string period = "2025-10";
  std::filesystem::path output;
  int threads = 0;
  double contacted_share = 0.5;
  std::vector<std::string> targets;  // benefit=rate
};

double parse_target(const std::string& text, std::string& benefit) {
  const auto equals = text.find('=');
  benefit = text.substr(0, equals);
  try {
    return std::stod(text.substr(equals + 1));
  } catch (const std::exception&) {
    throw Error("--target " + text + ": expected benefit=rate, e.g. rsa=0.34");
  }
}

int run_synth(const SynthCommandOptions& options) {
  Progress progress;
  progress.stage("loading the pack");
  const RulePack pack = load_pack_or_throw(options.pack);
  const Program program = Program::compile(pack);
  SynthOptions synth;
  synth.households = options.households;
  synth.seed = options.seed;
  synth.period = Period::parse(options.period);
  synth.threads = options.threads;
  synth.campaign_contacted_share = options.contacted_share;
  for (const auto& text : options.targets) {
    std::string benefit;
    const double rate = parse_target(text, benefit);
    if (pack.find_benefit(benefit) == nullptr) throw Error("--target: pack " + pack.id + " has no benefit " + benefit);
    synth.non_take_up_targets[benefit] = rate;
  }

  progress.stage("simulating " + std::to_string(options.households) + " households");
  const SyntheticPopulation synthetic = synthesize(program, synth);
  progress.stage("writing the files");
  write_synthetic_population(pack, synthetic, options.output);
  progress.done();

  const auto& t = synthetic.timings;
  const double persons = static_cast<double>(synthetic.population.person_count());
  std::printf("%zu households, %zu persons, seed %llu, period %s, written to %s\n",
              synthetic.population.group_count(), synthetic.population.person_count(),
              static_cast<unsigned long long>(options.seed), options.period.c_str(), options.output.string().c_str());
  const auto rate = [persons](double seconds) { return seconds > 0 ? persons / seconds / 1e6 : 0.0; };
  std::printf(
      "generation %.2f s (%.2f M persons/s of processor time, %.2f M persons/s of wall time), evaluations %.2f s, "
      "behaviour %.2f s\n",
      t.generation_seconds, rate(t.generation_cpu_seconds), rate(t.generation_seconds), t.evaluation_seconds,
      t.behaviour_seconds);
  std::printf("%-16s %10s %8s %10s\n", "benefit", "eligible", "target", "simulated");
  for (const auto& c : synthetic.calibration)
    std::printf("%-16s %10.0f %7.1f%% %9.1f%%\n", c.benefit.c_str(), c.eligible, 100 * c.target_non_take_up,
                100 * c.simulated_non_take_up);
  std::printf("past campaign: %zu households, of which %zu contacted\n", synthetic.campaign.size(),
              static_cast<std::size_t>(std::count_if(synthetic.campaign.begin(), synthetic.campaign.end(),
                                                     [](const CampaignContact& c) { return c.contacted; })));
  return exit_ok;
}

}  // namespace

void add_synth_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<SynthCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "synth", "Make a synthetic population with receipts, accessibility profiles and a past outreach campaign");
  command->add_option("--pack", options->pack, "Rule pack: a folder holding pack.yaml, or a bundled pack name")
      ->required();
  command->add_option("--households", options->households, "Number of households")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--seed", options->seed, "Seed: the same seed gives the same files")->capture_default_str();
  command->add_option("--period", options->period, "Month the population is observed at, YYYY-MM")
      ->check(period_validator())
      ->capture_default_str();
  command->add_option("--output", options->output, "Folder to write the CSV files into (created when missing)")
      ->required();
  command->add_option("--threads", options->threads, "Threads for the generation and the evaluations; 0 means every core. The files are the same "
                      "whatever the number")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--contacted-share", options->contacted_share,
                      "Share of the campaign's candidates contacted; the others are the control group")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--target", options->targets, "Non-take-up target of a benefit, e.g. rsa=0.34 (repeatable)");
  command->callback([options, &action] { action = [options] { return run_synth(*options); }; });
}

}  // namespace eligo::cli
