// The data the ranking commands (train, rank, fairness) read: a pack, a period, and a
// folder laid out as `eligo synth` writes it, which is also the layout of an agency's
// extracts (docs/synthetic-population.md gives the columns):
//   <group>.csv, <person>s.csv  the population, as `eligo evaluate` reads it
//   receipts.csv                who receives each benefit
//   accessibility.csv           optional: accessibility profiles (else those features are missing)
//   campaign.csv                for `train`: the past outreach campaign with its control group
//   truth.csv                   optional: who is truly entitled (known in simulation, or after review)
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/ranking_chain.hpp"

namespace eligo::cli {

struct RankingDataOptions {
  std::string pack;
  std::filesystem::path data;
  std::string period;
  int threads = 0;
};

void add_ranking_data_options(CLI::App& command, RankingDataOptions& options);

struct RankingData {
  Program program;
  Period period;
  std::filesystem::path folder;
  DetectedRights detected;
  std::vector<std::filesystem::path> files_read;  // in the order read, for the audit log
};

// Loads the pack, reads the population, receipts and (when present) accessibility of the
// folder, evaluates and detects. Every data problem is thrown as Error naming file, row
// and column.
RankingData read_ranking_data(const RankingDataOptions& options);

// Who truly does not claim among the candidates (non_claimant_labels): from truth.csv when
// the folder has one, else from the rules.
struct TrueNonClaimants {
  std::vector<double> labels;  // one per candidate, 1 = a true non-claimant
  bool from_truth = false;
  std::string source() const { return from_truth ? "truth.csv" : "the rules (no truth.csv)"; }
};
TrueNonClaimants read_true_non_claimants(RankingData& data);

// campaign.csv of the folder; throws Error naming the file when it is missing.
std::vector<CampaignContact> read_campaign(RankingData& data);

}  // namespace eligo::cli
