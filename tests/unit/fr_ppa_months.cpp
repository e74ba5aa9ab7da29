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
  // June 2025: since décret n° 2025-185 (1 March 2025 for the CAF) the reference quarter is
  // the fourth, third and second months before (CSS R843-1 I as amended): February, March and
  // April 2025. The montant forfaitaire goes from 622.63 to 633.21 and the slope from 61% to
  // 59.85% on 1 April 2025 (décrets 2025-292 and 2025-294); the SMIC is 11.88 all along, so
  // the bonus runs from 59 x 11.88 = 700.92 to 120 x 11.88 = 1425.60 (a span of 724.68).
  // Salaries: 1200 in February, 1500 in March, 1400 in April.
  //   February: bonus max 29.101% x 622.63 = 181.19 (to the cent);
  //             bonus 181.19 x (1200 - 700.92) / 724.68 = 181.19 x 499.08 / 724.68 = 124.783774;
  //             prime 622.63 + 61% x 1200 + 124.783774 - max(1200, 622.63) = 279.413774.
  //   March:    bonus 181.19, reached (1500 > 1425.60);
  //             prime 622.63 + 61% x 1500 + 181.19 - 1500 = 218.82.
  //   April:    bonus max 29.101% x 633.21 = 184.27;
  //             bonus 184.27 x (1400 - 700.92) / 724.68 = 184.27 x 699.08 / 724.68 = 177.760490;
  //             prime 633.21 + 59.85% x 1400 + 177.760490 - 1400 = 248.870490.
  //   Mean: (279.413774 + 218.82 + 248.870490) / 3 = 747.104264 / 3 = 249.034755, paid 249.03.
  const RulePack& pack = test_packs::french_pack();
  const Population history =
      single_worker(pack, "1366.67", {{"2025-02", "1200"}, {"2025-03", "1500"}, {"2025-04", "1400"}});
  CHECK(ppa_cents(history, "2025-06") == 24903);

  // July 2025 reads March, April and May 2025: the same salaries one month later give
  //   March (622.63, 61%) 279.413774, April (633.21, 59.85%) 633.21 + 897.75 + 184.27 - 1500
  //   = 215.23, May 633.21 + 837.90 + 177.760490 - 1400 = 248.870490; mean 743.514264 / 3 =
  //   247.838088, paid 247.84.
  const Population later =
      single_worker(pack, "1366.67", {{"2025-03", "1200"}, {"2025-04", "1500"}, {"2025-05", "1400"}});
  CHECK(ppa_cents(later, "2025-07") == 24784);

  // The same earnings every month: in June 2025 the primes of February and March are those of
  // a 1500 salary under the earlier amounts (218.82), April's under the new ones (215.23):
  // (218.82 + 218.82 + 215.23) / 3 = 652.87 / 3 = 217.623333, paid 217.62. July: (218.82 +
  // 215.23 + 215.23) / 3 = 649.28 / 3 = 216.426666, paid 216.43. August 2025: the whole
  // quarter (April to June) under the April amounts, 215.23.
  CHECK(ppa_cents(single_worker(pack, "1500", {}), "2025-06") == 21762);
  CHECK(ppa_cents(single_worker(pack, "1500", {}), "2025-07") == 21643);
  CHECK(ppa_cents(single_worker(pack, "1500", {}), "2025-08") == 21523);
}

TEST_CASE("before décret 2025-185 the quarter of the prime d'activité is the three months before, "
          "across the April 2024 revaluation",
          "[fr][months]") {
  // May 2024: the quarter is February, March and April 2024 (M-3 .. M-1). The montant
  // forfaitaire goes from 595.25 to 622.63 on 1 April 2024 (décret 2024-403), the slope stays
  // 61%; the SMIC is 11.65, so the bonus runs from 59 x 11.65 = 687.35 to 120 x 11.65 =
  // 1398.00 (a span of 710.65). Salaries: 1200 in February, 1500 in March, 1400 in April.
  //   February: bonus max 29.101% x 595.25 = 173.22;
  //             bonus 173.22 x (1200 - 687.35) / 710.65 = 173.22 x 512.65 / 710.65 = 124.957761;
  //             prime 595.25 + 732 + 124.957761 - 1200 = 252.207761.
  //   March:    bonus 173.22, reached (1500 > 1398.00); prime 595.25 + 915 + 173.22 - 1500 = 183.47.
  //   April:    bonus max 29.101% x 622.63 = 181.19, reached (1400 > 1398.00);
  //             prime 622.63 + 854 + 181.19 - 1400 = 257.82.
  //   Mean: (252.207761 + 183.47 + 257.82) / 3 = 693.497761 / 3 = 231.165920, paid 231.17.
  const RulePack& pack = test_packs::french_pack();
  const Population history =
      single_worker(pack, "1366.67", {{"2024-02", "1200"}, {"2024-03", "1500"}, {"2024-04", "1400"}});
  CHECK(ppa_cents(history, "2024-05") == 23117);
}

TEST_CASE("the quarter of the prime d'activité moves back one month on 1 March 2025 (décret 2025-185)",
          "[fr][months]") {
  // Salaries 1200 in November 2024, 1500 in December, 1400 in January 2025, 1000 in February;
  // every month of November to February under 622.63, 61%, a bonus maximum of 181.19 and a
  // SMIC of 11.88 (bonus from 700.92 to 1425.60, a span of 724.68):
  //   November 279.413774 (as February 2025 above), December 218.82 (1500, bonus reached),
  //   January  622.63 + 854 + 181.19 x 699.08 / 724.68 (174.789293) - 1400 = 251.419293,
  //   February 622.63 + 610 + 181.19 x 299.08 / 724.68 (74.778254) - 1000 = 307.408254.
  // February 2025 (three months before: November to January):
  //   (279.413774 + 218.82 + 251.419293) / 3 = 749.653067 / 3 = 249.884356, paid 249.88.
  // March 2025 (fourth, third and second months before: November to January again):
  //   249.88; the three months before (December to February) would give
  //   (218.82 + 251.419293 + 307.408254) / 3 = 777.647547 / 3 = 259.215849, 259.22.
  // April 2025 (December to February): 259.22.
  const RulePack& pack = test_packs::french_pack();
  const Population history = single_worker(
      pack, "1275", {{"2024-11", "1200"}, {"2024-12", "1500"}, {"2025-01", "1400"}, {"2025-02", "1000"}});
  CHECK(ppa_cents(history, "2025-02") == 24988);
  CHECK(ppa_cents(history, "2025-03") == 24988);
  CHECK(ppa_cents(history, "2025-04") == 25922);
}
