// Uses of the public API that would keep a reference into a temporary, each selected by
// one macro: every one must fail to compile (tests/compile_fail/expect_failure.cmake). With
// none defined, the same calls on named objects compile: the failures come from the deleted
// overloads, not from a mistake in this file.
#include <eligo/eligo.hpp>

int main() {
  const eligo::RulePack pack = eligo::load_pack("example");
  const eligo::Program program = eligo::Program::compile(pack);
#if defined(BUILDER_OF_A_TEMPORARY_PACK)
  eligo::PopulationBuilder builder(eligo::load_pack("example"));
#else
  eligo::PopulationBuilder builder(pack);
#endif
  builder.add_group("F1");
  builder.add_person("P1", "demandeur");
  const eligo::Population population = builder.build();
  const eligo::Results results = program.evaluate(population, eligo::Period::parse("2025-06"));
#if defined(PACK_OF_A_TEMPORARY_PROGRAM)
  const eligo::RulePack& kept = eligo::Program::compile(pack).pack();
#else
  const eligo::RulePack& kept = program.pack();
#endif
#if defined(BENEFIT_OF_A_TEMPORARY_PACK)
  const eligo::Benefit* benefit = eligo::load_pack("example").find_benefit("aide_energie");
#else
  const eligo::Benefit* benefit = kept.find_benefit("aide_energie");
#endif
#if defined(RESULT_OF_TEMPORARY_RESULTS)
  const eligo::BenefitResults* result = program.evaluate(population, eligo::Period::parse("2025-06")).find("aide_energie");
#else
  const eligo::BenefitResults* result = results.find("aide_energie");
#endif
#if defined(MISSING_INPUTS_OF_TEMPORARY_RESULTS)
  const auto& missing = program.evaluate(population, eligo::Period::parse("2025-06")).missing_inputs(0, 0);
#else
  const auto& missing = results.missing_inputs(0, 0);
#endif
  return benefit != nullptr && result != nullptr && missing.empty() ? 0 : 1;
}
