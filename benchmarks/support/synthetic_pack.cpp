#include "support/synthetic_pack.hpp"

#include <fstream>
#include <string>

namespace eligo::bench {

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
}

std::string money(long long cents) {
  return std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + std::to_string(cents % 100);
}

}  // namespace

long long synthetic_ceiling_cents(std::size_t k) { return 150000 + static_cast<long long>(k) * 1000; }

void write_synthetic_pack(const std::filesystem::path& folder, std::size_t rules, bool simple) {
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  write(folder / "pack.yaml", R"(id: synthetic
title: {en: "Synthetic benchmark pack"}
version: 1.0.0
languages: [en]
entities:
  person: personne
  group: foyer
  members: membres
  roles: [demandeur, conjoint, enfant]
files:
  inputs: [inputs.yaml]
  parameters: [parameters.yaml]
  benefits: [benefits.yaml]
)");
  write(folder / "inputs.yaml", R"(ressources:
  entity: foyer
  type: money
  min: 0
  description: {en: "Household resources"}
statut:
  entity: foyer
  type: enum
  values: [a, b, c]
  description: {en: "Status"}
salaire:
  entity: personne
  type: money
  min: 0
  description: {en: "Earnings"}
date_naissance:
  entity: personne
  type: date
  description: {en: "Birth date"}
)");
  std::string parameters;
  std::string benefits;
  for (std::size_t k = 1; k <= rules; ++k) {
    const std::string id = std::to_string(k);
    parameters += "plafond_" + id + ":\n  type: money\n  unit: EUR/month\n  description: {en: \"Ceiling " + id +
                  "\"}\n  values:\n    2020-01-01: {value: " + money(synthetic_ceiling_cents(k)) +
                  ", reference: \"synthetic\"}\n";
    benefits += "- id: regle_" + id + "\n  entity: foyer\n  label: {en: \"Rule " + id +
                "\"}\n  reference: \"synthetic\"\n  institution: \"none\"\n  amount_period: month\n  conditions:\n";
    if (simple) {
      benefits += "    - id: ressources\n      rule: ressources < param.plafond_" + id +
                  "\n      reference: \"synthetic\"\n      reason: {en: \"Low resources\"}\n";
      benefits += "  amount: param.plafond_" + id + " - ressources\n";
    } else {
      benefits += "    - id: ressources\n      rule: ressources + sum(membres, salaire) < param.plafond_" + id +
                  "\n      reference: \"synthetic\"\n      reason: {en: \"Low resources\"}\n";
      benefits += "    - id: statut\n      rule: statut in [\"a\", \"b\"]\n      reference: \"synthetic\"\n      reason: {en: \"Status\"}\n";
      benefits += "  amount: max(0, param.plafond_" + id +
                  " - ressources - sum(membres where age_on(date_naissance) >= 18, salaire))\n";
    }
  }
  write(folder / "parameters.yaml", parameters);
  write(folder / "benefits.yaml", benefits);
}

}  // namespace eligo::bench
