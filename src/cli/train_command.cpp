// eligo train: the ranking model learnt from a population with its past outreach campaign,
// written with its model card (data, date, metrics at the contact capacity, the fairness
// audit's verdict), then the same figures printed. The households are split first: the
// model learns from one part and is measured on the other, which it has not seen.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/ranking_data.hpp"
#include "cli/run_log.hpp"
#include "core/file_output.hpp"

namespace eligo::cli {

namespace {

using detail::HouseholdSplit;

struct TrainOptions {
  RankingDataOptions data;
  std::filesystem::path output;
  std::uint64_t seed = 1;
  std::size_t capacity = 500;
  double holdout_share = 0.2;
  std::filesystem::path log;
};

constexpr double max_holdout_share = 0.9;

std::string share_text(double share) {
  std::ostringstream text;
  text << share;
  return text.str();
}

// Checked before any work, like a malformed --set: a problem in what eligo was given.
void check_holdout_share(double share) {
  if (!(share >= 0 && share <= max_holdout_share))
    throw Error("--holdout-share " + share_text(share) + ": expected a share of the households between 0 and " +
                share_text(max_holdout_share) + " (0 holds none out: the model is then measured on its training data)");
}

// The two parts of the population: whom the model learns from, and whom it is measured on.
// Without a household held out, both are the whole population.
struct Parts {
  const DetectedRights* whole = nullptr;
  HouseholdSplit split;
  std::optional<DetectedRights> training_part, held_out_part;
  std::vector<double> measured_labels;  // true non-claimants among the measured candidates

  bool holding_out() const { return split.held_out_count > 0; }
  const DetectedRights& training() const { return training_part ? *training_part : *whole; }
  const DetectedRights& measured() const { return held_out_part ? *held_out_part : *whole; }
};

Parts split_population(const DetectedRights& detected, const TrueNonClaimants& truth, double share,
                       std::uint64_t seed) {
  Parts parts{&detected, detail::split_households(detected.results.group_count(), share, seed), {}, {}, truth.labels};
  if (!parts.holding_out()) return parts;
  parts.training_part = select_households(detected, parts.split, HouseholdSplit::training);
  parts.held_out_part = select_households(detected, parts.split, HouseholdSplit::held_out);
  parts.measured_labels.clear();
  for (const std::size_t row : rows_on_side(detected.candidates, parts.split, HouseholdSplit::held_out))
    parts.measured_labels.push_back(truth.labels[row]);
  if (parts.held_out_part->candidates.empty())
    throw Error("--holdout-share " + share_text(share) + ": the " + std::to_string(parts.split.held_out_count) +
                " households held out have no candidate to measure the model on; give more households, or "
                "--holdout-share 0 to measure it on its training data");
  return parts;
}

// The capacity the held-out candidates are measured at: the agency's capacity scaled to
// the share of households held out, so that the list is as selective as the real one.
std::size_t scaled_capacity(const TrainOptions& options) {
  const auto scaled = std::llround(static_cast<double>(options.capacity) * options.holdout_share);
  return std::max<std::size_t>(1, static_cast<std::size_t>(scaled));
}

std::size_t measured_capacity(const TrainOptions& options, const Parts& parts) {
  const std::size_t candidates = parts.measured().candidates.size();
  return std::min(parts.holding_out() ? scaled_capacity(options) : options.capacity, candidates);
}

std::string split_description(const TrainOptions& options, const Parts& parts) {
  const std::string share = "held-out share " + share_text(options.holdout_share);
  const std::string seed = "seed " + std::to_string(options.seed);
  if (!parts.holding_out()) return "all to train, none held out (" + share + ", " + seed + ")";
  return std::to_string(parts.split.training_count()) + " to train and " + std::to_string(parts.split.held_out_count) +
         " held out (drawn by " + seed + ", " + share + ")";
}

std::string data_description(const RankingData& data, const std::string& split, const Parts& parts,
                             const Dataset& rights, const Dataset& campaign) {
  const RulePack& pack = data.program.pack();
  const auto not_claimed = std::count(rights.labels.begin(), rights.labels.end(), 1.0);
  const auto contacted = std::count(campaign.contacted.begin(), campaign.contacted.end(), std::uint8_t{1});
  std::string text = "Folder " + data.folder.string() + ", period " + data.period.to_string() + ", pack " + pack.id +
                     " " + pack.version + ": " + std::to_string(data.detected.results.group_count()) + " " +
                     pack.entities.group + " groups, " + split + ". Trained on " + std::to_string(rights.rows()) +
                     " rights at stake of which " + std::to_string(not_claimed) + " not claimed; " +
                     std::to_string(campaign.rows()) + " rows of the past campaign, " + std::to_string(contacted) +
                     " contacted and " + std::to_string(campaign.rows() - contacted) + " in the control group; " +
                     std::to_string(parts.training().candidates.size()) + " candidates.";
  if (parts.holding_out())
    text += " Held out: " + std::to_string(parts.measured().candidates.size()) +
            " candidates, on which the metrics and the fairness audit are measured.";
  return text;
}

// Where the figures come from, in the words of the printed summary and of the card.
std::string measured_on(const TrainOptions& options, const Parts& parts, std::size_t k) {
  const std::string candidates = std::to_string(parts.measured().candidates.size());
  if (!parts.holding_out())
    return "the training population's own " + candidates + " candidates at k = " + std::to_string(k) +
           " (no household held out: optimistic, the model has seen them)";
  std::string capacity = "the capacity of " + std::to_string(options.capacity) + " scaled to the held-out share " +
                         share_text(options.holdout_share);
  if (k < scaled_capacity(options)) capacity += ", cut to the held-out candidates";
  return "the " + candidates + " candidates of the " + std::to_string(parts.split.held_out_count) +
         " held-out households, not learnt from, at k = " + std::to_string(k) + " (" + capacity + ")";
}

std::string limits(const Parts& parts, const std::string& measured, const std::string& labels_source) {
  const std::string figures = "Metrics and fairness audit measured on " + measured + ", true non-claimants from " +
                              labels_source + ". ";
  if (!parts.holding_out())
    return figures + "Measure the model on new data before use (eligo rank, eligo fairness).";
  return figures +
         "The held-out households come from the same population, period and campaign as the training ones (the "
         "agency's own, or a synthetic one): on another period, territory or population the figures may differ, and a "
         "small held-out part gives uncertain figures and small audit groups; measure the model on new data before "
         "use (eligo rank, eligo fairness).";
}

int run_train(const TrainOptions& options) {
  if (!options.output.empty()) {
    std::vector<std::filesystem::path> inputs = files_in(options.data.data);
    for (const auto& file : {options.log}) inputs.push_back(file);
    detail::refuse_output_onto_inputs(options.output, inputs, "--output");
  }
  check_holdout_share(options.holdout_share);
  RunLog log(options.log);
  Progress progress;
  progress.stage("reading the data and detecting");
  RankingData data = read_ranking_data(options.data);
  const RulePack& pack = data.program.pack();
  const std::vector<CampaignContact> campaign = read_campaign(data);
  const TrueNonClaimants truth = read_true_non_claimants(data);
  const DetectedRights& detected = data.detected;
  if (detected.candidates.empty()) throw Error("no candidate in " + data.folder.string() + ": nothing to rank");

  // Both outputs learn from the training households only: their rights at stake, and the
  // campaign rows about their candidates (those of held-out households find no candidate).
  progress.stage("training");
  const Parts parts = split_population(detected, truth, options.holdout_share, options.seed);
  const Dataset rights = rights_dataset(pack, parts.training());
  const Dataset campaign_data = campaign_rows(campaign, parts.training());
  SavedModel model = train_ranking_model(rights, campaign_data, options.seed);

  // Measured on the held-out households' candidates, which the model has not seen; without
  // a held-out share, on the training candidates (optimistic, as the card says).
  progress.stage("measuring");
  const std::size_t k = measured_capacity(options, parts);
  const std::vector<double> scores = ordering_scores(model, parts.measured().features.model);
  const std::vector<double>& labels = parts.measured_labels;
  const RankingMetrics metrics =
      evaluate_ranking(scores, labels, k, {}, model.uplift.empty() ? std::span<const double>() : scores);
  const FairnessReport audit = audit_contact_list(scores, labels, parts.measured(), k);
  const std::string labels_source = truth.source();
  const std::string split = split_description(options, parts);
  const std::string measured = measured_on(options, parts, k);

  model.card.title = "Non-claimant probability and expected gain from contact, pack " + pack.id;
  model.card.data_description = data_description(data, split, parts, rights, campaign_data);
  model.card.trained_on = outreach::utc_now().substr(0, 10);
  model.card.limits = limits(parts, measured, labels_source);
  model.card.metrics = card_metrics(metrics);
  model.card.fairness_summary = audit.summary();
  save_model(model, options.output);
  progress.done();

  audit::RunRecord run;
  run.command = "train";
  run.model_hash = audit::sha256_file(options.output);
  run.output_id = run.model_hash.substr(0, 16);
  run.counts = {{"candidates", static_cast<std::int64_t>(detected.candidates.size())},
                {"rights", static_cast<std::int64_t>(rights.rows())},
                {"campaign_rows", static_cast<std::int64_t>(campaign_data.rows())},
                {"training_groups", static_cast<std::int64_t>(parts.split.training_count())},
                {"held_out_groups", static_cast<std::int64_t>(parts.split.held_out_count)},
                {"measured_candidates", static_cast<std::int64_t>(parts.measured().candidates.size())}};
  run.options = {{"period", data.period.to_string()}, {"capacity", std::to_string(k)},
                 {"seed", std::to_string(options.seed)}, {"holdout_share", share_text(options.holdout_share)},
                 {"fairness", audit.passed() ? "passed" : "failed"}};
  const std::string head = log.append(run, pack, data.files_read);

  std::cout << detected.results.group_count() << " households, " << split << '\n'
            << "Trained on " << rights.rows() << " rights at stake and " << campaign_data.rows()
            << " campaign rows; " << parts.training().candidates.size()
            << " candidates (entitled or undetermined, not claiming)"
            << (parts.holding_out() ? " in the training households" : "") << '\n'
            << "Metrics on " << measured << ", true non-claimants from " << labels_source << ": "
            << metrics_text(metrics) << '\n'
            << audit.summary() << '\n'
            << "Model written to " << options.output.string() << " (format version " << model_format_version << ")";
  if (!head.empty()) std::cout << "; audit log head " << head;
  std::cout << '\n';
  return exit_ok;
}

}  // namespace

void add_train_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<TrainOptions>();
  CLI::App* command = app.add_subcommand(
      "train", "Learn the ranking model (non-claimant probability, expected gain from contact) from a past campaign");
  add_ranking_data_options(*command, options->data);
  command->add_option("--output", options->output, "Model file to write (JSON, with its model card)")->required();
  command->add_option("--seed", options->seed,
                      "Seed of the household split and of the trees: the same data and seed give the same model")
      ->capture_default_str();
  command
      ->add_option("--capacity", options->capacity,
                   "Contacts the agency can make: the k of the metrics and audit, scaled to the held-out share")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  // Not checked here: a share outside [0, 0.9] is refused when the command runs (exit 1).
  command->add_option("--holdout-share", options->holdout_share,
                      "Share of the households held out of training to measure the model on, from 0 to 0.9; "
                      "the capacity is scaled to it")
      ->capture_default_str();
  add_run_log_option(*command, options->log);
  command->callback([options, &action] { action = [options] { return run_train(*options); }; });
}

}  // namespace eligo::cli
