#include "cli/ranking_data.hpp"

#include "cli/common.hpp"
#include "core/file_set.hpp"

namespace eligo::cli {

namespace {

// A missing file is a data problem (exit 1) named like the readers' problems.
std::filesystem::path required_file(RankingData& data, const std::string& name) {
  const std::filesystem::path path = data.folder / name;
  if (!std::filesystem::is_regular_file(path))
    throw Error(SourceLocation{path.string(), 0, 0}, "file not found: the data folder must hold " + name);
  detail::check_file_in_set(path);
  data.files_read.push_back(path);
  return path;
}

}  // namespace

void add_ranking_data_options(CLI::App& command, RankingDataOptions& options) {
  command.add_option("--pack", options.pack, "Rule pack: a folder holding pack.yaml, or a bundled pack name (fr)")
      ->required();
  // Not checked here: a missing folder or file is a data problem (exit 1), not a usage one.
  command.add_option("--data", options.data,
                     "Folder of the population, receipts.csv, accessibility.csv... as `eligo synth` writes them")
      ->required();
  command.add_option("--period", options.period, "Month evaluated, YYYY-MM")->required()->check(period_validator());
  command.add_option("--threads", options.threads, "Threads to evaluate with; 0 means every core")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

RankingData read_ranking_data(const RankingDataOptions& options) {
  RankingData data{Program::compile(load_pack_or_throw(options.pack)), Period::parse(options.period), options.data,
                   {}, {}};
  const RulePack& pack = data.program.pack();
  const auto groups = required_file(data, pack.entities.group + ".csv");
  const auto persons = required_file(data, pack.entities.person + "s.csv");
  const Population population = read_population_csv(pack, groups, persons);
  const ReceiptTable receipts = read_receipts_csv(required_file(data, "receipts.csv"));
  std::vector<outreach::AccessibilityProfile> accessibility;
  if (std::filesystem::exists(data.folder / "accessibility.csv"))
    accessibility = outreach::read_accessibility_csv(required_file(data, "accessibility.csv"));
  data.detected = detect_rights(data.program, population, receipts, accessibility, data.period, options.threads);
  return data;
}

TrueNonClaimants read_true_non_claimants(RankingData& data) {
  if (!std::filesystem::exists(data.folder / "truth.csv"))
    return {non_claimant_labels(data.detected.candidates, nullptr), false};
  const TakeUpTruth truth = read_truth_csv(required_file(data, "truth.csv"), data.detected.results);
  return {non_claimant_labels(data.detected.candidates, &truth), true};
}

std::vector<CampaignContact> read_campaign(RankingData& data) {
  return read_campaign_csv(required_file(data, "campaign.csv"));
}

}  // namespace eligo::cli
