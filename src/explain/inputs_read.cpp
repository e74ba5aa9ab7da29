// A static walk over the formulas' names: cheap (one pass per formula) and exact enough,
// since the expression language has no way to name an input other than writing it.
#include "explain/inputs_read.hpp"

#include <cctype>
#include <map>
#include <vector>

namespace eligo::explain_detail {
namespace {

bool starts_name(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool inside_name(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.'; }

// Every name of a formula, quoted texts skipped; "param.x.y" stays one name.
std::vector<std::string> names_in(const std::string& formula) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < formula.size();) {
    const char c = formula[i];
    if (c == '"' || c == '\'') {
      const std::size_t end = formula.find(c, i + 1);
      i = end == std::string::npos ? formula.size() : end + 1;
    } else if (starts_name(c)) {
      std::size_t end = i;
      while (end < formula.size() && inside_name(formula[end])) ++end;
      names.push_back(formula.substr(i, end - i));
      i = end;
    } else {
      ++i;
    }
  }
  return names;
}

}  // namespace

std::set<std::string> inputs_read_by_benefits(const RulePack& pack) {
  std::map<std::string, const Variable*> variables;
  for (const Variable& variable : pack.variables) variables[variable.name] = &variable;
  std::set<std::string> inputs;
  std::set<std::string> visited;
  std::vector<std::string> pending;
  const auto visit = [&](const std::string& formula) {
    for (std::string& name : names_in(formula))
      if (visited.insert(name).second) pending.push_back(std::move(name));
  };
  for (const Benefit& benefit : pack.benefits) {
    for (const Condition& condition : benefit.conditions) visit(condition.rule.text);
    visit(benefit.amount.text);
  }
  while (!pending.empty()) {
    const std::string name = std::move(pending.back());
    pending.pop_back();
    if (pack.find_input(name) != nullptr) inputs.insert(name);
    if (const auto variable = variables.find(name); variable != variables.end()) visit(variable->second->formula.text);
    if (const Benefit* benefit = pack.find_benefit(name)) {  // a benefit's amount used by another
      for (const Condition& condition : benefit->conditions) visit(condition.rule.text);
      visit(benefit->amount.text);
    }
  }
  return inputs;
}

}  // namespace eligo::explain_detail
