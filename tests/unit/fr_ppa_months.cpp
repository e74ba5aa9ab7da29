// The French pack's prime d'activité computed month by month over its reference quarter
// (CSS R843-1), with a monthly history of earnings.
#include <catch2/catch.hpp>

#include "bundled_packs.hpp"
#include "eligo/eligo.hpp"

using namespace eligo;

namespace {

// A single tenant without housing aid, born in 1990, whose only resource is a salary:
// `salaire` is the single value (the quarter's average, which the conditions read) and
// `history` the salary of each month.
Population single_worker(const RulePack& pack, const std::string& salaire,
                         const std::vector<std::pair<std::string, std::string>>& history) {
  PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("residence", "metropole");
  builder.set_group_value("residence_stable_france", "true");
  builder.set_group_value("statut_occupation_logement", "locataire_vide");
  builder.set_group_value("aide_logement", "0");
  builder.set_group_value("prestations_familiales_percues", "0");
  builder.add_person("P1", "demandeur");
  for (const auto& [input, value] :
       std::vector<std::pair<std::string, std::string>>{{"date_naissance", "1990-01-01"}, {"sexe", "homme"},
                                                        {"nationalite", "francaise"}, {"chomage_net", "0"},
                                                        {"retraite_nette", "0"}, {"pension_invalidite", "0"},
                                                        {"pensions_alimentaires_percues", "0"},
                                                        {"revenus_non_salarie", "0"}, {"taux_incapacite", "0"},
                                                        {"etudiant", "false"}, {"salaire_net", salaire}})
    builder.set_person_value(input, value);
  for (const auto& [month, value] : history) builder.set_person_value_at("salaire_net", month, value);
  return builder.build();
}

std::int64_t ppa_cents(const Population& population, const std::string& period) {
  const Program program = Program::compile(test_packs::french_pack());
  const Results results = program.evaluate(population, Period::parse(period));
  for (const BenefitResults& benefit : results.benefits)
    if (benefit.benefit == "ppa") {
      REQUIRE(benefit.status[0] == Status::eligible);
      return benefit.amount_cents[0];
    }
  FAIL("no ppa in the French pack");
  return 0;
}

}  // namespace

TEST_CASE("the prime d'activité is the mean of the quarter's monthly primes, across a revaluation",
          "[fr][months]") {
  // June 2025: the reference quarter is March, April and May 2025. The montant forfaitaire
  // goes from 622.63 to 633.21 and the slope from 61% to 59.85% on 1 April 2025 (décrets
  // 2025-292 and 2025-294); the SMIC is 11.88 all along, so the bonus runs from 59 x 11.88 =
  // 700.92 to 120 x 11.88 = 1425.60. Salaries: 1200 in March, 1500 in April, 1400 in May.
  //   March: bonus max 29.101% x 622.63 = 181.19 (to the cent);
  //          bonus 181.19 x (1200 - 700.92) / (1425.60 - 700.92) = 181.19 x 0.688690 = 124.783741;
  //          prime 622.63 + 61% x 1200 + 124.783741 - max(1200, 622.63) = 279.413741.
  //   April: bonus max 29.101% x 633.21 = 184.27, reached (1500 > 1425.60);
  //          prime 633.21 + 59.85% x 1500 + 184.27 - 1500 = 215.23.
  //   May:   bonus 184.27 x (1400 - 700.92) / 724.68 = 184.27 x 0.964674 = 177.760478;
  //          prime 633.21 + 59.85% x 1400 + 177.760478 - 1400 = 248.870478.
  //   Mean: (279.413741 + 215.23 + 248.870478) / 3 = 247.838073, paid 247.84.
  const RulePack& pack = test_packs::french_pack();
  const Population history =
      single_worker(pack, "1366.67", {{"2025-03", "1200"}, {"2025-04", "1500"}, {"2025-05", "1400"}});
  CHECK(ppa_cents(history, "2025-06") == 24784);

  // The same earnings every month: the primes of April and May are those of a 1500 salary
  // under the April 2025 amounts (215.23); March's, under the earlier ones, is
  // 622.63 + 61% x 1500 + 181.19 - 1500 = 218.82. Mean (218.82 + 215.23 + 215.23) / 3 =
  // 216.426666..., paid 216.43.
  CHECK(ppa_cents(single_worker(pack, "1500", {}), "2025-06") == 21643);
  // July 2025: the whole quarter under the April amounts, as the stationary case always was.
  CHECK(ppa_cents(single_worker(pack, "1500", {}), "2025-07") == 21523);
}
