#include <catch2/catch.hpp>

#include "engine_pack.hpp"

using namespace eligo;
using eligo::test::EnginePack;

namespace {

EnginePack base() {
  EnginePack pack;
  pack.input("revenu_fiscal_reference", "foyer", ValueType::money)
      .input("statut", "foyer", ValueType::enumeration, {"locataire", "proprietaire"})
      .input("date_naissance", "personne", ValueType::date)
      .input("salaire", "personne", ValueType::money)
      .parameter("plafond", ValueType::money, {{"2024-01-01", 1000000}});
  return pack;
}

std::vector<std::string> messages(const RulePack& pack) {
  std::vector<std::string> out;
  for (const Diagnostic& d : check(pack)) out.push_back(d.to_string());
  return out;
}

}  // namespace

TEST_CASE("a sound pack has no problem", "[checker]") {
  EnginePack pack = base();
  pack.variable("age", "personne", "age_on(date_naissance)")
      .variable("revenus", "foyer", "sum(membres, salaire) + revenu_fiscal_reference / 12")
      .benefit("aide", {{"ressources", "revenus < param.plafond"}, {"locataire", "statut == \"locataire\""}},
               "max(0, param.plafond - revenus) * 0.5");
  CHECK(messages(pack.pack).empty());
}

TEST_CASE("unknown names get a suggestion and their exact position", "[checker]") {
  EnginePack pack = base();
  pack.variable("revenus", "foyer", "revenu_fiscal_referenc + 1");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "pack.yaml:1:10: error: unknown name `revenu_fiscal_referenc`; did you mean `revenu_fiscal_reference`?");
}

TEST_CASE("type errors name both types", "[checker]") {
  EnginePack pack = base();
  pack.variable("bad", "personne", "salaire + date_naissance");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "pack.yaml:1:20: error: the right side of `+` must be a number or money, not a date");
}

TEST_CASE("money does not mix with counts without a multiplication", "[checker]") {
  EnginePack pack = base();
  pack.variable("bad", "foyer", "revenu_fiscal_reference + count(membres)");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("cannot add money and an integer") != std::string::npos);
}

TEST_CASE("cycles are reported with every variable in them", "[checker]") {
  EnginePack pack = base();
  pack.variable("a", "foyer", "b + 1").variable("b", "foyer", "c * 2").variable("c", "foyer", "a - 1");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("cycle between variables: a -> b -> c -> a") != std::string::npos);
}

TEST_CASE("person values need an aggregation in group formulas", "[checker]") {
  EnginePack pack = base();
  pack.variable("bad", "foyer", "salaire * 2");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("`salaire` is a value of each personne; in a foyer formula add it up over the members, "
                         "e.g. sum(membres, salaire)") != std::string::npos);
}

TEST_CASE("enumeration values are checked, with a suggestion", "[checker]") {
  EnginePack pack = base();
  pack.variable("loue", "foyer", "statut == \"locatair\"");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "pack.yaml:1:20: error: `locatair` is not one of the values (locataire, proprietaire); "
                       "did you mean `locataire`?");
}

TEST_CASE("every problem of a pack is collected in one run", "[checker]") {
  EnginePack pack = base();
  pack.variable("a", "foyer", "revenus_fiscal + 1")
      .variable("b", "foyer", "statut + 1")
      .variable("c", "foyer", "d")
      .variable("d", "foyer", "c")
      .variable("e", "foyer", "a * 2")  // depends on a broken variable: no second message
      .benefit("aide", {{"ok", "param.plafonds > 0"}}, "\"x\"");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 5);
  CHECK(problems[0].find("unknown name `revenus_fiscal`") != std::string::npos);
  CHECK(problems[1].find("the left side of `+` must be a number or money") != std::string::npos);
  CHECK(problems[2].find("cycle between variables: c -> d -> c") != std::string::npos);
  CHECK(problems[3].find("unknown parameter `param.plafonds`; did you mean `plafond`?") != std::string::npos);
  CHECK(problems[4].find("the amount of `aide` must be money") != std::string::npos);
}

TEST_CASE("conditions must be true or false, money literals fit the cent", "[checker]") {
  EnginePack pack = base();
  pack.benefit("aide", {{"montant", "revenu_fiscal_reference"}}, "revenu_fiscal_reference + 0.005")
      .benefit("enorme", {}, "revenu_fiscal_reference + 10000000000000");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].find("the rule of condition `montant` must be true or false, not money") != std::string::npos);
  CHECK(problems[1].find("`0.005` does not fit money (at most two decimals)") != std::string::npos);
  // Ten thousand billion euros fits in cents but not in the millionths money is computed in.
  CHECK(problems[2].find("`10000000000000` is too large for money (at most 9,223,372,036,854 euros)") != std::string::npos);
}

TEST_CASE("unknown functions get a suggestion", "[checker]") {
  EnginePack pack = base();
  pack.variable("x", "foyer", "round_dwn(revenu_fiscal_reference, 1)");
  const auto problems = messages(pack.pack);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("unknown function `round_dwn`; did you mean `round_down`?") != std::string::npos);
}

TEST_CASE("compiling a pack with problems throws them all", "[checker]") {
  EnginePack pack = base();
  pack.variable("a", "foyer", "nope").variable("b", "foyer", "nada");
  try {
    Program::compile(pack.pack);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.diagnostics().size() == 2);
  }
}
