// eligo test PACK: runs the test cases written in the pack and shows each mismatch.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"

namespace eligo::cli {

namespace {

int run_test(const std::string& pack_name) {
  const RulePack pack = load_pack_or_throw(pack_name);
  const Program program = Program::compile(pack);
  std::size_t passed = 0;
  std::size_t failed = 0;
  for (const TestOutcome& outcome : run_pack_tests(pack, program)) {
    if (outcome.passed()) {
      ++passed;
      continue;
    }
    ++failed;
    for (const TestFailure& failure : outcome.failures) std::cout << failure.to_string() << '\n';
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? exit_ok : exit_failure;
}

}  // namespace

void add_test_command(CLI::App& app, Action& action) {
  auto pack = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("test", "Run the test cases of a rule pack");
  add_pack_argument(*command, *pack);
  command->callback([pack, &action] { action = [pack] { return run_test(*pack); }; });
}

}  // namespace eligo::cli
