// A small energy-allowance case shared by the explanation, letter and notice tests: one
// benefit with two conditions, three households (entitled, over the ceiling, income
// unknown), texts in the three registers.
#pragma once

#include "eligo/pack.hpp"
#include "eligo/results.hpp"

namespace energy_case {

using eligo::Status;
using eligo::Truth;

inline eligo::RulePack energy_pack() {
  eligo::RulePack pack;
  pack.id = "example";
  eligo::InputSpec income;
  income.name = "revenu_fiscal_reference";
  income.entity = "foyer";
  income.type = eligo::ValueType::money;
  income.description.by_language = {{"fr", "Revenu fiscal de référence du foyer"},
                                    {"fr-falc", "Le revenu écrit sur votre avis d'impôt"},
                                    {"en", "Reference taxable income of the household"}};
  pack.inputs.push_back(income);

  eligo::Benefit benefit;
  benefit.id = "aide_energie";
  benefit.entity = "foyer";
  benefit.label.by_language = {{"fr", "Aide à l'énergie"},
                               {"fr-falc", "Une aide pour payer l'énergie"},
                               {"en", "Energy allowance"}};
  benefit.reference = "Example Code art. 12";
  benefit.institution = "Agence d'exemple";
  benefit.amount_period = "year";
  eligo::Condition resources;
  resources.id = "ressources";
  resources.reference = "art. 12, 2°";
  resources.rule.text = "revenu_fiscal_reference / unites_consommation < param.energie.plafond_par_unite";
  resources.reason.by_language = {{"fr", "Les revenus du foyer par unité de consommation sont sous le plafond."},
                                  {"fr-falc", "Vos revenus sont assez bas pour avoir cette aide."},
                                  {"en", "Household income per consumption unit is below the ceiling."}};
  eligo::Condition residence;
  residence.id = "residence";
  residence.reference = "art. 12, 1°";
  residence.reason.by_language = {{"fr", "Le foyer réside en France."},
                                  {"fr-falc", "Vous habitez en France."},
                                  {"en", "The household lives in France."}};
  benefit.conditions = {residence, resources};
  benefit.claim.online = "https://example.org/aide-energie";
  benefit.claim.counter = "France Services";
  benefit.claim.documents = {"avis d'impôt"};
  benefit.claim.how.by_language = {{"fr", "Aucune démarche : l'aide est envoyée."},
                                   {"fr-falc", "Vous n'avez rien à faire."},
                                   {"en", "Nothing to do: it is sent."}};
  pack.benefits.push_back(benefit);
  return pack;
}

// Three households: F1 entitled to 1 033.32 a year, F2 over the ceiling, F3 of unknown income.
inline eligo::Results energy_results() {
  eligo::Results results;
  results.period = "2025-06";
  results.group_ids = {"F1", "F2", "F3"};
  eligo::BenefitResults energy;
  energy.benefit = "aide_energie";
  energy.amount_period = "year";
  energy.condition_ids = {"residence", "ressources"};
  energy.status = {Status::eligible, Status::not_eligible, Status::undetermined};
  energy.amount_cents = {103332, 0, 0};
  energy.conditions = {{Truth::yes, Truth::yes, Truth::yes}, {Truth::yes, Truth::no, Truth::unknown}};
  energy.missing = {{2, {"revenu_fiscal_reference"}}};
  results.benefits.push_back(energy);
  return results;
}


}  // namespace energy_case
