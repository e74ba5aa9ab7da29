// Agency software in a few lines: load a pack (a bundled name such as "fr", or a folder),
// describe one household, evaluate it.
//
// consumer PACK [FOLDER]: evaluates the household of that pack and checks the amount to
// the cent; with FOLDER, also checks that the pack was found inside FOLDER (an install
// prefix that was moved: the rules come from there, not from the tree it was built from).
#include <eligo/eligo.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <string>

namespace {

struct Household {
  std::map<std::string, std::string> group_values;
  std::map<std::string, std::string> person_values;
  std::string benefit;
  std::int64_t amount_cents = 0;
  std::string amount_period;
};

// The example pack's energy allowance, and the French energy voucher of a single person
// with a 5,000 EUR reference tax income (Code de l'énergie R124-3: 194 EUR a year).
Household household_for(const std::string& pack_id) {
  if (pack_id == "fr")
    return {{{"statut_occupation_logement", "locataire_vide"}, {"revenu_fiscal_reference", "5000"}},
            {{"date_naissance", "1960-01-01"}}, "cheque_energie", 19400, "year"};
  return {{{"revenu_fiscal_reference", "9000"}}, {{"date_naissance", "1984-05-02"}}, "aide_energie", 19400, "year"};
}

bool inside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  const std::string file_text = std::filesystem::canonical(file).generic_string();
  const std::string folder_text = std::filesystem::canonical(folder).generic_string() + "/";
  return file_text.starts_with(folder_text);
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 2 && argc != 3) return 2;
  const eligo::RulePack pack = eligo::load_pack(argv[1]);
  if (argc == 3 && !inside(pack.root, argv[2])) {
    std::cerr << "pack found at " << pack.root << ", not inside " << argv[2] << '\n';
    return 1;
  }
  const eligo::Program program = eligo::Program::compile(pack);
  const Household household = household_for(pack.id);

  eligo::PopulationBuilder builder(pack);
  builder.add_group("F1");
  for (const auto& [input, value] : household.group_values) builder.set_group_value(input, value);
  builder.add_person("P1", "demandeur");
  for (const auto& [input, value] : household.person_values) builder.set_person_value(input, value);
  const eligo::Population population = builder.build();

  const eligo::Results results = program.evaluate(population, eligo::Period::parse("2025-06"));
  const eligo::BenefitResults* found = results.find(household.benefit);
  if (found == nullptr || found->status[0] != eligo::Status::eligible) return 1;
  std::cout << household.benefit << ' ' << eligo::format_scaled(found->amount_cents[0], 2) << " EUR per "
            << found->amount_period << " (" << pack.root.generic_string() << ")\n";
  return found->amount_cents[0] == household.amount_cents && found->amount_period == household.amount_period ? 0 : 1;
} catch (const eligo::Error& error) {
  std::cerr << error.what() << '\n';
  return 1;
}
