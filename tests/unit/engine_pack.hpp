// Packs built in code for the engine tests, with formulas placed at known file positions.
#pragma once

#include <string>
#include <vector>

#include "eligo/eligo.hpp"

namespace eligo::test {

// A formula written on line `line` of "pack.yaml", starting at column 10.
inline Formula formula_at(std::string text, int line) {
  Formula formula;
  formula.text = std::move(text);
  formula.line_starts.push_back(SourceLocation{"pack.yaml", line, 10});
  return formula;
}

class EnginePack {
 public:
  EnginePack() {
    pack.id = "engine";
    pack.languages = {"fr", "fr-falc", "en"};
    pack.entities.person = "personne";
    pack.entities.group = "foyer";
    pack.entities.roles = {"demandeur", "conjoint", "enfant"};
  }

  EnginePack& input(const std::string& name, const std::string& entity, ValueType type,
                    std::vector<std::string> values = {}) {
    InputSpec spec;
    spec.name = name;
    spec.entity = entity;
    spec.type = type;
    spec.enum_values = std::move(values);
    pack.inputs.push_back(spec);
    return *this;
  }

  EnginePack& variable(const std::string& name, const std::string& entity, const std::string& text) {
    Variable variable;
    variable.name = name;
    variable.entity = entity;
    variable.formula = formula_at(text, next_line_++);
    pack.variables.push_back(variable);
    return *this;
  }

  EnginePack& parameter(const std::string& name, ValueType type, std::vector<std::pair<std::string, std::int64_t>> values) {
    Parameter parameter;
    parameter.name = name;
    parameter.type = type;
    for (const auto& [start, value] : values) {
      ParameterVersion version;
      version.start = Date::parse(start);
      version.value = value;
      version.reference = "décret n° " + start;
      parameter.versions.push_back(version);
    }
    pack.parameters.push_back(parameter);
    return *this;
  }

  EnginePack& scale(const std::string& name, ParameterKind kind, std::vector<ScaleBracket> brackets) {
    Parameter parameter;
    parameter.name = name;
    parameter.kind = kind;
    parameter.type = ValueType::money;
    parameter.threshold_type = ValueType::money;
    ParameterVersion version;
    version.start = Date::parse("2020-01-01");
    version.brackets = std::move(brackets);
    version.reference = "barème";
    parameter.versions.push_back(version);
    pack.parameters.push_back(parameter);
    return *this;
  }

  // A benefit whose conditions are "id: rule" pairs.
  EnginePack& benefit(const std::string& id, std::vector<std::pair<std::string, std::string>> conditions,
                      const std::string& amount) {
    Benefit benefit;
    benefit.id = id;
    benefit.entity = "foyer";
    for (const auto& [condition_id, rule] : conditions) {
      Condition condition;
      condition.id = condition_id;
      condition.rule = formula_at(rule, next_line_++);
      benefit.conditions.push_back(condition);
    }
    benefit.amount = formula_at(amount, next_line_++);
    pack.benefits.push_back(benefit);
    return *this;
  }

  RulePack pack;

 private:
  int next_line_ = 1;
};

// The first benefit's result for a one-group population.
struct OneResult {
  Status status;
  std::int64_t amount;
  std::vector<std::string> failed;
  std::vector<std::string> missing;
};

inline OneResult evaluate_one(const Program& program, const Population& population, const std::string& period,
                              std::size_t benefit = 0) {
  const Results results = program.evaluate(population, Period::parse(period));
  return OneResult{results.benefits[benefit].status[0], results.benefits[benefit].amount_cents[0],
                   results.failed_conditions(benefit, 0), results.missing_inputs(benefit, 0)};
}

}  // namespace eligo::test
