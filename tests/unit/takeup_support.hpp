// Shared by the take-up and synthetic population tests: the simplified minima pack and a
// hand-made population whose results are computed by hand in takeup_detect.cpp.
#pragma once

#include <optional>
#include <string>

#include "eligo/pack.hpp"
#include "eligo/population.hpp"

namespace eligo::test {

inline const RulePack& minima_pack() {
  static const RulePack pack = load_pack(std::string(ELIGO_TEST_DATA_DIR) + "/packs/minima");
  return pack;
}

// Three households in 2025-10 (the minima pack's rules):
//  F1 a person of 40 earning 300 a month: RSA 646.52 - 300 = 346.52; free CSS (0.00).
//  F2 a person of 70 with a 700 pension: no RSA (700 >= 646.52); free CSS; ASPA
//     12,411.44 / 12 = 1,034.29 (to the cent) - 700 = 334.29.
//  F3 a person of 30 whose pay is unknown: RSA and CSS undetermined (salaire_net).
// Weights 2, 1.5 and 1 when `weighted`.
inline Population three_households(bool weighted) {
  PopulationBuilder builder(minima_pack());
  const auto add = [&](const std::string& id, const std::string& born, std::optional<std::string> salary,
                       const std::string& pension, double weight) {
    builder.add_group(id);
    if (weighted) builder.set_weight(weight);
    builder.set_group_value("affilie_assurance_maladie", "true");
    builder.add_person("P" + id, "demandeur");
    builder.set_person_value("date_naissance", born);
    builder.set_person_value("salaire_net", salary);
    builder.set_person_value("chomage_net", "0");
    builder.set_person_value("retraite_nette", pension);
    builder.set_person_value("revenus_non_salarie", "0");
  };
  add("F1", "1985-05-01", "300", "0", 2.0);
  add("F2", "1955-05-01", "0", "700", 1.5);
  add("F3", "1995-05-01", std::nullopt, "0", 1.0);
  return builder.build();
}

}  // namespace eligo::test
