// Limits that keep hostile or broken input from exhausting the stack, memory or time:
// formula depth and chain length, YAML file size, depth and alias expansion, CSV field and
// record sizes, chains of variables, wide headers, named pipes. Each is refused with a
// clear error at the place of the excess. Also inputs that would be silently taken as
// true: values with no plausible range, a YAML file's second document, a parameter read
// after the date its value was last checked.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <chrono>

#include "bundled_packs.hpp"
#include "data/csv_reader.hpp"
#include "eligo/eligo.hpp"
#include "eligo/program.hpp"
#include "lang/parser.hpp"
#include "pack/yaml_limits.hpp"
#include "temp_folder.hpp"
#include "test_schema.hpp"

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


// Loads `pack` and returns its problems as printed, without the temporary folder's name.
std::vector<std::string> lines_of(const std::vector<Diagnostic>& problems) {
  std::vector<std::string> lines;
  for (const auto& problem : problems) {
    std::string line = problem.to_string();
    line.erase(0, line.rfind('/') + 1);
    lines.push_back(line);
  }
  return lines;
}

Population one_person(const RulePack& pack) {
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("revenu_fiscal_reference", "9000");
  builder.add_person("P1", "demandeur");
  builder.set_person_value("date_naissance", "1980-05-01");
  return builder.build();
}

std::string population_error(const std::filesystem::path& groups, const std::filesystem::path& persons) {
  try {
    read_population_csv(test::test_pack(), groups, persons);
  } catch (const Error& error) {
    return describe(error.diagnostics());
  }
  return "";
}

const std::string good_persons =
    "id,foyer_id,role,date_naissance,salaire_net,handicape,taux_incapacite,heures_travail\n"
    "P1,F1,demandeur,,,,,\n";

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

TEST_CASE("an input that can be ordered and has no range is reported where it is declared", "[pack][inputs]") {
  const auto problems = load_with_inputs(
      "naissance:\n"
      "  entity: personne\n"
      "  type: date\n"
      "revenu:\n"
      "  entity: foyer\n"
      "  type: money\n"
      "  min: 0\n"
      "age:\n"
      "  entity: personne\n"
      "  type: integer\n"
      "  min: 0\n"
      "  max: 130\n"
      "locataire:\n"
      "  entity: foyer\n"
      "  type: bool\n");
  CHECK_FALSE(has_errors(problems));
  CHECK(lines_of(problems) ==
        std::vector<std::string>{
            "inputs.yaml:1:1: warning: input `naissance` has no `min` and `max`: give the range of plausible "
            "values, so that data outside it is refused",
            "inputs.yaml:4:1: warning: input `revenu` has no `max`: give the range of plausible values, so that "
            "data outside it is refused"});
}

TEST_CASE("every input of the bundled packs declares its plausible range", "[pack][inputs]") {
  for (const char* name : {"fr", "example"}) {
    std::vector<Diagnostic> problems;
    const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / name, problems);
    INFO(name);
    CHECK(lines_of(problems).empty());
    const auto birth = std::find_if(pack.inputs.begin(), pack.inputs.end(),
                                    [](const InputSpec& input) { return input.name == "date_naissance"; });
    REQUIRE(birth != pack.inputs.end());
    REQUIRE(birth->minimum);
    CHECK(*birth->minimum > Date::from_ymd(1800, 1, 1).days);
  }
}

TEST_CASE("a date of birth of 0000-01-01 is refused at its row and column, not taken as very old", "[pack][inputs]") {
  const RulePack& pack = test_packs::french_pack();
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.add_person("P1", "demandeur");
  CHECK_THROWS_WITH(builder.set_person_value("date_naissance", "0000-01-01"),
                    Catch::Contains("below the minimum 1890-01-01 of date_naissance"));
}

TEST_CASE("a YAML file with a second document is refused where it starts", "[pack][yaml]") {
  const auto problems = load_with_inputs(
      "revenu:\n"
      "  entity: foyer\n"
      "  type: money\n"
      "  min: 0\n"
      "  max: 1000\n"
      "---\n"
      "loyer:\n"
      "  entity: foyer\n"
      "  type: money\n");
  REQUIRE(has_errors(problems));
  CHECK(lines_of(problems) ==
        std::vector<std::string>{"inputs.yaml:6:1: error: a second YAML document (after `---`) in one file: a pack "
                                 "file holds one document; remove the `---` line or move what follows into its own "
                                 "file"});
}

TEST_CASE("a parameter read after its last check gives a warning naming it and the date", "[eval][parameters]") {
  const RulePack& pack = test_packs::example_pack();
  const Program program = Program::compile(pack);
  const Population population = one_person(pack);

  CHECK(program.evaluate(population, Period::parse("2026-11")).warnings.empty());

  const Results later = program.evaluate(population, Period::parse("2026-12"));
  REQUIRE_FALSE(later.warnings.empty());
  const auto plafond = std::find_if(later.warnings.begin(), later.warnings.end(), [](const Diagnostic& warning) {
    return warning.message.find("`energie.plafond_par_unite`") != std::string::npos;
  });
  REQUIRE(plafond != later.warnings.end());
  CHECK(plafond->severity == Severity::warning);
  CHECK(plafond->where.file.ends_with("parameters/energie.yaml"));
  CHECK(plafond->where.line == 1);
  CHECK(plafond->message ==
        "parameter `energie.plafond_par_unite` was last checked on 2026-11-01; the period 2026-12 is later, so its "
        "value from 2025-01-01 may be outdated: check the law and update `last_value_still_valid_on`");

  // A reform in force replaces the value: the caller chose it, there is nothing to warn of.
  EvaluationOptions reform;
  reform.overrides.push_back(ParameterOverride{"energie.plafond_par_unite", Date::from_ymd(2026, 12, 1), 1200000});
  const Results reformed = program.evaluate(population, Period::parse("2026-12"), reform);
  CHECK(std::none_of(reformed.warnings.begin(), reformed.warnings.end(), [](const Diagnostic& warning) {
    return warning.message.find("`energie.plafond_par_unite`") != std::string::npos;
  }));
}

TEST_CASE("a named pipe given as a data file is refused at once, not waited on", "[data][files]") {
  const test::TempFolder folder;
  const auto pipe = folder.path() / "foyers.csv";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  const auto persons = folder.write("personnes.csv", good_persons);
  const std::string messages = population_error(pipe, persons);
  CHECK_THAT(messages, Catch::Contains("foyers.csv: error: cannot read the file: not a regular file (a pipe or a "
                                       "device); save the data to a file and give its name"));
  CHECK_THROWS_WITH(load_model(pipe), Catch::Contains("not a regular file"));
  CHECK_THROWS_WITH(read_receipts_csv(pipe), Catch::Contains("not a regular file"));
  CHECK_THROWS_WITH(outreach::read_accessibility_csv(pipe), Catch::Contains("not a regular file"));
  CHECK_THROWS_WITH(load_model(folder.path()), Catch::Contains("cannot read the file: it is a folder"));
}

TEST_CASE("a header of 100 000 columns is refused quickly, naming the first ones", "[data][files][limits]") {
  const test::TempFolder folder;
  std::string header = "id,poids,revenu_fiscal_reference,statut_logement,loyer";
  for (int column = 0; column < 100'000; ++column) header += ",c" + std::to_string(column);
  // The same unknown name many times over: each one is a duplicate of the first.
  for (int column = 0; column < 20'000; ++column) header += ",c7";
  const auto groups = folder.write("foyers.csv", header + "\n");
  const auto persons = folder.write("personnes.csv", good_persons);
  const std::string messages = population_error(groups, persons);
  CHECK_THAT(messages, Catch::Contains("foyers.csv:1:6: error: unknown column \"c0\""));
  CHECK_THAT(messages, Catch::Contains("error: ... and 119901 more problems"));
}

TEST_CASE("a chain of 20 000 variables, each using the next, is checked and compiled without recursion",
          "[lang][limits]") {
  constexpr int links = 20'000;
  const test::TempFolder folder;
  folder.write("pack.yaml",
               "id: chain\ntitle: {fr: t}\nversion: 1.0.0\nlanguages: [fr]\n"
               "entities: {person: personne, group: foyer, members: membres, roles: [demandeur]}\n"
               "files: {inputs: [inputs.yaml], variables: [variables.yaml], benefits: [benefits.yaml]}\n");
  folder.write("inputs.yaml", "revenu: {entity: foyer, type: money, min: 0, max: 100000}\n");
  std::string variables;
  for (int i = 0; i < links; ++i) {
    const std::string next = i + 1 < links ? "v" + std::to_string(i + 1) : std::string("revenu");
    variables += "v" + std::to_string(i) + ": {entity: foyer, type: money, formula: \"" + next + " + 0.01\"}\n";
  }
  folder.write("variables.yaml", variables);
  folder.write("benefits.yaml",
               "id: aide\nentity: foyer\nlabel: {fr: Aide}\ndescription: {fr: Aide}\nreference: art. 1\n"
               "institution: Caisse\namount_period: month\n"
               "conditions:\n  - {id: positif, rule: v0 > 0, reference: art. 1, reason: {fr: positif}}\n"
               "amount: v0\nclaim: {counter: Mairie, how: {fr: Demander}}\n");
  const RulePack pack = load_pack(folder.path());
  CHECK(check(pack).empty());
  const Program program = Program::compile(pack);
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("revenu", "10.00");
  builder.add_person("P1", "demandeur");
  const Results results = program.evaluate(builder.build(), Period::parse("2025-01"));
  REQUIRE(results.benefits.size() == 1);
  CHECK(results.benefits[0].status[0] == Status::eligible);
  CHECK(results.benefits[0].amount_cents[0] == 1000 + links);  // 10.00 plus one cent per link

  // The same chain closed into a cycle: an error, not a crash.
  folder.write("variables.yaml", variables.substr(0, variables.rfind("revenu + 0.01")) + "v0 + 0.01\"}\n");
  const RulePack cyclic = load_pack(folder.path());
  const auto problems = check(cyclic);
  REQUIRE(has_errors(problems));
  CHECK_THAT(problems.front().message, Catch::Contains("cycle between variables: v0 -> v1 -> "));
}
