// eligo audit verify LOG [--head HASH]: exit 0 when the log is whole and unchanged, else 1
// with the first bad line. The lines are sealed under the audit key (ELIGO_AUDIT_KEY or
// ELIGO_AUDIT_KEY_FILE), which verification needs too.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "eligo/audit.hpp"

namespace eligo::cli {
namespace {

int run_verify(const std::filesystem::path& log, const std::string& head) {
  const audit::VerifyReport report =
      audit::verify_log(log, audit::Pseudonymiser::from_environment(), head.empty() ? std::nullopt : std::optional<std::string>(head));
  if (!report.ok) {
    std::cerr << log.string() << ":" << report.first_bad_line << ": error: " << report.problem << '\n'
              << "first bad line: " << report.first_bad_line << '\n';
    return exit_failure;
  }
  std::cout << log.string() << ": " << report.lines << " lines, chain intact, last hash " << report.head_hash << '\n';
  return exit_ok;
}

}  // namespace

void add_audit_command(CLI::App& app, Action& action) {
  CLI::App* command = app.add_subcommand("audit", "Work with the audit log");
  command->require_subcommand(1);
  auto log = std::make_shared<std::filesystem::path>();
  auto head = std::make_shared<std::string>();
  CLI::App* verify = command->add_subcommand("verify", "Check that no line of an audit log was changed, removed or moved (needs the audit key)");
  verify->add_option("LOG", *log, "Audit log file")->required();
  verify->add_option("--head", *head, "Expected hash of the last line, kept elsewhere (default: the LOG.head file)");
  verify->callback([log, head, &action] { action = [log, head] { return run_verify(*log, *head); }; });
}

}  // namespace eligo::cli
