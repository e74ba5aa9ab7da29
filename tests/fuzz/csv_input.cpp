// The fuzz input of the population reader: a groups file, optionally followed by a line
// `%%` and a persons file (a fixed one otherwise), read against the example pack's
// schema. eligo::Error is the expected answer to bad data; anything else is a bug.
#include <filesystem>
#include <string>
#include <string_view>

#include "eligo/program.hpp"
#include "fuzz_inputs.hpp"
#include "scratch_folder.hpp"

namespace {

using namespace eligo;

const RulePack& example_pack() {
  static const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "example");
  return pack;
}

constexpr std::string_view separator = "\n%%\n";

constexpr std::string_view fixed_persons =
    "id,foyer_id,role,date_naissance,salaire_mensuel,sexe,handicap\n"
    "p1,f1,demandeur,1980-01-01,1200.50,femme,false\n"
    "p2,f1,enfant,2015-06-30,,,\n"
    "p3,f2,demandeur,1950-12-31,0,homme,true\n";

}  // namespace

namespace eligo::fuzz {

void run_csv(std::string_view input) {
  const auto cut = input.find(separator);
  const std::string_view groups = input.substr(0, cut);
  const std::string_view persons = cut == std::string_view::npos ? fixed_persons : input.substr(cut + separator.size());
  const auto groups_path = write_scratch_file("foyers.csv", groups);
  const auto persons_path = write_scratch_file("personnes.csv", persons);
  try {
    const Population population = read_population_csv(example_pack(), groups_path, persons_path);
    // Whatever was read must be usable.
    static const Program program = Program::compile(example_pack());
    program.evaluate(population, Period::parse("2025-06"));
  } catch (const Error&) {
    // A clear error for bad data: fine.
  }
}

}  // namespace eligo::fuzz
