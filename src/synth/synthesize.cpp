// The synthetic population from start to end: world, schema, evaluations, receipt,
// campaign.
#include <algorithm>
#include <chrono>
#include <ctime>

#include "eligo/synth.hpp"
#include "synth/accessibility.hpp"
#include "synth/behaviour.hpp"
#include "synth/campaign.hpp"
#include "synth/composition.hpp"
#include "synth/housing.hpp"
#include "synth/incomes.hpp"
#include "synth/parallel.hpp"
#include "synth/receipts.hpp"
#include "synth/schema_fill.hpp"

namespace eligo {

namespace {

// Wall time and processor time of each stage: on a busy machine the processor time says
// what the code costs, the wall time what the user waits.
class Stopwatch {
 public:
  void lap(double& wall_seconds, double& cpu_seconds) {
    const auto now = std::chrono::steady_clock::now();
    const std::clock_t cpu_now = std::clock();
    wall_seconds += std::chrono::duration<double>(now - last_).count();
    cpu_seconds += static_cast<double>(cpu_now - last_cpu_) / CLOCKS_PER_SEC;
    last_ = now;
    last_cpu_ = cpu_now;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  std::clock_t last_cpu_ = std::clock();
};

double target_of(const SynthOptions& options, const std::string& benefit) {
  const auto found = options.non_take_up_targets.find(benefit);
  return found != options.non_take_up_targets.end() ? found->second : default_non_take_up(benefit);
}

// Family benefits received count as resources of the RSA: their receipt is drawn first,
// written into the input that says so, and the pack evaluated again.
void apply_received_benefits(synth::SchemaTables& tables, const std::vector<synth::ReceivedBenefitInput>& inputs,
                             const Program& program, const Results& results,
                             const std::vector<synth::BenefitReceipt>& drawn) {
  for (const auto& input : inputs) {
    Column& column = tables.groups.columns.at(input.input);
    for (std::size_t group = 0; group < results.group_count(); ++group) column.set(group, 0);
    for (std::size_t b = 0; b < results.benefits.size(); ++b) {
      const auto& name = results.benefits[b].benefit;
      if (std::find(input.benefits.begin(), input.benefits.end(), name) == input.benefits.end()) continue;
      const Benefit& spec = *program.pack().find_benefit(name);
      for (std::size_t group = 0; group < results.group_count(); ++group)
        if (drawn[b].receipts[group] == Receipt::yes)
          column.set(group, column.value(group) + monthly_amount_cents(spec, results.benefits[b].amount_cents[group]));
    }
  }
}

}  // namespace

double default_non_take_up(const std::string& benefit) { return synth::behaviour_of(benefit).non_take_up; }

SyntheticPopulation synthesize(const Program& program, const SynthOptions& options) {
  const RulePack& pack = program.pack();
  Stopwatch stopwatch;
  SynthTimings timings;

  synth::World world;
  synth::Random random(synth::mix_seed(options.seed, 0));
  synth::draw_composition(world, options.households, random);
  synth::draw_activities_and_incomes(world, random);
  synth::draw_housing_and_tax(world, random);
  synth::draw_accessibility(world, random);
  synth::Random schema_random(synth::mix_seed(options.seed, 1));
  synth::SchemaTables tables =
      synth::fill_schema(pack, world, options.period, options.unknown_rate, schema_random, options.threads);
  std::vector<synth::ClaimProfile> profiles(world.households.size());
  std::vector<synth::Task> tasks;
  synth::add_row_ranges(tasks, profiles.size(), synth::thread_count(options.threads), 1,
                        [&](std::size_t first, std::size_t last) {
                          for (std::size_t h = first; h < last; ++h)
                            profiles[h] = synth::claim_profile(world, world.households[h]);
                        });
  synth::run_tasks(tasks, options.threads);
  stopwatch.lap(timings.generation_seconds, timings.generation_cpu_seconds);

  EvaluationOptions evaluation;
  evaluation.threads = options.threads;
  evaluation.missing_inputs = false;
  Results truth_results = program.evaluate(synth::truth_population(tables), options.period, evaluation);
  stopwatch.lap(timings.evaluation_seconds, timings.evaluation_cpu_seconds);

  const auto draw_all = [&](const Results& results) {
    std::vector<synth::BenefitReceipt> drawn;
    for (std::size_t b = 0; b < results.benefits.size(); ++b) {
      const Benefit& spec = *pack.find_benefit(results.benefits[b].benefit);
      drawn.push_back(synth::draw_benefit_receipt(spec, results.benefits[b], static_cast<std::uint16_t>(b), profiles,
                                                  target_of(options, spec.id), options.seed));
    }
    return drawn;
  };
  std::vector<synth::BenefitReceipt> drawn = draw_all(truth_results);
  const auto received_inputs = synth::received_benefit_inputs(pack);
  if (!received_inputs.empty()) {
    apply_received_benefits(tables, received_inputs, program, truth_results, drawn);
    stopwatch.lap(timings.behaviour_seconds, timings.behaviour_cpu_seconds);
    truth_results = program.evaluate(synth::truth_population(tables), options.period, evaluation);
    stopwatch.lap(timings.evaluation_seconds, timings.evaluation_cpu_seconds);
    // The benefits written into inputs do not depend on them: their draws are unchanged.
    drawn = draw_all(truth_results);
  }

  stopwatch.lap(timings.behaviour_seconds, timings.behaviour_cpu_seconds);
  SyntheticPopulation synthetic{synth::observed_population(std::move(tables)), {}, {}, {}, {}, {}, {}, {}};
  stopwatch.lap(timings.generation_seconds, timings.generation_cpu_seconds);
  synthetic.truth = truth_from_results(pack, truth_results);
  std::vector<std::string> benefit_names = synthetic.truth.benefits;
  synthetic.receipts = ReceiptTable(truth_results.group_ids, benefit_names);
  for (std::size_t b = 0; b < drawn.size(); ++b) {
    for (std::size_t group = 0; group < drawn[b].receipts.size(); ++group)
      synthetic.receipts.set(b, group, drawn[b].receipts[group]);
    for (auto& detail : drawn[b].details) synthetic.details.push_back(std::move(detail));
    synthetic.calibration.push_back(drawn[b].calibration);
  }
  stopwatch.lap(timings.behaviour_seconds, timings.behaviour_cpu_seconds);

  EvaluationOptions observed_evaluation = evaluation;
  const Results observed = program.evaluate(synthetic.population, options.period, observed_evaluation);
  stopwatch.lap(timings.evaluation_seconds, timings.evaluation_cpu_seconds);

  synthetic.campaign = synth::simulate_campaign(
      {pack, world, observed, synthetic.receipts, synthetic.truth, synthetic.details, profiles},
      options.campaign_contacted_share, options.seed);
  synthetic.accessibility = std::move(world.profiles);
  stopwatch.lap(timings.behaviour_seconds, timings.behaviour_cpu_seconds);
  synthetic.timings = timings;
  return synthetic;
}

}  // namespace eligo
