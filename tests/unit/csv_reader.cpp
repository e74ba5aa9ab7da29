// The CSV reader and reading populations from CSV files, including every kind of bad file.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "data/csv_reader.hpp"
#include "eligo/error.hpp"
#include "eligo/population.hpp"
#include "test_schema.hpp"

using namespace eligo;

namespace {

std::vector<std::vector<std::string>> read_all(std::string content, std::vector<int>* lines = nullptr) {
  data::CsvReader reader(std::move(content));
  std::vector<std::vector<std::string>> records;
  while (reader.next_record()) {
    REQUIRE_FALSE(reader.problem().has_value());
    records.emplace_back(reader.fields().begin(), reader.fields().end());
    if (lines != nullptr) lines->push_back(reader.line());
  }
  return records;
}

Error read_error(const std::string& groups, const std::string& persons) {
  const RulePack pack = test::test_pack();
  try {
    read_population_csv(pack, test::csv_file(groups), test::csv_file(persons));
  } catch (const Error& error) {
    return error;
  }
  FAIL("reading " << groups << " and " << persons << " succeeded");
  throw std::logic_error("unreachable");
}

// The diagnostic at file:line:column whose message holds `fragment`.
void require_problem(const Error& error, const std::string& file, int line, int column, const std::string& fragment) {
  INFO("looking for " << file << ":" << line << ":" << column << " \"" << fragment << "\" in\n" << error.what());
  const bool found = std::any_of(error.diagnostics().begin(), error.diagnostics().end(), [&](const Diagnostic& d) {
    return std::filesystem::path(d.where.file).filename() == file && d.where.line == line &&
           d.where.column == column && d.message.find(fragment) != std::string::npos;
  });
  CHECK(found);
}

std::optional<std::int64_t> value_of(const EntityTable& table, const std::string& column, const std::string& id) {
  const auto row = std::find(table.ids.begin(), table.ids.end(), id) - table.ids.begin();
  REQUIRE(static_cast<std::size_t>(row) < table.ids.size());
  return table.columns.at(column).get(static_cast<std::size_t>(row));
}

}  // namespace

TEST_CASE("the CSV reader follows RFC 4180", "[data][csv]") {
  std::vector<int> lines;
  const auto records = read_all("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\nlast,\"\",z", &lines);
  REQUIRE(records.size() == 4);
  CHECK(records[1] == std::vector<std::string>{"x,1", "say \"hi\"", "two\nlines"});
  CHECK(records[2] == std::vector<std::string>{"", "", ""});
  CHECK(records[3] == std::vector<std::string>{"last", "", "z"});
  CHECK(lines == std::vector<int>{1, 2, 4, 5});  // physical lines: the quoted newline counts
}

TEST_CASE("the CSV reader takes CRLF, a byte order mark and blank lines", "[data][csv]") {
  std::vector<int> lines;
  const auto records = read_all("\xEF\xBB\xBFid,nom\r\n1,\"a\r\nb\"\r\n\r\n2,Hélène\r\n", &lines);
  REQUIRE(records.size() == 3);
  CHECK(records[0] == std::vector<std::string>{"id", "nom"});
  CHECK(records[1] == std::vector<std::string>{"1", "a\r\nb"});  // quoted line ends are data
  CHECK(records[2] == std::vector<std::string>{"2", "Hélène"});
  CHECK(lines == std::vector<int>{1, 2, 5});
}

TEST_CASE("the CSV reader names the field of each syntax problem and goes on", "[data][csv]") {
  data::CsvReader reader("a,b\"c\nd,\"e\"f,g\nh,\xC3\x28\nok,1\n\"open,2\n");
  const std::vector<std::pair<int, int>> expected_places = {{1, 2}, {2, 2}, {3, 2}, {4, 0}, {5, 1}};
  std::vector<std::pair<int, int>> places;
  while (reader.next_record()) places.emplace_back(reader.line(), reader.problem() ? reader.problem()->column : 0);
  CHECK(places == expected_places);
  CHECK(data::is_valid_utf8("Hélène €"));
  CHECK_FALSE(data::is_valid_utf8("\xC0\xAF"));          // overlong slash
  CHECK_FALSE(data::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(data::is_valid_utf8("H\xE9l\xE8ne"));      // Latin-1
}

TEST_CASE("a population is read from CSV files", "[data][csv]") {
  const RulePack pack = test::test_pack();
  const Population population =
      read_population_csv(pack, test::csv_file("foyers.csv"), test::csv_file("personnes.csv"));
  const auto& groups = population.groups();
  const auto& persons = population.persons();
  CHECK(groups.ids == std::vector<std::string>{"F1", "F,2", "F3"});
  CHECK(persons.ids == std::vector<std::string>{"P1", "P4", "P\n5", "P2", "P6", "P\"3"});
  CHECK(std::vector<std::uint32_t>(population.member_offsets().begin(), population.member_offsets().end()) ==
        std::vector<std::uint32_t>{0, 3, 5, 6});
  CHECK(std::vector<std::uint16_t>(population.person_role().begin(), population.person_role().end()) ==
        std::vector<std::uint16_t>{0, 2, 1, 0, 2, 0});
  CHECK(*population.weights() == std::vector<double>{1.5, 2.0, 0.25});

  CHECK(value_of(groups, "revenu_fiscal_reference", "F1") == 1200050);
  CHECK(value_of(groups, "revenu_fiscal_reference", "F,2") == 0);
  CHECK_FALSE(value_of(groups, "revenu_fiscal_reference", "F3").has_value());
  CHECK(value_of(groups, "statut_logement", "F3") == 2);
  CHECK(value_of(groups, "loyer", "F1") == 45000);
  CHECK_FALSE(value_of(groups, "loyer", "F,2").has_value());

  CHECK(value_of(persons, "salaire_net", "P1") == 150025);
  CHECK(value_of(persons, "salaire_net", "P2") == 0);  // a written zero is known
  CHECK_FALSE(value_of(persons, "salaire_net", "P\"3").has_value());
  CHECK(value_of(persons, "salaire_net", "P\n5") == 200000);
  CHECK(value_of(persons, "date_naissance", "P\"3") == Date::from_ymd(2000, 2, 29).days);
  CHECK(value_of(persons, "handicape", "P2") == 1);
  CHECK(value_of(persons, "handicape", "P\"3") == 0);
  CHECK(value_of(persons, "taux_incapacite", "P2") == 800000);
  CHECK(value_of(persons, "heures_travail", "P1") == 35);
  CHECK_FALSE(value_of(persons, "heures_travail", "P4").has_value());
}

TEST_CASE("a spreadsheet export with a byte order mark and CRLF is read", "[data][csv]") {
  const RulePack pack = test::test_pack();
  const Population population =
      read_population_csv(pack, test::csv_file("foyers_bom_crlf.csv"), test::csv_file("personnes_crlf.csv"));
  CHECK(population.groups().ids == std::vector<std::string>{"F1", "F2"});
  CHECK(population.persons().ids == std::vector<std::string>{"P1", "P3", "P2"});
  CHECK_FALSE(population.weights().has_value());
  CHECK(value_of(population.groups(), "revenu_fiscal_reference", "F1") == 10050);
  CHECK(value_of(population.persons(), "salaire_net", "P1") == 120000);
  CHECK(value_of(population.persons(), "salaire_net", "P2") == 50);
  CHECK(value_of(population.persons(), "handicape", "P2") == 1);
}

TEST_CASE("unknown, duplicate and missing columns are reported", "[data][csv][errors]") {
  const Error error = read_error("foyers.csv", "personnes_bad_header.csv");
  require_problem(error, "personnes_bad_header.csv", 1, 5,
                  "unknown column \"salaire_nett\" (did you mean \"salaire_net\"?)");
  require_problem(error, "personnes_bad_header.csv", 1, 9, "column loyer is an input of foyer, not of personne");
  require_problem(error, "personnes_bad_header.csv", 1, 10, "column role appears twice (first as column 3)");
  require_problem(error, "personnes_bad_header.csv", 1, 0, "missing column salaire_net");
  require_problem(error, "foyers.csv", 3, 1, "foyer \"F,2\" has no member in");
  require_problem(error, "foyers.csv", 4, 1, "foyer \"F3\" has no member in");
  CHECK(error.diagnostics().size() == 6);
  // Groups come first, as files are given.
  CHECK(std::filesystem::path(error.diagnostics().front().where.file).filename() == "foyers.csv");
}

TEST_CASE("bad values, ids and links are reported with their place", "[data][csv][errors]") {
  const Error error = read_error("foyers_bad.csv", "personnes_bad.csv");
  require_problem(error, "foyers_bad.csv", 2, 2, "value below the minimum 0.00 of revenu_fiscal_reference");
  require_problem(error, "foyers_bad.csv", 2, 3, "not a value of statut_logement; allowed values:");
  require_problem(error, "foyers_bad.csv", 3, 5, "not a weight");
  require_problem(error, "foyers_bad.csv", 4, 1, "duplicate id \"F1\" (first on line 2)");
  require_problem(error, "foyers_bad.csv", 5, 5, "empty poids");
  require_problem(error, "foyers_bad.csv", 6, 4, "3 fields where the header has 5");

  require_problem(error, "personnes_bad.csv", 2, 4, "not a valid date for date_naissance");
  require_problem(error, "personnes_bad.csv", 2, 6, "not a boolean for handicape");
  require_problem(error, "personnes_bad.csv", 2, 8, "not a whole number for heures_travail");
  require_problem(error, "personnes_bad.csv", 3, 3, "unknown role; roles: demandeur");
  require_problem(error, "personnes_bad.csv", 3, 5, "not an amount in euros for salaire_net (write the decimals after a dot");
  require_problem(error, "personnes_bad.csv", 3, 7, "not a decimal number");
  require_problem(error, "personnes_bad.csv", 4, 1, "duplicate id \"P1\" (first on line 2)");
  require_problem(error, "personnes_bad.csv", 5, 2, "foyer \"F9\" is not in");
  require_problem(error, "personnes_bad.csv", 6, 7, "not a decimal number");
  require_problem(error, "personnes_bad.csv", 7, 5, "not an amount in euros");
  require_problem(error, "personnes_bad.csv", 8, 1, "empty id");
  require_problem(error, "personnes_bad.csv", 9, 3, "2 fields where the header has 8");
  CHECK(error.diagnostics().size() == 18);

  // A message about one field never carries the other values of the person.
  for (const auto& diagnostic : error.diagnostics()) {
    if (diagnostic.where.line != 2 || diagnostic.where.column == 5) continue;
    CHECK(diagnostic.message.find("1500.25") == std::string::npos);
  }
}

TEST_CASE("syntax problems and non-UTF-8 bytes are reported and reading goes on", "[data][csv][errors]") {
  const Error error = read_error("foyers.csv", "personnes_bad_syntax.csv");
  require_problem(error, "personnes_bad_syntax.csv", 3, 3, "a quote inside an unquoted field");
  require_problem(error, "personnes_bad_syntax.csv", 4, 2, "text after the closing quote");
  require_problem(error, "personnes_bad_syntax.csv", 6, 3, "a quoted field is never closed");
  CHECK(error.diagnostics().size() == 3);  // lost rows may hold members: no "group without members"

  const Error latin1 = read_error("foyers.csv", "personnes_latin1.csv");
  require_problem(latin1, "personnes_latin1.csv", 3, 1, "not UTF-8");
  CHECK(latin1.diagnostics().size() == 1);
}

TEST_CASE("an empty file is reported", "[data][csv][errors]") {
  const Error error = read_error("empty.csv", "personnes.csv");
  require_problem(error, "empty.csv", 1, 0, "empty file");
  CHECK(error.diagnostics().size() == 1);
}

TEST_CASE("a file broken on every row yields a capped list", "[data][csv][errors]") {
  const auto folder = std::filesystem::temp_directory_path() / "eligo_csv_cap_test";
  std::filesystem::create_directories(folder);
  {
    std::ofstream persons(folder / "personnes.csv");
    persons << "id,foyer_id,role,date_naissance,salaire_net,handicape,taux_incapacite,heures_travail\n";
    for (int i = 0; i < 150; ++i) persons << "P" << i << ",F1,demandeur,,-1,,,\n";
  }
  const RulePack pack = test::test_pack();
  try {
    read_population_csv(pack, test::csv_file("foyers.csv"), folder / "personnes.csv");
    FAIL("the file was accepted");
  } catch (const Error& error) {
    // 150 bad salaries and 2 groups without members: 100 listed, then a count of the rest.
    REQUIRE(error.diagnostics().size() == 101);
    CHECK(error.diagnostics().back().message == "... and 52 more problems");
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("a missing file is reported by name", "[data][csv][errors]") {
  const RulePack pack = test::test_pack();
  CHECK_THROWS_WITH(read_population_csv(pack, test::csv_file("nowhere.csv"), test::csv_file("personnes.csv")),
                    Catch::Contains("nowhere.csv") && Catch::Contains("cannot read"));
}
