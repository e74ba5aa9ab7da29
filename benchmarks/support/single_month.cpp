#include "support/single_month.hpp"

#include <cstddef>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

namespace eligo::bench {

namespace {

// The arguments of the call whose opening parenthesis is at `open`, split at the commas
// that are not nested in another parenthesis; `close` is set to its closing parenthesis.
std::vector<std::string> call_arguments(const std::string& text, std::size_t open, std::size_t& close) {
  std::vector<std::string> arguments(1);
  int depth = 0;
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) {
      close = i;
      return arguments;
    }
    if (c == ',' && depth == 0)
      arguments.emplace_back();
    else
      arguments.back() += c;
  }
  throw std::runtime_error("unbalanced parentheses in `" + text + "`");
}

std::string without_month_ranges(std::string text) {
  for (const std::string name : {"month_mean(", "month_sum("}) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name)) {
      std::size_t close = 0;
      const std::size_t open = at + name.size() - 1;
      const std::vector<std::string> arguments = call_arguments(text, open, close);
      if (arguments.size() != 3) throw std::runtime_error("expected three arguments in `" + text + "`");
      std::string replacement = "(" + arguments[0] + ")";
      if (name == "month_sum(")
        replacement += " * " + std::to_string(std::stoi(arguments[2]) - std::stoi(arguments[1]) + 1);
      text = text.substr(0, at) + replacement + text.substr(close + 1);
    }
  }
  static const std::regex offset(R"(@\s*[-+]?\s*[0-9]+)");
  return std::regex_replace(text, offset, "");
}

}  // namespace

RulePack single_month_pack(const RulePack& pack) {
  RulePack single = pack;
  for (Variable& variable : single.variables) variable.formula.text = without_month_ranges(variable.formula.text);
  for (Benefit& benefit : single.benefits) {
    for (Condition& condition : benefit.conditions) condition.rule.text = without_month_ranges(condition.rule.text);
    benefit.amount.text = without_month_ranges(benefit.amount.text);
  }
  return single;
}

}  // namespace eligo::bench
