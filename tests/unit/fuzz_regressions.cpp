// Every input that once made a fuzz target fail, replayed through the same code as the
// target (tests/fuzz/*_input.cpp): it must now pass without crash or escaping exception.
// Inputs live in tests/fuzz/regressions/<target>/, named after what they found.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "fuzz_inputs.hpp"

namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

void replay(const std::string& target, const std::function<void(std::string_view)>& run) {
  const fs::path folder = fs::path(ELIGO_FUZZ_REGRESSIONS_DIR) / target;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    INFO(entry.path().filename().string());
    CHECK_NOTHROW(run(bytes_of(entry.path())));
  }
}

}  // namespace

TEST_CASE("inputs that once failed the formula fuzz target now pass", "[fuzz][regression]") {
  replay("formula", eligo::fuzz::run_formula);
}

TEST_CASE("inputs that once failed the pack fuzz target now pass", "[fuzz][regression]") {
  replay("pack", eligo::fuzz::run_pack);
}

TEST_CASE("inputs that once failed the CSV fuzz target now pass", "[fuzz][regression]") {
  replay("csv", eligo::fuzz::run_csv);
}

TEST_CASE("inputs that once failed the model fuzz target now pass", "[fuzz][regression]") {
  replay("model", eligo::fuzz::run_model);
}
