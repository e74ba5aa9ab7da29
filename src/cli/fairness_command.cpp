// eligo fairness: the fairness audit of a contact list written by `eligo rank`, at the
// agency's capacity, per group of every audited attribute (docs/ranking-and-fairness.md).
// A command of its own rather than under `eligo audit`, which works with the audit log:
// one audits who is reached, the other proves what was done.
#include <iostream>
#include <memory>

#include "core/file_output.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/ranked_csv.hpp"
#include "cli/ranking_data.hpp"
#include "cli/run_log.hpp"

namespace eligo::cli {

namespace {

struct FairnessCommandOptions {
  RankingDataOptions data;
  std::filesystem::path ranked;
  std::size_t capacity = 0;
  std::string format = "text";
  std::filesystem::path output;
  std::filesystem::path log;
};

std::string render(const FairnessReport& report, const std::string& format) {
  if (format == "html") return report.to_html();
  if (format == "json") return report.to_json();
  return report.to_text();
}

int run_fairness(const FairnessCommandOptions& options) {
  if (!options.output.empty()) {
    std::vector<std::filesystem::path> inputs = files_in(options.data.data);
    for (const auto& file : {options.ranked, options.log}) inputs.push_back(file);
    detail::refuse_output_onto_inputs(options.output, inputs, "--output");
  }
  RunLog log(options.log);
  Progress progress;
  progress.stage("reading the data and detecting");
  RankingData data = read_ranking_data(options.data);
  const DetectedRights& detected = data.detected;
  const TrueNonClaimants truth = read_true_non_claimants(data);
  std::size_t listed = 0;
  const std::vector<double> scores =
      read_ranked_csv(options.ranked, data.program.pack().entities.group, detected, listed);
  data.files_read.push_back(options.ranked);
  const std::size_t k = std::min(options.capacity, detected.candidates.size());
  if (k == 0) throw Error("no candidate in " + data.folder.string() + ": nothing to audit");
  if (listed < k)
    throw Error(SourceLocation{options.ranked.string(), 0, 0}, "lists " + std::to_string(listed) +
                                                                   " candidates, fewer than the " + std::to_string(k) +
                                                                   " contacts audited");
  progress.stage("auditing");
  const FairnessReport report = audit_contact_list(scores, truth.labels, detected, k);
  progress.done();

  audit::RunRecord run;
  run.command = "fairness";
  run.counts = {{"candidates", static_cast<std::int64_t>(detected.candidates.size())},
                {"failures", static_cast<std::int64_t>(report.failures.size())},
                {"warnings", static_cast<std::int64_t>(report.warnings.size())}};
  run.options = {{"period", data.period.to_string()}, {"capacity", std::to_string(k)},
                 {"labels", truth.from_truth ? "truth.csv" : "rules"}, {"verdict", report.passed() ? "passed" : "failed"}};

  const std::string text = render(report, options.format);
  if (options.output.empty()) {
    log.append(run, data.program.pack(), data.files_read);
    std::cout << text;
  } else {
    detail::write_file_whole(options.output, [&](std::ostream& out) { out << text; });
    run.output_id = audit::sha256_file(options.output).substr(0, 16);
    const std::string head = log.append(run, data.program.pack(), data.files_read);
    std::cout << "True non-claimants from " << truth.source() << "; report ("
              << options.format << ") written to " << options.output.string();
    if (!head.empty()) std::cout << "; audit log head " << head;
    std::cout << '\n' << report.summary() << '\n';
  }
  return report.passed() ? exit_ok : exit_fairness_failed;
}

}  // namespace

void add_fairness_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<FairnessCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "fairness", "Audit a contact list for fairness at the contact capacity; exit 4 when it fails the thresholds");
  add_ranking_data_options(*command, options->data);
  command->add_option("--ranked", options->ranked, "Contact list written by `eligo rank`")->required();
  command->add_option("--capacity", options->capacity, "Contacts the agency makes: the first K rows are audited")
      ->required()
      ->check(CLI::PositiveNumber);
  command->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember({"text", "html", "json"}))
      ->capture_default_str();
  command->add_option("--output", options->output, "File for the report (default, or `-`: standard output)")
      ->transform(dash_is_standard_output());
  add_run_log_option(*command, options->log);
  command->callback([options, &action] { action = [options] { return run_fairness(*options); }; });
}

}  // namespace eligo::cli
