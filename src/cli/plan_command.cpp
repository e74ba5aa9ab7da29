// eligo plan PACK --candidates C --profiles P --capacity K --output PLAN --log LOG:
// the proposed outreach plan, written whole, and the run recorded in the audit log.
#include <array>
#include <iomanip>
#include <iostream>
#include <memory>

#include "core/file_output.hpp"
#include "cli/commands.hpp"
#include "eligo/audit.hpp"
#include "eligo/outreach.hpp"

namespace eligo::cli {
namespace {

struct PlanOptions {
  std::string pack;
  std::filesystem::path candidates;
  std::filesystem::path profiles;
  std::filesystem::path capacity;
  std::filesystem::path output;
  std::filesystem::path log;
  std::filesystem::path model;
  std::string objective = "rights";
};

std::string capacity_text(std::size_t count) {
  return count == outreach::Capacity::unlimited ? "unlimited" : std::to_string(count);
}

void print_summary(const outreach::Plan& plan) {
  std::cout << "channel        lines  capacity\n";
  for (const outreach::Channel channel : outreach::all_channels) {
    const auto lines = std::count_if(plan.lines().begin(), plan.lines().end(),
                                     [&](const outreach::PlanLine& line) { return line.channel == channel; });
    std::cout << std::left << std::setw(14) << outreach::to_string(channel) << std::right << std::setw(6) << lines
              << "  " << capacity_text(plan.capacity.of(channel)) << '\n';
  }
  std::array<std::size_t, 3> by_tier{};
  std::size_t unknown_amounts = 0;
  for (const outreach::PlanLine& line : plan.lines()) {
    ++by_tier[static_cast<std::size_t>(line.tier)];
    unknown_amounts += line.unknown_amounts;
  }
  std::cout << plan.lines().size() << " lines proposed, " << plan.not_contacted.size()
            << " candidates not contacted (no capacity left on a channel they can use)\n"
            << "tiers: " << by_tier[0] << " with a positive expected gain, " << by_tier[1]
            << " with no known amount (after known amounts), " << by_tier[2]
            << " with an expected gain of 0 or less (last); " << unknown_amounts
            << " rights of unknown amount on the lines\n"
            << std::fixed << std::setprecision(4) << "expected "
            << (plan.objective == outreach::Objective::euros_opened ? "euros opened per month: " : "rights opened: ")
            << plan.expected_value << " (best person first, best channel first would reach " << plan.greedy_value << ")\n";
}

int run_plan(const PlanOptions& options) {
  detail::refuse_output_onto_inputs(
      options.output, {options.candidates, options.profiles, options.capacity, options.model, options.log}, "--output");
  // The key first: without it nothing is written, and no work is wasted.
  audit::AuditLog log(options.log, audit::Pseudonymiser::from_environment());
  const RulePack pack = load_pack_or_throw(options.pack);
  const outreach::ChannelPolicy policy = outreach::ChannelPolicy::of(pack);
  const auto candidates = outreach::read_candidates_csv(options.candidates);
  const auto profiles = outreach::read_accessibility_csv(options.profiles);
  const auto capacity = outreach::read_capacity_csv(options.capacity);
  outreach::PlanOptions plan_options;
  plan_options.objective = options.objective == "euros" ? outreach::Objective::euros_opened : outreach::Objective::rights_opened;

  outreach::Plan plan = outreach::build_plan(policy, candidates, profiles, capacity, plan_options);
  plan.pack_id = pack.id;
  plan.pack_hash = pack.content_hash;
  plan.id = audit::sha256_hex(outreach::plan_to_json(plan)).substr(0, 16);

  audit::RunRecord run;
  run.command = "plan";
  run.pack_id = pack.id;
  run.pack_version = pack.version;
  run.pack_hash = pack.content_hash;
  run.model_hash = options.model.empty() ? "" : audit::sha256_file(options.model);
  run.input_hash = audit::sha256_hex("candidates " + audit::sha256_file(options.candidates) + "\nprofiles " +
                                     audit::sha256_file(options.profiles) + "\ncapacity " +
                                     audit::sha256_file(options.capacity) + "\n");
  run.output_id = plan.id;
  run.counts = {{"candidate_rows", static_cast<std::int64_t>(candidates.size())},
                {"profiles", static_cast<std::int64_t>(profiles.size())},
                {"lines", static_cast<std::int64_t>(plan.lines().size())},
                {"not_contacted", static_cast<std::int64_t>(plan.not_contacted.size())}};
  for (const outreach::ContactTier tier :
       {outreach::ContactTier::positive_gain, outreach::ContactTier::unknown_amount, outreach::ContactTier::no_gain})
    run.counts.emplace_back("lines_tier_" + std::string(outreach::to_string(tier)),
                            std::count_if(plan.lines().begin(), plan.lines().end(),
                                          [&](const outreach::PlanLine& line) { return line.tier == tier; }));
  for (const outreach::Channel channel : outreach::all_channels) {
    const auto lines = std::count_if(plan.lines().begin(), plan.lines().end(),
                                     [&](const outreach::PlanLine& line) { return line.channel == channel; });
    run.counts.emplace_back("lines_" + std::string(outreach::to_string(channel)), lines);
    run.options.emplace_back("capacity_" + std::string(outreach::to_string(channel)), capacity_text(capacity.of(channel)));
  }
  run.options.emplace_back("objective", options.objective);

  detail::write_file_whole(options.output, [&](std::ostream& out) { out << outreach::plan_to_json(plan); });
  const std::string head = log.append(run);
  print_summary(plan);
  std::cout << "plan " << plan.id << " written to " << options.output.string() << "; audit log head " << head << '\n';
  return exit_ok;
}

}  // namespace

void add_plan_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* command = app.add_subcommand(
      "plan", "Propose an outreach plan: each candidate on a channel they can use, within each channel's capacity");
  add_pack_argument(*command, options->pack);
  command->add_option("--candidates", options->candidates, "The contact list `eligo rank` writes, or any CSV with person_id, benefit, expected_gain, monthly_amount")->required();
  command->add_option("--profiles", options->profiles, "CSV of accessibility profiles (see docs/outreach.md)")->required();
  command->add_option("--capacity", options->capacity, "CSV: channel, capacity (a count or `unlimited`)")->required();
  command->add_option("--output", options->output, "Plan file to write (JSON)")->required();
  command->add_option("--log", options->log, "Audit log to append to (needs ELIGO_AUDIT_KEY or ELIGO_AUDIT_KEY_FILE)")
      ->required();
  command->add_option("--model", options->model, "Ranking model file whose hash is recorded");
  command->add_option("--objective", options->objective, "What to maximise: rights (default) or euros")
      ->check(CLI::IsMember({"rights", "euros"}));
  command->callback([options, &action] { action = [options] { return run_plan(*options); }; });
}

}  // namespace eligo::cli
