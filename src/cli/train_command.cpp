// eligo train: the ranking model learnt from a population with its past outreach campaign,
// written with its model card (data, date, metrics at the contact capacity, the fairness
// audit's verdict), then the same figures printed.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/ranking_data.hpp"
#include "cli/run_log.hpp"

namespace eligo::cli {

namespace {

struct TrainOptions {
  RankingDataOptions data;
  std::filesystem::path output;
  std::uint64_t seed = 1;
  std::size_t capacity = 500;
  std::filesystem::path log;
};

std::string data_description(const RankingData& data, const Dataset& rights, const Dataset& campaign) {
  const RulePack& pack = data.program.pack();
  const auto not_claimed = std::count(rights.labels.begin(), rights.labels.end(), 1.0);
  const auto contacted = std::count(campaign.contacted.begin(), campaign.contacted.end(), std::uint8_t{1});
  return "Folder " + data.folder.string() + ", period " + data.period.to_string() + ", pack " + pack.id + " " +
         pack.version + ": " + std::to_string(data.detected.results.group_count()) + " " + pack.entities.group +
         " groups; " + std::to_string(rights.rows()) + " rights at stake of which " + std::to_string(not_claimed) +
         " not claimed; " + std::to_string(campaign.rows()) + " rows of the past campaign, " +
         std::to_string(contacted) + " contacted and " + std::to_string(campaign.rows() - contacted) + " in the control group.";
}

int run_train(const TrainOptions& options) {
  RunLog log(options.log);
  Progress progress;
  progress.stage("reading the data and detecting");
  RankingData data = read_ranking_data(options.data);
  const RulePack& pack = data.program.pack();
  const std::vector<CampaignContact> campaign = read_campaign(data);
  const TrueNonClaimants truth = read_true_non_claimants(data);
  const DetectedRights& detected = data.detected;
  if (detected.candidates.empty()) throw Error("no candidate in " + data.folder.string() + ": nothing to rank");

  progress.stage("training");
  const Dataset rights = rights_dataset(pack, detected);
  const Dataset campaign_data = campaign_rows(campaign, detected);
  SavedModel model = train_ranking_model(rights, campaign_data, options.seed);

  // Measured on the training population's own candidates: the figures a model card
  // records at training, optimistic by nature. `eligo rank` and `eligo fairness` measure
  // the model on new data.
  progress.stage("measuring");
  const std::size_t k = std::min(options.capacity, detected.candidates.size());
  const std::vector<double> scores = ordering_scores(model, detected.features.model);
  const std::vector<double>& labels = truth.labels;
  const RankingMetrics metrics =
      evaluate_ranking(scores, labels, k, {}, model.uplift.empty() ? std::span<const double>() : scores);
  const FairnessReport audit = audit_contact_list(scores, labels, detected, k);
  const std::string labels_source = truth.source();

  model.card.title = "Non-claimant probability and expected gain from contact, pack " + pack.id;
  model.card.data_description = data_description(data, rights, campaign_data);
  model.card.trained_on = outreach::utc_now().substr(0, 10);
  model.card.limits = "Metrics and fairness audit measured on the training population's own " +
                      std::to_string(detected.candidates.size()) + " candidates at a capacity of " + std::to_string(k) +
                      " contacts, true non-claimants from " + labels_source +
                      ": optimistic; measure the model on new data before use (eligo rank, eligo fairness).";
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
                {"campaign_rows", static_cast<std::int64_t>(campaign_data.rows())}};
  run.options = {{"period", data.period.to_string()}, {"capacity", std::to_string(k)},
                 {"seed", std::to_string(options.seed)}, {"fairness", audit.passed() ? "passed" : "failed"}};
  const std::string head = log.append(run, pack, data.files_read);

  std::cout << "Trained on " << rights.rows() << " rights at stake and " << campaign_data.rows()
            << " campaign rows; " << detected.candidates.size() << " candidates (entitled or undetermined, not claiming)\n"
            << "Metrics on the training candidates at k = " << k << " (true non-claimants from " << labels_source
            << "): " << metrics_text(metrics) << '\n'
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
  command->add_option("--seed", options->seed, "Seed of the trees: the same data and seed give the same model")
      ->capture_default_str();
  command->add_option("--capacity", options->capacity, "Contacts the agency can make: the k of the metrics and audit")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_run_log_option(*command, options->log);
  command->callback([options, &action] { action = [options] { return run_train(*options); }; });
}

}  // namespace eligo::cli
