// The optional `--log` of train, rank and fairness: the run recorded in the audit log
// (docs/audit.md) as `eligo plan` records its own. The log is opened before any work, so
// that a missing pseudonymisation key stops the command before it writes anything.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "eligo/audit.hpp"
#include "eligo/pack.hpp"

namespace eligo::cli {

void add_run_log_option(CLI::App& command, std::filesystem::path& log);

class RunLog {
 public:
  explicit RunLog(const std::filesystem::path& path);  // an empty path: no log

  // Fills in the pack's identity and one hash over the input files, appends the run and
  // returns the line's hash; empty without a log.
  std::string append(audit::RunRecord run, const RulePack& pack, const std::vector<std::filesystem::path>& inputs);

 private:
  std::optional<audit::AuditLog> log_;
};

}  // namespace eligo::cli
