// Columns, populations, the builder, value parsing and the population generator.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "data/population_generator.hpp"
#include "eligo/error.hpp"
#include "eligo/population.hpp"
#include "test_schema.hpp"

using namespace eligo;

namespace {

const InputSpec& spec_of(const RulePack& pack, const std::string& name) {
  for (const auto& input : pack.inputs)
    if (input.name == name) return input;
  FAIL("no input " << name);
  throw std::logic_error("unreachable");
}

std::string error_of(const InputSpec& spec, const std::string& text) {
  try {
    parse_input_value(spec, text);
  } catch (const Error& error) {
    REQUIRE(error.diagnostics().size() == 1);
    CHECK(error.diagnostics()[0].where.line == 0);  // the caller adds the location
    return error.diagnostics()[0].message;
  }
  FAIL("\"" << text << "\" was accepted for " << spec.name);
  return {};
}

std::uint64_t fingerprint(const Population& population) {
  // FNV-1a over every value, validity word, id, link and role: equal populations, equal prints.
  std::uint64_t hash = 14695981039346656037ull;
  const auto mix = [&hash](std::uint64_t word) {
    for (int byte = 0; byte < 8; ++byte) hash = (hash ^ ((word >> (8 * byte)) & 0xFF)) * 1099511628211ull;
  };
  for (const EntityTable* table : {&population.groups(), &population.persons()}) {
    for (const auto& id : table->ids)
      for (const char c : id) mix(static_cast<unsigned char>(c));
    for (const auto& [name, column] : table->columns) {
      for (const auto value : column.values()) mix(static_cast<std::uint64_t>(value));
      for (const auto word : column.validity()) mix(word);
    }
  }
  for (const auto group : population.person_group()) mix(group);
  for (const auto role : population.person_role()) mix(role);
  return hash;
}

}  // namespace

TEST_CASE("a column starts unknown and knows what is set", "[data][column]") {
  Column column(ValueType::money, 130);
  CHECK(column.size() == 130);
  CHECK(column.validity().size() == 3);
  for (std::size_t row = 0; row < column.size(); ++row) CHECK_FALSE(column.is_known(row));

  column.set(0, 0);
  column.set(64, -1250);
  column.set(129, 7);
  CHECK(column.get(0) == std::optional<std::int64_t>(0));  // zero is a value, not unknown
  CHECK(column.get(64) == std::optional<std::int64_t>(-1250));
  CHECK(column.get(129) == std::optional<std::int64_t>(7));
  CHECK_FALSE(column.get(1).has_value());

  column.set_unknown(64);
  CHECK_FALSE(column.is_known(64));
  CHECK(column.value(64) == 0);
  CHECK_FALSE(column.get(64).has_value());

  const std::vector<std::uint32_t> order = {129, 0, 5};
  const Column picked = column.permuted(order);
  CHECK(picked.type() == ValueType::money);
  CHECK(picked.get(0) == std::optional<std::int64_t>(7));
  CHECK(picked.get(1) == std::optional<std::int64_t>(0));
  CHECK_FALSE(picked.get(2).has_value());

  column.resize(100);  // row 129 is cut away, and its bit with it
  column.resize(130);
  CHECK_FALSE(column.is_known(129));
  CHECK(column.get(0) == std::optional<std::int64_t>(0));
}

TEST_CASE("a column written a block at a time equals one set value by value", "[data][column]") {
  // 150 rows from row 37: the block starts and ends inside validity words and spans three.
  std::vector<std::int64_t> values(150);
  std::vector<std::uint8_t> known(150);
  for (std::size_t i = 0; i < values.size(); ++i) {
    // Within one byte's range; negative values keep their sign.
    values[i] = (i % 2 == 0 ? -1 : 1) * static_cast<std::int64_t>(i % 100);
    known[i] = i % 7 != 3;
  }
  for (const std::size_t width : {1, 2, 4, 8}) {
    Column written(ValueType::integer, 200, width);
    Column one_by_one(ValueType::integer, 200, width);
    written.set(36, 5);   // rows around the block keep their state
    written.set(187, 9);
    written.set(40, 11);  // the block's fourth row, which it makes unknown again
    one_by_one.set(36, 5);
    one_by_one.set(187, 9);
    written.write(37, values.size(), values.data(), known.data());
    for (std::size_t i = 0; i < values.size(); ++i)
      if (known[i]) one_by_one.set(37 + i, values[i]);
    INFO("width " << width);
    for (std::size_t row = 0; row < 200; ++row) {
      INFO("row " << row);
      CHECK(written.get(row) == one_by_one.get(row));
      CHECK(written.value(row) == one_by_one.value(row));  // 0 where unknown
    }
    CHECK(written.get(38) == std::optional<std::int64_t>(1));
    CHECK(written.get(37 + 148) == std::optional<std::int64_t>(-48));
    CHECK_FALSE(written.get(40).has_value());
    CHECK(std::equal(written.validity().begin(), written.validity().end(), one_by_one.validity().begin()));
  }
}

TEST_CASE("booleans, enumerations and dates are stored narrow", "[data][column]") {
  InputSpec spec;
  spec.type = ValueType::boolean;
  CHECK(storage_width(spec) == 1);
  spec.type = ValueType::date;
  CHECK(storage_width(spec) == 4);
  spec.type = ValueType::money;
  CHECK(storage_width(spec) == 8);
  spec.type = ValueType::enumeration;
  spec.enum_values = std::vector<std::string>(127, "value");
  CHECK(storage_width(spec) == 1);
  spec.enum_values.push_back("one more");
  CHECK(storage_width(spec) == 2);
}

TEST_CASE("input values are parsed into their exact representation", "[data][value]") {
  const RulePack pack = test::test_pack();
  const auto& revenu = spec_of(pack, "revenu_fiscal_reference");
  const auto& statut = spec_of(pack, "statut_logement");
  const auto& naissance = spec_of(pack, "date_naissance");
  const auto& handicape = spec_of(pack, "handicape");
  const auto& taux = spec_of(pack, "taux_incapacite");
  const auto& heures = spec_of(pack, "heures_travail");

  CHECK(parse_input_value(revenu, "646.52") == 64652);
  CHECK(parse_input_value(revenu, "12000.5") == 1200050);
  CHECK(parse_input_value(revenu, "0") == 0);
  CHECK(parse_input_value(taux, "0.165") == 165000);
  CHECK(parse_input_value(heures, "35") == 35);
  CHECK(parse_input_value(handicape, "true") == 1);
  CHECK(parse_input_value(handicape, "0") == 0);
  CHECK(parse_input_value(naissance, "1970-01-02") == 1);
  CHECK(parse_input_value(naissance, "2000-02-29") == Date::from_ymd(2000, 2, 29).days);
  CHECK(parse_input_value(statut, "heberge") == 2);

  // Messages never quote the value (personal data): the caller knows where it came from.
  CHECK(error_of(revenu, "-50") == "value below the minimum 0.00 of revenu_fiscal_reference");
  CHECK(error_of(taux, "1.5") == "value above the maximum 1.0 of taux_incapacite");
  CHECK(error_of(heures, "401") == "value above the maximum 400 of heures_travail");
  CHECK_THAT(error_of(revenu, "646.523"), Catch::Contains("at most 2 decimals"));
  CHECK_THAT(error_of(revenu, "12,50"), Catch::Contains("after a dot, not a comma"));
  CHECK_THAT(error_of(revenu, "NaN"), Catch::StartsWith("not an amount in euros"));
  CHECK_THAT(error_of(taux, "inf"), Catch::StartsWith("not a decimal number"));
  CHECK_THAT(error_of(taux, "1e-3"), Catch::Contains("not a decimal number"));
  CHECK(error_of(revenu, "") == "empty value for revenu_fiscal_reference");
  CHECK_THAT(error_of(heures, "1.5"), Catch::Contains("not a whole number for heures_travail"));
  CHECK_THAT(error_of(handicape, "oui"), Catch::Contains("true, false, 1 or 0"));
  CHECK_THAT(error_of(naissance, "2023-02-29"), Catch::Contains("not a valid date for date_naissance"));
  CHECK_THAT(error_of(naissance, "29/02/2000"), Catch::Contains("YYYY-MM-DD"));
  CHECK(error_of(statut, "locatair") ==
        "not a value of statut_logement; allowed values: locataire, proprietaire, heberge");
  CHECK(error_of(statut, "chateau") ==
        "not a value of statut_logement; allowed values: locataire, proprietaire, heberge");
}

TEST_CASE("a population sorts persons by group and keeps their order within a group", "[data][population]") {
  EntityTable groups{"foyer", {"A", "B", "C"}, {}};
  EntityTable persons{"personne", {"p0", "p1", "p2", "p3", "p4"}, {}};
  Column salaire(ValueType::money, 5);
  for (std::size_t row = 0; row < 5; ++row) salaire.set(row, static_cast<std::int64_t>(row) * 100);
  salaire.set_unknown(3);
  persons.columns.emplace("salaire_net", std::move(salaire));

  const Population population(std::move(groups), std::move(persons), {2, 0, 2, 1, 0}, {0, 0, 2, 0, 1},
                              std::vector<double>{1.0, 2.0, 0.5});
  CHECK(population.group_count() == 3);
  CHECK(population.person_count() == 5);
  CHECK(population.persons().ids == std::vector<std::string>{"p1", "p4", "p3", "p0", "p2"});
  CHECK(std::vector<std::uint32_t>(population.member_offsets().begin(), population.member_offsets().end()) ==
        std::vector<std::uint32_t>{0, 2, 3, 5});
  CHECK(std::vector<std::uint32_t>(population.person_group().begin(), population.person_group().end()) ==
        std::vector<std::uint32_t>{0, 0, 1, 2, 2});
  CHECK(std::vector<std::uint16_t>(population.person_role().begin(), population.person_role().end()) ==
        std::vector<std::uint16_t>{0, 1, 0, 0, 2});
  const Column& moved = population.persons().columns.at("salaire_net");
  CHECK(moved.get(0) == std::optional<std::int64_t>(100));
  CHECK(moved.get(1) == std::optional<std::int64_t>(400));
  CHECK_FALSE(moved.get(2).has_value());  // p3 stays unknown after the move
  CHECK(moved.get(3) == std::optional<std::int64_t>(0));
  CHECK(population.member_begin(2) == 3);
  CHECK(population.weights()->at(2) == 0.5);
  CHECK(population.find_group("B") == std::optional<std::size_t>(1));
  CHECK_FALSE(population.find_group("Z").has_value());
}

TEST_CASE("a population refuses broken links and empty groups", "[data][population]") {
  const auto make = [](std::vector<std::uint32_t> links) {
    const std::size_t count = links.size();
    return Population(EntityTable{"foyer", {"A", "B"}, {}}, EntityTable{"personne", std::vector<std::string>(count, "p"), {}},
                      std::move(links), std::vector<std::uint16_t>(count, 0));
  };
  CHECK_THROWS_WITH(make({0, 2}), Catch::Contains("belongs to group number 2, but there are only 2 groups"));
  CHECK_THROWS_WITH(make({0, 0}), Catch::Contains("group B has no member"));
  CHECK_NOTHROW(make({1, 0}));
}

TEST_CASE("the builder checks values against the schema", "[data][builder]") {
  const RulePack pack = test::test_pack();
  PopulationBuilder builder(pack);
  CHECK_THROWS_WITH(builder.add_person("p1", "demandeur"), Catch::Contains("before any foyer"));
  CHECK(builder.add_group("F2") == 0);
  builder.set_group_value("revenu_fiscal_reference", "15000.10");
  builder.set_weight(3.5);
  CHECK(builder.add_person("p1", "demandeur") == 0);
  builder.set_person_value("salaire_net", "1234.56");
  builder.set_person_value("date_naissance", std::nullopt);
  CHECK(builder.add_person("p2", "enfant") == 1);
  builder.set_person_value("handicape", "true");
  CHECK(builder.add_group("F1") == 1);
  builder.add_person("p3", "conjoint");

  CHECK_THROWS_WITH(builder.add_person("p4", "enfnat"), Catch::Contains("unknown role for personne \"p4\"; roles: "));
  CHECK_THROWS_WITH(builder.set_person_value("salaire", "1"), Catch::Contains("(did you mean \"salaire_net\"?)"));
  CHECK_THROWS_WITH(builder.set_person_value("loyer", "1"),
                    Catch::Contains("loyer is an input of foyer, not of personne"));
  CHECK_THROWS_WITH(builder.set_group_value("loyer", "-1"), Catch::Contains("below the minimum 0.00 of loyer"));
  CHECK_THROWS_AS(builder.set_weight(-1), Error);

  const Population population = builder.build();
  REQUIRE(population.person_count() == 3);
  const auto& persons = population.persons();
  CHECK(persons.columns.size() == 5);  // every person input of the schema, set or not
  CHECK(population.groups().columns.size() == 3);
  CHECK(persons.columns.at("salaire_net").get(0) == std::optional<std::int64_t>(123456));
  CHECK_FALSE(persons.columns.at("salaire_net").is_known(1));
  CHECK_FALSE(persons.columns.at("date_naissance").is_known(0));
  CHECK(persons.columns.at("handicape").get(1) == std::optional<std::int64_t>(1));
  CHECK_FALSE(persons.columns.at("heures_travail").is_known(2));
  CHECK(population.groups().columns.at("revenu_fiscal_reference").get(0) == std::optional<std::int64_t>(1500010));
  CHECK_FALSE(population.groups().columns.at("loyer").is_known(1));
  CHECK(*population.weights() == std::vector<double>{3.5, 1.0});
  CHECK(population.person_role()[2] == 1);
}

TEST_CASE("the builder refuses duplicate ids", "[data][builder]") {
  const RulePack pack = test::test_pack();
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.add_person("p1", "demandeur");
  builder.add_person("p1", "enfant");
  CHECK_THROWS_WITH(builder.build(), Catch::Contains("two personne have the id p1"));
}

TEST_CASE("generated populations follow the schema and depend only on the seed", "[data][generator]") {
  const RulePack pack = test::test_pack();
  const Population population = data::generate_population(pack, 2000, 42);
  CHECK(population.group_count() == 2000);
  CHECK(population.person_count() > 2000);
  CHECK(population.person_count() < 12000);
  std::size_t unknown = 0, cells = 0;
  for (const auto& spec : pack.inputs) {
    const EntityTable& table = spec.entity == "foyer" ? population.groups() : population.persons();
    const Column& column = table.columns.at(spec.name);
    CHECK(column.type() == spec.type);
    for (std::size_t row = 0; row < column.size(); ++row) {
      ++cells;
      if (!column.is_known(row)) {
        ++unknown;
        continue;
      }
      if (spec.minimum) CHECK(column.value(row) >= *spec.minimum);
      if (spec.maximum) CHECK(column.value(row) <= *spec.maximum);
      if (spec.type == ValueType::enumeration) CHECK(column.value(row) < 3);
    }
  }
  CHECK(unknown > cells / 100);  // about 2%
  CHECK(unknown < cells / 25);
  for (std::size_t group = 0; group < population.group_count(); ++group) {
    const auto first = population.member_begin(group);
    CHECK(population.person_role()[first] == 0);  // a demandeur leads every household
    CHECK(population.member_offsets()[group + 1] - first <= 6);
  }
  CHECK(fingerprint(population) == fingerprint(data::generate_population(pack, 2000, 42)));
  CHECK(fingerprint(population) != fingerprint(data::generate_population(pack, 2000, 43)));
}

TEST_CASE("a million generated persons are the same for the same seed", "[data][generator][large]") {
  const RulePack pack = test::test_pack();
  const Population first = data::generate_population(pack, 480'000, 2024);
  const Population second = data::generate_population(pack, 480'000, 2024);
  CHECK(first.person_count() > 1'000'000);
  CHECK(fingerprint(first) == fingerprint(second));
}
