// The fuzz input of the pack loader: the files the files of a pack, pack.yaml first, then the
// inputs, parameters, variables, benefits and tests files it may list, separated by lines
// `#%%`. Whatever loads without error is then checked and compiled.
// eligo::Error and reported problems are the expected answer; anything else is a bug.
#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/program.hpp"
#include "fuzz_inputs.hpp"
#include "scratch_folder.hpp"

namespace {

using namespace eligo;

constexpr std::string_view separator = "\n#%%\n";
constexpr std::array<std::string_view, 6> file_names = {"pack.yaml",      "inputs.yaml",  "parameters.yaml",
                                                         "variables.yaml", "benefits.yaml", "tests.yaml"};

void write_pack(std::string_view input) {
  for (const auto name : file_names) {
    const auto cut = input.find(separator);
    fuzz::write_scratch_file(std::filesystem::path("pack") / name, input.substr(0, cut));
    input = cut == std::string_view::npos ? std::string_view() : input.substr(cut + separator.size());
  }
}

}  // namespace

namespace eligo::fuzz {

void run_pack(std::string_view input) {
  write_pack(input);
  std::vector<Diagnostic> problems;
  const RulePack pack = load_pack(scratch_folder() / "pack", problems);
  if (has_errors(problems)) return;
  try {
    const Program program = Program::compile(pack);
    (void)program;
  } catch (const Error&) {
    // A clear error for formulas that do not check: fine.
  }
}

}  // namespace eligo::fuzz
