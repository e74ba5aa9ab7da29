// eligo check PACK: every problem of a pack's files and formulas, all at once.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"

namespace eligo::cli {

namespace {

int run_check(const std::string& pack_name) {
  std::vector<Diagnostic> diagnostics;
  const RulePack pack = load_pack(resolve_pack_path(pack_name), diagnostics);
  // The formulas of the files that did load are still checked, so that one run reports
  // a YAML error in one file and a type error in another.
  const std::vector<Diagnostic> formula_problems = check(pack);
  diagnostics.insert(diagnostics.end(), formula_problems.begin(), formula_problems.end());
  print_diagnostics(has_errors(diagnostics) ? std::cerr : std::cout, diagnostics);
  if (has_errors(diagnostics)) return exit_failure;
  std::cout << "pack " << pack.id << " " << pack.version << ": " << pack.inputs.size() << " inputs, "
            << pack.parameters.size() << " parameters, " << pack.variables.size() << " variables, "
            << pack.benefits.size() << " benefits, " << pack.tests.size() << " tests\n";
  return exit_ok;
}

}  // namespace

void add_check_command(CLI::App& app, Action& action) {
  auto pack = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("check", "Load a rule pack and report every problem with file:line:column");
  add_pack_argument(*command, *pack);
  command->callback([pack, &action] { action = [pack] { return run_check(*pack); }; });
}

}  // namespace eligo::cli
