// The bad-input catalogue through the C++ API: every case fails with its expected error,
// naming the file and the place, without crashing or hanging.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "bad_input_catalogue.hpp"
#include "temp_folder.hpp"

using namespace eligo;

namespace {

const std::filesystem::path catalogue = ELIGO_BAD_INPUTS_DIR;
const std::filesystem::path example_pack = std::filesystem::path(ELIGO_RULES_DIR) / "example";

// With ELIGO_BAD_INPUTS_ACTUAL=<folder>, each case's error text is also written to
// <folder>/<case>.txt, to review when writing or updating an expected.txt.
void keep_actual_errors(const std::string& name, const std::string& errors) {
  const char* folder = std::getenv("ELIGO_BAD_INPUTS_ACTUAL");
  if (folder == nullptr || *folder == '\0') return;
  std::filesystem::create_directories(folder);
  std::ofstream(std::filesystem::path(folder) / (name + ".txt")) << errors;
}

}  // namespace

TEST_CASE("the bad-input catalogue holds at least 40 cases, each with its expected error", "[bad_inputs]") {
  const auto cases = test::bad_input_cases(catalogue);
  CHECK(cases.size() >= 40);
  for (const auto& bad_case : cases) {
    INFO(bad_case.name);
    CHECK_FALSE(bad_case.expected.empty());
  }
}

TEST_CASE("every bad input gets its clear error through the C++ API", "[bad_inputs]") {
  for (const auto& bad_case : test::bad_input_cases(catalogue)) {
    DYNAMIC_SECTION(bad_case.name) {
      const test::TempFolder work;
      const std::string errors = test::run_bad_input_case(bad_case, work.path() / bad_case.name, example_pack);
      keep_actual_errors(bad_case.name, errors);
      INFO("errors:\n" << errors);
      CHECK_FALSE(errors.empty());
      for (const std::string& fragment : bad_case.expected) {
        INFO("expected: " << fragment);
        CHECK(errors.find(fragment) != std::string::npos);
      }
    }
  }
}
