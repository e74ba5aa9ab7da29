// A household's results do not depend on the households evaluated beside it. Months that
// read the same values share their steps batch by batch, and compute on a few rows alone
// what differs for a few people (a birthday, a month of pay); missing inputs are traced only
// on the rows an undetermined result depends on. Evaluated alone, each household runs every
// step on its own rows: the two must agree on every status, amount and missing input. The
// steps' loops compiled for every x86-64 processor and for those with AVX2 must agree too.
#include <catch2/catch.hpp>

#include <random>

#include "bundled_packs.hpp"
#include "eligo/eligo.hpp"
#include "eval/step_kernels.hpp"

using namespace eligo;

namespace {

struct Person {
  std::string role;
  std::string birth;
  std::vector<std::pair<std::string, std::optional<std::string>>> values;
  std::vector<std::pair<std::string, std::string>> salary_months;
};

struct Household {
  std::string id;
  std::vector<std::pair<std::string, std::optional<std::string>>> values;
  std::vector<Person> people;
};

std::string date(int year, int month, int day) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

// Households of one or two adults and up to two children, of every age, with pensions,
// disabilities and salaries that change in some months of the year before June 2025; some
// inputs are left unknown.
std::vector<Household> draw_households(std::size_t count) {
  std::mt19937 random(20250601);
  const auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  std::vector<Household> households;
  for (std::size_t h = 0; h < count; ++h) {
    Household household;
    household.id = "F" + std::to_string(h);
    household.values = {{"residence", "metropole"}, {"residence_stable_france", "true"},
                        {"statut_occupation_logement", pick(0, 1) ? "locataire_vide" : "proprietaire"},
                        {"aide_logement", "0"}, {"prestations_familiales_percues", "0"},
                        {"prestations_familiales_base_ressources", std::to_string(pick(0, 60000))},
                        {"revenu_fiscal_reference", std::to_string(pick(0, 40000))}};
    if (pick(0, 9) == 0) household.values[4].second = std::nullopt;  // family benefits unknown
    const int adults = pick(1, 2);
    const int children = pick(0, 2);
    for (int a = 0; a < adults + children; ++a) {
      Person person;
      const bool child = a >= adults;
      person.role = child ? "enfant" : a == 0 ? "demandeur" : "conjoint";
      // Born on any day, so that birthdays fall within the months read.
      person.birth = child ? date(pick(2002, 2024), pick(1, 12), pick(1, 28)) : date(pick(1935, 2006), pick(1, 12), pick(1, 28));
      const int year = std::stoi(person.birth.substr(0, 4));
      const int salary = child || year < 1960 || pick(0, 2) == 0 ? 0 : pick(200, 3000);
      const int pension = year < 1962 ? pick(300, 1800) : 0;
      const std::string incapacity = pick(0, 5) == 0 ? (pick(0, 1) ? "0.8" : "0.6") : "0";
      person.values = {{"sexe", pick(0, 1) ? "femme" : "homme"}, {"nationalite", "francaise"},
                       {"salaire_net", std::to_string(salary)}, {"salaire_de_base", std::to_string(salary * 13 / 10)},
                       {"chomage_net", "0"}, {"retraite_nette", std::to_string(pension)},
                       {"retraite_brute", std::to_string(pension * 11 / 10)}, {"pension_invalidite", "0"},
                       {"asi_percue", "0"}, {"pensions_alimentaires_percues", "0"}, {"revenus_non_salarie", "0"},
                       {"taux_incapacite", incapacity}, {"etudiant", "false"}, {"scolarise", child ? "true" : "false"},
                       {"enceinte", "false"}, {"inapte_travail", "false"},
                       {"age_legal_retraite_atteint", year <= 1961 ? "true" : "false"},
                       {"aah_restriction_substantielle_durable_acces_emploi", "true"}, {"activite_cessee", "non"}};
      if (pick(0, 14) == 0) person.values[2].second = std::nullopt;  // pay unknown
      if (salary > 0 && pick(0, 2) == 0) {  // three months of the year before, with pay of their own
        const int first = pick(0, 9);  // months after May 2024
        for (int m = first; m < first + 3; ++m)
          person.salary_months.emplace_back(date(2024 + (5 + m) / 12, (5 + m) % 12 + 1, 1).substr(0, 7),
                                            std::to_string(pick(0, 3000)));
      }
      household.people.push_back(std::move(person));
    }
    households.push_back(std::move(household));
  }
  return households;
}

void add(PopulationBuilder& builder, const Household& household) {
  builder.add_group(household.id);
  for (const auto& [input, value] : household.values) builder.set_group_value(input, value);
  for (std::size_t p = 0; p < household.people.size(); ++p) {
    const Person& person = household.people[p];
    builder.add_person(household.id + "P" + std::to_string(p), person.role);
    builder.set_person_value("date_naissance", person.birth);
    for (const auto& [input, value] : person.values) builder.set_person_value(input, value);
    for (const auto& [month, value] : person.salary_months) builder.set_person_value_at("salaire_net", month, value);
  }
}

}  // namespace

TEST_CASE("a household's results are the same evaluated with others or alone, over months", "[fr][months]") {
  const RulePack& pack = test_packs::french_pack();
  const Program program = Program::compile(pack);
  const std::vector<Household> households = draw_households(200);
  PopulationBuilder together(pack);
  for (const Household& household : households) add(together, household);
  const Period period = Period::parse("2025-06");
  EvaluationOptions options;
  options.batch_groups = 64;  // a few batches, each with birthdays and histories in it
  const Results all = program.evaluate(together.build(), period, options);
  std::size_t undetermined = 0, eligible = 0;
  for (std::size_t g = 0; g < households.size(); ++g) {
    PopulationBuilder alone(pack);
    add(alone, households[g]);
    const Results one = program.evaluate(alone.build(), period);
    for (std::size_t b = 0; b < all.benefits.size(); ++b) {
      INFO(households[g].id << " " << all.benefits[b].benefit);
      CHECK(one.benefits[b].status[0] == all.benefits[b].status[g]);
      CHECK(one.benefits[b].amount_cents[0] == all.benefits[b].amount_cents[g]);
      CHECK(one.missing_inputs(b, 0) == all.missing_inputs(b, g));
      undetermined += all.benefits[b].status[g] == Status::undetermined;
      eligible += all.benefits[b].status[g] == Status::eligible;
    }
  }
  // The draw is varied enough to mean something: rights open and undetermined results.
  CHECK(eligible >= 100);
  CHECK(undetermined >= 50);
}

TEST_CASE("the steps compiled for AVX2 give the results of the baseline compilation", "[fr][months]") {
  using detail::StepKernels;
  if (!detail::step_kernels_available(StepKernels::avx2)) {
    WARN("this program or processor has no AVX2 compilation of the steps: only the baseline runs");
    return;
  }
  const RulePack& pack = test_packs::french_pack();
  const Program program = Program::compile(pack);
  PopulationBuilder builder(pack);
  for (const Household& household : draw_households(300)) add(builder, household);
  const Population population = builder.build();
  const Period period = Period::parse("2025-06");
  const StepKernels before = detail::use_step_kernels(StepKernels::baseline);
  const Results baseline = program.evaluate(population, period);
  detail::use_step_kernels(StepKernels::avx2);
  REQUIRE(detail::step_kernels_in_use() == StepKernels::avx2);
  const Results avx2 = program.evaluate(population, period);
  detail::use_step_kernels(before);
  std::size_t eligible = 0, undetermined = 0;
  for (std::size_t b = 0; b < baseline.benefits.size(); ++b) {
    INFO(baseline.benefits[b].benefit);
    CHECK(avx2.benefits[b].status == baseline.benefits[b].status);
    CHECK(avx2.benefits[b].amount_cents == baseline.benefits[b].amount_cents);
    for (std::size_t g = 0; g < population.group_count(); ++g) {
      CHECK(avx2.missing_inputs(b, g) == baseline.missing_inputs(b, g));
      eligible += baseline.benefits[b].status[g] == Status::eligible;
      undetermined += baseline.benefits[b].status[g] == Status::undetermined;
    }
  }
  CHECK(eligible >= 150);
  CHECK(undetermined >= 75);
}
