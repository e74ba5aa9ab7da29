// eligo decide PLAN --line N --accept|--change CHANNEL|--defer|--ready --reason R --agent ID
// --log LOG: an agent's decision on one line, checked by the plan's rules, recorded in the
// audit log, then the plan rewritten whole.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "core/file_output.hpp"
#include "cli/commands.hpp"
#include "core/input_file.hpp"
#include "eligo/audit.hpp"
#include "eligo/outreach.hpp"

namespace eligo::cli {
namespace {

struct DecideOptions {
  std::filesystem::path plan;
  std::size_t line = 0;
  bool accept = false;
  std::string change;
  bool defer = false;
  bool ready = false;
  std::string reason;
  std::string agent;
  std::filesystem::path log;
};

std::string read_text(const std::filesystem::path& path) { return detail::read_input_file(path); }

int run_decide(const DecideOptions& options) {
  const int chosen = int{options.accept} + int{!options.change.empty()} + int{options.defer} + int{options.ready};
  if (chosen != 1) {
    std::cerr << "error: give exactly one of --accept, --change CHANNEL, --defer, --ready\n";
    return exit_usage;
  }
  audit::AuditLog log(options.log, audit::Pseudonymiser::from_environment());
  outreach::Plan plan = outreach::plan_from_json(read_text(options.plan));
  const std::string before(outreach::to_string(plan.line(options.line).channel));
  std::string decision;
  if (options.accept) {
    plan.accept(options.line, options.agent, options.reason);
    decision = "accept";
  } else if (!options.change.empty()) {
    const auto channel = outreach::channel_from_string(options.change);
    if (!channel) throw Error("unknown channel `" + options.change + "`; expected letter, phone, home_visit, counter, email_online or sms");
    plan.change(options.line, *channel, options.agent, options.reason);
    decision = "change";
  } else if (options.defer) {
    plan.defer(options.line, options.agent, options.reason);
    decision = "defer";
  } else {
    plan.mark_ready(options.line, options.agent);
    decision = "ready";
  }
  const outreach::PlanLine& line = plan.line(options.line);
  // Logged before the plan is rewritten: a decision may be in the log and not in the plan,
  // never the other way round.
  const std::string head = log.append(audit::DecisionRecord{plan.id, line.number, line.person_id, decision,
                                                            std::string(outreach::to_string(line.channel)), before,
                                                            options.reason, options.agent});
  detail::write_file_whole(options.plan, [&](std::ostream& out) { out << outreach::plan_to_json(plan); });
  std::cout << "line " << line.number << ": " << outreach::to_string(line.status) << " on "
            << outreach::to_string(line.channel) << "; " << plan.ready_to_send().size()
            << " lines ready to send; audit log head " << head << '\n';
  return exit_ok;
}

}  // namespace

void add_decide_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<DecideOptions>();
  CLI::App* command = app.add_subcommand("decide", "Record an agent's decision on one line of a plan");
  command->add_option("PLAN", options->plan, "Plan file written by `eligo plan`")->required();
  command->add_option("--line", options->line, "Line number")->required()->check(CLI::PositiveNumber);
  command->add_flag("--accept", options->accept, "Accept the line on its channel");
  command->add_option("--change", options->change, "Accept the line on another channel the person can use");
  command->add_flag("--defer", options->defer, "Defer the line");
  command->add_flag("--ready", options->ready, "Mark an accepted line ready to send");
  command->add_option("--reason", options->reason, "Why (required for accept, change and defer; no personal data)");
  command->add_option("--agent", options->agent, "The deciding agent's id")->required();
  command->add_option("--log", options->log, "Audit log to append to (needs ELIGO_AUDIT_KEY or ELIGO_AUDIT_KEY_FILE)")
      ->required();
  command->callback([options, &action] { action = [options] { return run_decide(*options); }; });
}

}  // namespace eligo::cli
