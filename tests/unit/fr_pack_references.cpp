// Every value of every parameter of the French pack has a start date and a legal
// reference, and the loader refuses a value without its reference, naming the place.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "eligo/eligo.hpp"

using namespace eligo;

namespace {

const std::filesystem::path fr_pack = std::filesystem::path(ELIGO_RULES_DIR) / "fr";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace

TEST_CASE("every parameter value of the French pack has a start date and a legal reference",
          "[pack][fr]") {
  const RulePack pack = load_pack(fr_pack);
  REQUIRE(pack.parameters.size() >= 100);
  std::size_t versions = 0;
  for (const Parameter& parameter : pack.parameters) {
    INFO("parameter " << parameter.name);
    REQUIRE_FALSE(parameter.versions.empty());
    for (const ParameterVersion& version : parameter.versions) {
      INFO("value at " << version.where.line << ":" << version.where.column);
      CHECK(version.start > Date::from_ymd(1900, 1, 1));  // a real start date
      CHECK_FALSE(version.reference.empty());
      CHECK(version.reference.find_first_not_of(" \t") != std::string::npos);
      ++versions;
    }
  }
  CHECK(versions >= pack.parameters.size());
}

TEST_CASE("a French pack parameter value without its reference does not load", "[pack][fr]") {
  const auto copy = std::filesystem::temp_directory_path() / "eligo_fr_without_reference";
  std::filesystem::remove_all(copy);
  std::filesystem::copy(fr_pack, copy, std::filesystem::copy_options::recursive);

  // Remove the reference of the SMIC value of 1 November 2024 (line 14 of smic.yaml).
  const auto file = copy / "parameters" / "smic.yaml";
  const std::string text = read_file(file);
  const std::regex with_reference(R"((2024-11-01: \{value: [0-9.]+), reference: "[^"]*"\})");
  const std::string without = std::regex_replace(text, with_reference, "$1}",
                                                 std::regex_constants::format_first_only);
  REQUIRE(without != text);
  write_file(file, without);

  std::vector<Diagnostic> diagnostics;
  (void)load_pack(copy, diagnostics);
  std::vector<Diagnostic> problems;  // the errors; warnings (texts missing in a register) aside
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error) problems.push_back(d);
  REQUIRE(problems.size() == 1);
  const std::string message = problems.front().to_string();
  CHECK(problems.front().severity == Severity::error);
  CHECK(problems.front().where.line == 14);
  CHECK(problems.front().where.column == 5);
  CHECK_THAT(message, Catch::Matchers::EndsWith(
                          "parameters/smic.yaml:14:5: error: the value of parameter "
                          "`smic.horaire_brut` from 2024-11-01 has no `reference`"));
  CHECK_THROWS_AS(load_pack(copy), Error);
  std::filesystem::remove_all(copy);
}
