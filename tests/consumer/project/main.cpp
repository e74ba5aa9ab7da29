// Agency software in five lines: load a pack, describe one household, evaluate it.
#include <eligo/eligo.hpp>

#include <iostream>

int main(int argc, char** argv) try {
  if (argc != 2) return 2;
  const eligo::RulePack pack = eligo::load_pack(argv[1]);
  const eligo::Program program = eligo::Program::compile(pack);

  eligo::PopulationBuilder builder(pack);
  builder.add_group("F1");
  builder.set_group_value("revenu_fiscal_reference", "9000");
  builder.add_person("P1", "demandeur");
  builder.set_person_value("date_naissance", "1984-05-02");
  const eligo::Population population = builder.build();

  const eligo::Results results = program.evaluate(population, *eligo::Period::parse("2025-06"));
  const eligo::BenefitResults* energy = results.find("aide_energie");
  if (energy == nullptr || energy->status[0] != eligo::Status::eligible) return 1;
  std::cout << "aide_energie " << eligo::format_scaled(energy->amount_cents[0], 2) << " EUR\n";
  return energy->amount_cents[0] == 19400 ? 0 : 1;
} catch (const eligo::Error& error) {
  std::cerr << error.what() << '\n';
  return 1;
}
