// A synthetic French population for demos, tests and benchmarks: households and persons
// with plausible distributions, an accessibility profile per adult, who receives each
// benefit (from a calibrated behavioural model of take-up) and a past outreach campaign
// with a random control group. docs/synthetic-population.md states every assumption and
// its source.
//
// Everything that an agency would hold in its own files is a plain table (the
// population, receipts, accessibility, the campaign), written as CSV with documented
// columns: real data replaces the synthetic tables without code changes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eligo/campaign.hpp"
#include "eligo/outreach.hpp"
#include "eligo/population.hpp"
#include "eligo/program.hpp"
#include "eligo/takeup.hpp"

namespace eligo {

// The accessibility profile is the outreach planner's (outreach.hpp): the generator draws
// one per person aged 15 or more, with every field but the age (see outreach_profiles).
using outreach::AccessibilityProfile;
using outreach::DigitalAccess;

// The behavioural truth of one eligible group x benefit, known only in simulation.
struct TakeUpDetail {
  std::uint32_t group = 0;
  std::uint16_t benefit = 0;  // index into TakeUpTruth::benefits
  double claim_probability = 0;
  bool receives = false;
  std::string reason;  // why not, for non-claimants: not_knowing, complexity, fear, autonomy, other
};

struct Calibration {
  std::string benefit;
  double target_non_take_up = 0;
  double simulated_non_take_up = 0;
  double intercept = 0;   // log-odds of claiming for the reference profile
  double eligible = 0;    // eligible groups on complete data
};

struct SynthOptions {
  std::size_t households = 10'000;
  std::uint64_t seed = 1;
  Period period{2025, 10};
  std::map<std::string, double> non_take_up_targets;  // per benefit; overrides the documented defaults
  double campaign_contacted_share = 0.5;              // of the candidates; the rest is the control group
  double unknown_rate = 0.02;  // of values of inputs the generator does not model
  int threads = 1;             // for the generation and the evaluations (0: every core); same result for any
};

// Wall-clock and processor seconds of each stage (processor time counts every thread of
// the process, so it exceeds the wall time when evaluations run on several threads).
struct SynthTimings {
  double generation_seconds = 0;  // households, persons, profiles, schema tables
  double evaluation_seconds = 0;  // evaluations of the pack by the engine (three passes)
  double behaviour_seconds = 0;   // take-up calibration, receipts, observed population, campaign
  double generation_cpu_seconds = 0;
  double evaluation_cpu_seconds = 0;
  double behaviour_cpu_seconds = 0;
};

struct SyntheticPopulation {
  Population population;  // as an agency would know it: some inputs unknown
  ReceiptTable receipts;
  std::vector<AccessibilityProfile> accessibility;
  std::vector<CampaignContact> campaign;
  TakeUpTruth truth;  // eligibility on complete data, aligned with the population's groups
  std::vector<TakeUpDetail> details;
  std::vector<Calibration> calibration;
  SynthTimings timings;
};

// Builds the population for the pack of `program`, evaluates it to know who is eligible,
// and draws receipt and the campaign. Identical for identical options on every machine.
// Inputs the generator models are filled by name (see the documentation); other inputs of
// the schema get a plausible value of their type and range, or stay unknown at
// options.unknown_rate.
SyntheticPopulation synthesize(const Program& program, const SynthOptions& options = {});

// Inputs of the pack that the generator sets from receipt of a benefit (the family benefits
// received, from receipt of `af`): a model of non-take-up must not see them.
std::vector<std::string> inputs_recording_receipt(const RulePack& pack);

// Default non-take-up target of a benefit (documented with its source); 0.30 when unknown.
double default_non_take_up(const std::string& benefit);

// CSV files. The population files are those read_population_csv reads.
void write_population_csv(const RulePack& pack, const Population& population, const std::filesystem::path& groups,
                          const std::filesystem::path& persons);
// accessibility.csv is read by outreach::read_accessibility_csv, the one reader of the table.
void write_accessibility_csv(const std::vector<AccessibilityProfile>& profiles, const std::filesystem::path& path);
void write_truth_csv(const SyntheticPopulation& synthetic, const std::string& group_entity,
                     const std::filesystem::path& path);
void write_calibration_csv(const std::vector<Calibration>& calibration, const std::filesystem::path& path);

// The synthetic profile with the age the caller gives (e.g. from the population): what
// writing accessibility.csv, adding an age column and reading it back would give.
outreach::AccessibilityProfile to_outreach_profile(const AccessibilityProfile& profile,
                                                   std::optional<int> age = std::nullopt);

// Every profile of a synthetic population for the planner, with each person's age at the
// start of `period` when the pack's persons have a `date_naissance` input and it is known.
std::vector<outreach::AccessibilityProfile> outreach_profiles(const RulePack& pack, const SyntheticPopulation& synthetic,
                                                              const Period& period);

// Every file of a synthetic population in `folder` (created when missing):
// <group entity>.csv, <person entity>s.csv, receipts.csv, accessibility.csv,
// campaign.csv, truth.csv, calibration.csv.
void write_synthetic_population(const RulePack& pack, const SyntheticPopulation& synthetic,
                                const std::filesystem::path& folder);

}  // namespace eligo
