#include "cli/run_log.hpp"

namespace eligo::cli {

void add_run_log_option(CLI::App& command, std::filesystem::path& log) {
  command.add_option("--log", log, "Audit log to record the run in (needs ELIGO_AUDIT_KEY or ELIGO_AUDIT_KEY_FILE)");
}

RunLog::RunLog(const std::filesystem::path& path) {
  if (!path.empty()) log_.emplace(path, audit::Pseudonymiser::from_environment());
}

std::string RunLog::append(audit::RunRecord run, const RulePack& pack, const std::vector<std::filesystem::path>& inputs) {
  if (!log_) return {};
  run.pack_id = pack.id;
  run.pack_version = pack.version;
  run.pack_hash = pack.content_hash;
  std::string listing;
  for (const auto& input : inputs) listing += input.filename().string() + ' ' + audit::sha256_file(input) + '\n';
  run.input_hash = audit::sha256_hex(listing);
  return log_->append(run);
}

}  // namespace eligo::cli
