// The examples of docs/rule-language.md are run, so the documentation cannot drift from
// what the engine does.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "eligo/eligo.hpp"
#include "lang/parser.hpp"

using namespace eligo;

namespace {

const std::filesystem::path documentation = std::filesystem::path(ELIGO_RULES_DIR) / ".." / "docs" / "rule-language.md";

std::string read_page(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The ```yaml blocks of the page, by the "## " heading they appear under.
std::map<std::string, std::string> yaml_blocks_by_section(const std::string& page) {
  std::map<std::string, std::string> blocks;
  std::istringstream lines(page);
  std::string line, section, block;
  bool inside = false;
  while (std::getline(lines, line)) {
    if (!inside && line.rfind("## ", 0) == 0) section = line.substr(3);
    if (!inside && line == "```yaml") {
      inside = true;
      block.clear();
    } else if (inside && line == "```") {
      inside = false;
      blocks[section] += block;
    } else if (inside) {
      block += line + "\n";
    }
  }
  return blocks;
}

}  // namespace

TEST_CASE("the YAML examples of the rule language page form a working pack", "[docs]") {
  const auto blocks = yaml_blocks_by_section(read_page(documentation));
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "eligo_docs_pack";
  std::filesystem::remove_all(folder);
  const std::map<std::string, std::filesystem::path> files = {
      {"pack.yaml", "pack.yaml"},
      {"Inputs (the data schema)", "inputs.yaml"},
      {"Parameters", "parameters/parameters.yaml"},
      {"Variables", "variables/variables.yaml"},
      {"Benefits", "benefits/aide_energie.yaml"},
      {"Tests", "tests/tests.yaml"}};
  for (const auto& [section, file] : files) {
    INFO(section);
    REQUIRE(blocks.count(section) == 1);
    std::filesystem::create_directories((folder / file).parent_path());
    std::ofstream(folder / file) << blocks.at(section);
  }
  // The page's pack.yaml lists a templates folder; without files in it the built-in wording applies.
  std::filesystem::create_directories(folder / "templates");
  const RulePack pack = load_pack(folder);
  CHECK(pack.benefits.size() == 1);
  const Program program = Program::compile(pack);
  const std::vector<TestOutcome> outcomes = run_pack_tests(pack, program);
  REQUIRE(outcomes.size() == 2);
  for (const TestOutcome& outcome : outcomes) {
    INFO(outcome.name);
    for (const TestFailure& failure : outcome.failures) INFO(failure.to_string());
    CHECK(outcome.passed());
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("every expression in the table of constructs parses", "[docs]") {
  const std::string page = read_page(documentation);
  const std::size_t start = page.find("## Expressions");
  const std::size_t end = page.find("### Types", start);
  REQUIRE(start != std::string::npos);
  std::istringstream lines(page.substr(start, end - start));
  std::string line;
  int parsed = 0;
  const std::regex code("`([^`]+)`");
  while (std::getline(lines, line)) {
    if (line.rfind("| ", 0) != 0) continue;
    const std::string examples = line.substr(line.find('|', 1));
    for (std::sregex_iterator it(examples.begin(), examples.end(), code), last; it != last; ++it) {
      const std::string expression = (*it)[1];
      if (!std::regex_search(expression, std::regex("[A-Za-z0-9]"))) continue;  // an operator alone
      INFO(expression);
      const auto result = lang::parse_formula(expression, "membres");
      CHECK(result.root != nullptr);
      ++parsed;
    }
  }
  CHECK(parsed >= 30);
}
