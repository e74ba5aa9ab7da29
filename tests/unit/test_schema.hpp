// A small schema, built in code, that the data tests read populations against.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "eligo/pack.hpp"

namespace eligo::test {

inline InputSpec input(std::string name, std::string entity, ValueType type, std::optional<std::int64_t> minimum = {},
                       std::optional<std::int64_t> maximum = {}, std::vector<std::string> enum_values = {}) {
  InputSpec spec;
  spec.name = std::move(name);
  spec.entity = std::move(entity);
  spec.type = type;
  spec.minimum = minimum;
  spec.maximum = maximum;
  spec.enum_values = std::move(enum_values);
  return spec;
}

// foyer: revenu_fiscal_reference, statut_logement, loyer;
// personne: date_naissance, salaire_net, handicape, taux_incapacite, heures_travail.
inline RulePack test_pack() {
  RulePack pack;
  pack.id = "test";
  pack.entities.person = "personne";
  pack.entities.group = "foyer";
  pack.entities.roles = {"demandeur", "conjoint", "enfant"};
  pack.inputs = {
      input("revenu_fiscal_reference", "foyer", ValueType::money, 0),
      input("statut_logement", "foyer", ValueType::enumeration, {}, {}, {"locataire", "proprietaire", "heberge"}),
      input("loyer", "foyer", ValueType::money, 0, 5'000'00),
      input("date_naissance", "personne", ValueType::date),
      input("salaire_net", "personne", ValueType::money, 0, 1'000'000'00),
      input("handicape", "personne", ValueType::boolean),
      input("taux_incapacite", "personne", ValueType::decimal, 0, 1'000'000),
      input("heures_travail", "personne", ValueType::integer, 0, 400),
  };
  return pack;
}

inline std::filesystem::path csv_file(const std::string& name) {
  return std::filesystem::path(ELIGO_TEST_DATA_DIR) / "csv" / name;
}

}  // namespace eligo::test
