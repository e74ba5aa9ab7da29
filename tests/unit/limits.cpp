// Limits that keep hostile or broken input from exhausting the stack, memory or time:
// formula depth and chain length, YAML file size, depth and alias expansion, CSV field and
// record sizes. Each is refused with a clear error at the place of the excess.
#include <catch2/catch.hpp>

#include <chrono>

#include "data/csv_reader.hpp"
#include "eligo/program.hpp"
#include "lang/parser.hpp"
#include "pack/yaml_limits.hpp"
#include "temp_folder.hpp"

using namespace eligo;

namespace {

const std::string tiny_manifest =
    "id: tiny\n"
    "title: {fr: t}\n"
    "version: 1.0.0\n"
    "languages: [fr]\n"
    "entities: {person: personne, group: foyer, members: membres, roles: [demandeur]}\n"
    "files: {inputs: [inputs.yaml]}\n";

// Loads a pack made of the tiny manifest and `inputs` as its inputs file.
std::vector<Diagnostic> load_with_inputs(const std::string& inputs) {
  const test::TempFolder folder;
  folder.write("pack.yaml", tiny_manifest);
  folder.write("inputs.yaml", inputs);
  std::vector<Diagnostic> problems;
  load_pack(folder.path(), problems);
  return problems;
}

bool has_problem(const std::vector<Diagnostic>& problems, const std::string& file_end, int line,
                 const std::string& fragment) {
  return std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::error && std::string_view(d.where.file).ends_with(file_end) &&
           d.where.line == line && d.message.find(fragment) != std::string::npos;
  });
}

std::string describe(const std::vector<Diagnostic>& problems) {
  std::string text;
  for (const auto& problem : problems) text += problem.to_string() + "\n";
  return text;
}

// The classic "billion laughs": nine levels of ten aliases each, 10^9 leaves once expanded.
std::string billion_laughs() {
  std::string text = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string previous = "*lol" + std::to_string(level - 1);
    text += "lol" + std::to_string(level) + ": &lol" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) text += (i ? ", " : "") + previous;
    text += "]\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a million-link chain is refused without exhausting the stack", "[limits][parser]") {
  std::string chain = "a";
  chain.reserve(4'000'000);
  for (int i = 0; i < 1'000'000; ++i) chain += i % 2 ? "+a" : "*a";
  const auto result = lang::parse_formula(chain, "membres");
  REQUIRE(result.error);
  CHECK(result.error->message.find("split it into variables") != std::string::npos);

  std::string conditions = "a";
  for (int i = 0; i < 1'000'000; ++i) conditions += i % 2 ? " and a" : " or a";
  CHECK(lang::parse_formula(conditions, "membres").error);
}

TEST_CASE("a chain of 200 operators is still accepted", "[limits][parser]") {
  std::string chain = "1";
  for (int i = 0; i < 150; ++i) chain += " + 1";
  CHECK_FALSE(lang::parse_formula(chain, "membres").error);
}

TEST_CASE("an alias bomb is refused at the alias that exceeds the budget, quickly", "[limits][yaml]") {
  const auto started = std::chrono::steady_clock::now();
  const auto problems = load_with_inputs(billion_laughs());
  const auto elapsed = std::chrono::steady_clock::now() - started;
  INFO(describe(problems));
  // lol6 stands for a million nodes: the first to exceed the budget.
  CHECK(has_problem(problems, "inputs.yaml", 7, "YAML aliases expand this file beyond"));
  CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("aliases used with measure are still accepted", "[limits][yaml]") {
  const auto problems = load_with_inputs(
      "revenu: &money\n"
      "  entity: foyer\n"
      "  type: money\n"
      "  min: 0\n"
      "  description: &text {fr: \"Revenu\"}\n"
      "loyer:\n"
      "  entity: foyer\n"
      "  type: money\n"
      "  description: *text\n");
  INFO(describe(problems));
  CHECK_FALSE(has_errors(problems));
}

TEST_CASE("an alias inside the node it refers to is refused", "[limits][yaml]") {
  const auto problems = load_with_inputs("loop: &a [1, *a]\n");
  INFO(describe(problems));
  CHECK(has_problem(problems, "inputs.yaml", 1, "refers to the map or list that contains it"));
}

TEST_CASE("deep YAML nesting is refused before yaml-cpp recurses into it", "[limits][yaml]") {
  const int depth = 100'000;
  const auto flow = load_with_inputs("deep: " + std::string(depth, '[') + std::string(depth, ']') + "\n");
  INFO(describe(flow));
  CHECK(has_problem(flow, "inputs.yaml", 1, "nested more than 64 levels deep"));

  std::string block;
  for (int level = 0; level < 1000; ++level) block += std::string(static_cast<std::size_t>(level), ' ') + "k:\n";
  const auto indented = load_with_inputs(block);
  INFO(describe(indented));
  CHECK(has_problem(indented, "inputs.yaml", 65, "nested more than 64 levels deep"));
}

TEST_CASE("a pack file bigger than 8 MiB is refused by name", "[limits][yaml]") {
  std::string huge = "# padding\n";
  while (huge.size() <= pack_detail::max_yaml_file_bytes) huge += std::string(1023, '#') + "\n";
  const auto problems = load_with_inputs(huge);
  INFO(describe(problems));
  CHECK(has_problem(problems, "inputs.yaml", 0, "file larger than the 8 MiB a pack file may hold"));
}

TEST_CASE("a pack file that is a device is refused, not read forever", "[limits][yaml]") {
  const test::TempFolder folder;
  folder.write("pack.yaml", tiny_manifest);
  std::filesystem::create_symlink("/dev/zero", folder.path() / "inputs.yaml");
  std::vector<Diagnostic> problems;
  load_pack(folder.path(), problems);
  INFO(describe(problems));
  CHECK(has_errors(problems));
}

TEST_CASE("a CSV field or record beyond the limits is reported and skipped", "[limits][csv]") {
  const std::string long_field(data::max_csv_field_bytes + 1, 'x');
  data::CsvReader reader("a,b\n1," + long_field + "\n\"" + long_field + "\",2\n" +
                         std::string(data::max_csv_record_bytes + 10, ',') + "\n3,4\n");
  REQUIRE(reader.next_record());
  CHECK_FALSE(reader.problem());
  REQUIRE(reader.next_record());
  REQUIRE(reader.problem());
  CHECK(reader.line() == 2);
  CHECK(reader.problem()->column == 2);
  CHECK(reader.problem()->message == "a field longer than 65536 bytes");
  REQUIRE(reader.next_record());
  REQUIRE(reader.problem());
  CHECK(reader.line() == 3);
  CHECK(reader.problem()->column == 1);
  REQUIRE(reader.next_record());
  REQUIRE(reader.problem());
  CHECK(reader.line() == 4);
  CHECK(reader.problem()->message == "a record longer than 1048576 bytes");
  REQUIRE(reader.next_record());
  CHECK_FALSE(reader.problem());
  CHECK(reader.line() == 5);
  CHECK(reader.fields().size() == 2);
  CHECK_FALSE(reader.next_record());
}
