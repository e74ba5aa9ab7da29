// The fuzz input of the rule language: one formula. Whatever parses is checked and
// compiled as a variable of the example pack (once per entity), then evaluated over a
// few generated households and traced, so the checker, the lowering and the evaluator
// all see what the parser accepts. eligo::Error is the expected answer to bad formulas;
// anything else (a crash, a sanitizer report, another exception) is a bug.
#include <filesystem>
#include <string>

#include "data/population_generator.hpp"
#include "eligo/program.hpp"
#include "fuzz_inputs.hpp"
#include "lang/parser.hpp"

namespace {

using namespace eligo;

const RulePack& example_pack() {
  static const RulePack pack = load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "example");
  return pack;
}

const Population& households() {
  static const Population population = data::generate_population(example_pack(), 8, 7);
  return population;
}

// The example pack with one more variable holding `text`, used by one more benefit so
// that the evaluator computes it.
RulePack pack_with_formula(const std::string& text, const std::string& entity) {
  RulePack pack = example_pack();
  Variable variable;
  variable.name = "fuzz_value";
  variable.entity = entity;
  variable.formula.text = text;
  variable.formula.line_starts.push_back(SourceLocation{"fuzz.yaml", 1, 1});
  pack.variables.push_back(variable);

  Benefit benefit;
  benefit.id = "fuzz_benefit";
  benefit.entity = pack.entities.group;
  Condition condition;
  condition.id = "fuzz_condition";
  condition.rule.text = entity == pack.entities.group ? "fuzz_value == fuzz_value"
                                                      : "any(membres, fuzz_value == fuzz_value)";
  condition.rule.line_starts.push_back(SourceLocation{"fuzz.yaml", 2, 1});
  benefit.conditions.push_back(condition);
  benefit.amount.text = "0";
  benefit.amount.line_starts.push_back(SourceLocation{"fuzz.yaml", 3, 1});
  pack.benefits.push_back(benefit);
  return pack;
}

void compile_and_evaluate(const std::string& text, const std::string& entity) {
  try {
    const Program program = Program::compile(pack_with_formula(text, entity));
    const Period period = Period::parse("2025-06");
    program.evaluate(households(), period);
    program.trace(households(), 0, period);
  } catch (const Error&) {
    // A clear error for a formula that does not check or cannot be computed: fine.
  }
}

}  // namespace

namespace eligo::fuzz {

void run_formula(std::string_view input) {
  const std::string text(input);
  const auto parsed = lang::parse_formula(text, "membres");
  if (!parsed.root) return;
  compile_and_evaluate(text, example_pack().entities.group);
  compile_and_evaluate(text, example_pack().entities.person);
}

}  // namespace eligo::fuzz
