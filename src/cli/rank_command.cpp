// eligo rank: today's candidates detected by the rules, ordered by a trained model, and
// written in contact order with the reasons of each rank. The rules decide who is
// entitled; the model only orders contacts; an agent decides.
#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/ranked_csv.hpp"
#include "cli/ranking_data.hpp"
#include "cli/run_log.hpp"
#include "core/file_output.hpp"

namespace eligo::cli {

namespace {

struct RankOptions {
  RankingDataOptions data;
  std::filesystem::path model;
  std::filesystem::path output;
  std::size_t capacity = 500;
  bool group_quotas = false;
  double quota_tolerance = 0.1;
  std::filesystem::path log;
};

// The agency's mitigation when the audit of the plain ranking fails (docs/ranking-and-
// fairness.md): the contacts within capacity exchanged so that each group of every audited
// attribute is contacted at a rate close to the overall one. Every candidate counts as one
// need: `rank` has no past population to weigh undetermined rights with, as `eligo demo` does.
std::vector<RankedCandidate> with_group_quotas(const DetectedRights& detected, std::vector<RankedCandidate> ranked,
                                               std::size_t capacity, double tolerance, std::ostream& said) {
  std::vector<double> scores(ranked.size());
  std::vector<std::size_t> position_of_row(ranked.size());
  for (std::size_t position = 0; position < ranked.size(); ++position) {
    scores[ranked[position].row] = -static_cast<double>(position);
    position_of_row[ranked[position].row] = position;
  }
  GroupQuotaOptions quotas;
  quotas.k = std::min(capacity, ranked.size());
  quotas.rate_tolerance = tolerance;
  const GroupQuotaResult fair = rerank_with_group_quotas(scores, {}, detected.features.audit_groups, quotas);
  said << "Group quotas (each group contacted at a rate within " << 100 * tolerance
       << "% of the overall rate, in every audited attribute): " << fair.exchanges << " of the " << quotas.k
       << " contacts exchanged" << (fair.satisfied ? "" : "; some quotas could not be met") << '\n';
  for (const std::string& adjustment : fair.adjustments) said << "  " << adjustment << '\n';
  std::vector<RankedCandidate> reordered;
  reordered.reserve(ranked.size());
  for (const std::size_t row : fair.order) reordered.push_back(std::move(ranked[position_of_row[row]]));
  return reordered;
}

constexpr std::size_t rows_shown = 20;

void print_within_capacity(const DetectedRights& detected, const std::vector<RankedCandidate>& ranked,
                           std::size_t capacity) {
  std::size_t entitled = 0, undetermined = 0;
  std::int64_t cents = 0;
  for (std::size_t i = 0; i < std::min(capacity, ranked.size()); ++i) {
    const Candidate& c = detected.candidates[ranked[i].row];
    if (c.status == Status::undetermined) {
      ++undetermined;
    } else {
      ++entitled;
      cents += c.monthly_cents;
    }
  }
  std::cout << "Within the capacity of " << capacity << " contacts: " << entitled << " rights found by the rules ("
            << format_scaled(cents, 2) << " EUR/month at stake) and " << undetermined << " undetermined\n";
}

int run_rank(const RankOptions& options) {
  if (!options.output.empty()) {
    std::vector<std::filesystem::path> inputs = files_in(options.data.data);
    for (const auto& file : {options.model, options.log}) inputs.push_back(file);
    detail::refuse_output_onto_inputs(options.output, inputs, "--output");
  }
  RunLog log(options.log);
  // The model first: a bad model file stops the command before any work and leaves no output.
  const SavedModel model = load_model(options.model);
  Progress progress;
  progress.stage("reading the data and detecting");
  RankingData data = read_ranking_data(options.data);
  const DetectedRights& detected = data.detected;
  progress.stage("ranking " + std::to_string(detected.candidates.size()) + " candidates");
  const ContactOrder order = contact_order_of(model);
  std::vector<RankedCandidate> ranked = rank_detected(model, detected);
  std::ostringstream quotas_said;
  if (options.group_quotas && !ranked.empty())
    ranked = with_group_quotas(detected, std::move(ranked), options.capacity, options.quota_tolerance, quotas_said);

  // The fairness audit at every ranking run, printed; `eligo fairness` is the gate that fails.
  // Before writing: a bad truth.csv leaves no output behind.
  progress.stage("auditing");
  std::optional<FairnessReport> audit;
  const TrueNonClaimants truth = read_true_non_claimants(data);
  if (!ranked.empty()) {
    std::vector<double> list_order(ranked.size());
    for (std::size_t position = 0; position < ranked.size(); ++position)
      list_order[ranked[position].row] = -static_cast<double>(position);
    audit = audit_contact_list(list_order, truth.labels, detected, std::min(options.capacity, ranked.size()));
  }
  write_ranked_csv(options.output, data.program.pack().entities.group, contact_rows(detected, ranked, options.capacity));
  progress.done();

  audit::RunRecord run;
  run.command = "rank";
  run.model_hash = audit::sha256_file(options.model);
  run.output_id = audit::sha256_file(options.output).substr(0, 16);
  run.counts = {{"candidates", static_cast<std::int64_t>(ranked.size())}};
  run.options = {{"period", data.period.to_string()}, {"capacity", std::to_string(options.capacity)}};
  if (options.group_quotas) run.options.emplace_back("group_quotas", std::to_string(options.quota_tolerance));
  if (audit) run.options.emplace_back("fairness", audit->passed() ? "passed" : "failed");
  const std::string head = log.append(run, data.program.pack(), data.files_read);

  std::cout << "Model: " << model.card.title << " (trained on " << model.card.trained_on << ")\n"
            << ranked.size() << " candidates (entitled or undetermined, not claiming) ordered by "
            << (order == ContactOrder::expected_gain ? "expected gain from contact" : "probability of being a non-claimant")
            << (options.group_quotas ? ", with group quotas within capacity" : "") << ", written to "
            << options.output.string();
  if (!head.empty()) std::cout << "; audit log head " << head;
  std::cout << '\n';
  std::cout << quotas_said.str();
  print_within_capacity(detected, ranked, options.capacity);
  std::cout << "\nFirst people to contact\n";
  for (std::size_t i = 0; i < std::min(rows_shown, ranked.size()); ++i)
    print_contact_line(std::cout, i + 1, detected, ranked[i]);
  if (audit)
    std::cout << "\nTrue non-claimants from " << truth.source() << '\n'
              << audit->summary() << '\n';
  return exit_ok;
}

}  // namespace

void add_rank_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<RankOptions>();
  CLI::App* command = app.add_subcommand(
      "rank", "Order today's candidates for contact with a trained model, with the reasons of each rank");
  add_ranking_data_options(*command, options->data);
  command->add_option("--model", options->model, "Model file written by `eligo train`")->required();
  command->add_option("--output", options->output, "CSV file of the candidates in contact order")->required();
  command->add_option("--capacity", options->capacity, "Contacts the agency can make: marks the first rows")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_flag("--group-quotas", options->group_quotas,
                    "Exchange contacts within capacity so that every audited group is reached at a rate close to "
                    "the overall one (the mitigation an agency may decide when the audit fails)");
  command->add_option("--quota-tolerance", options->quota_tolerance,
                      "With --group-quotas: each group's contact rate within this share of the overall rate")
      ->check(CLI::Range(0.01, 1.0))
      ->capture_default_str();
  add_run_log_option(*command, options->log);
  command->callback([options, &action] { action = [options] { return run_rank(*options); }; });
}

}  // namespace eligo::cli
