// Runs one case of the bad-input catalogue (tests/bad_inputs, see its README.md) through
// the C++ API: load the pack, compile it, read the population, evaluate, stopping at the
// first stage that fails. The same steps as `eligo check` / `eligo evaluate`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace eligo::test {

struct BadInputCase {
  std::string name;
  std::filesystem::path folder;
  std::vector<std::string> expected;  // fragments the error text must hold, one per line
};

// Every case, by name.
std::vector<BadInputCase> bad_input_cases(const std::filesystem::path& catalogue);

// Copies the case into `work` (growing the files grow.txt names) and runs it there.
// Returns every diagnostic as "file:line:column: error: message", one per line; empty
// when every stage succeeded.
std::string run_bad_input_case(const BadInputCase& bad_case, const std::filesystem::path& work,
                               const std::filesystem::path& default_pack);

}  // namespace eligo::test
