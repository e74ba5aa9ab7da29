// The subcommands of `eligo`, one file each. Every add_*_command adds its subcommand to
// `app`; when the user picks it, CLI11 calls back and `action` is set to run it.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/common.hpp"

namespace eligo::cli {

void add_check_command(CLI::App& app, Action& action);
void add_test_command(CLI::App& app, Action& action);
void add_evaluate_command(CLI::App& app, Action& action);
void add_explain_command(CLI::App& app, Action& action);
void add_letter_command(CLI::App& app, Action& action);
void add_notice_command(CLI::App& app, Action& action);
void add_templates_command(CLI::App& app, Action& action);
void add_demo_command(CLI::App& app, Action& action);
void add_synth_command(CLI::App& app, Action& action);
void add_detect_command(CLI::App& app, Action& action);
void add_train_command(CLI::App& app, Action& action);
void add_rank_command(CLI::App& app, Action& action);
void add_fairness_command(CLI::App& app, Action& action);
void add_plan_command(CLI::App& app, Action& action);
void add_decide_command(CLI::App& app, Action& action);
void add_audit_command(CLI::App& app, Action& action);
void add_doc_command(CLI::App& app, Action& action);

}  // namespace eligo::cli
