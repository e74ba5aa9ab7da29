// The eligo command: parses the command line, runs the chosen subcommand and turns every
// way it can end into the exit codes documented in docs/cli.md.
#include <iostream>

#include "cli/commands.hpp"

namespace {

int run(int argc, char** argv) {
  CLI::App app{"eligo: evaluate social-benefit rules to find people entitled to benefits they do not claim",
               "eligo"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("eligo ") + ELIGO_VERSION);
  eligo::cli::Action action;
  eligo::cli::add_check_command(app, action);
  eligo::cli::add_test_command(app, action);
  eligo::cli::add_evaluate_command(app, action);
  eligo::cli::add_explain_command(app, action);
  eligo::cli::add_letter_command(app, action);
  eligo::cli::add_notice_command(app, action);
  eligo::cli::add_templates_command(app, action);
  eligo::cli::add_demo_command(app, action);
  eligo::cli::add_synth_command(app, action);
  eligo::cli::add_detect_command(app, action);
  eligo::cli::add_train_command(app, action);
  eligo::cli::add_rank_command(app, action);
  eligo::cli::add_fairness_command(app, action);
  eligo::cli::add_plan_command(app, action);
  eligo::cli::add_decide_command(app, action);
  eligo::cli::add_audit_command(app, action);
  eligo::cli::add_doc_command(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    // Show the help of the subcommand the user was writing, else the general one.
    const CLI::App* context = &app;
    for (const CLI::App* command : app.get_subcommands()) context = command;
    std::cerr << "error: " << error.what() << "\n\n" << (context == &app ? app.help() : context->help(app.get_name()));
    return eligo::cli::exit_usage;
  }

  try {
    return action();
  } catch (const eligo::Error& error) {
    eligo::cli::print_diagnostics(std::cerr, error.diagnostics());
    return eligo::cli::exit_failure;
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "eligo: internal error: " << error.what() << '\n';
  } catch (...) {
    std::cerr << "eligo: internal error\n";
  }
  return eligo::cli::exit_internal;
}
