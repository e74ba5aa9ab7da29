#include "lang/dependency_order.hpp"

#include <algorithm>
#include <utility>

namespace eligo::lang {

std::vector<Dependency> dependencies_first(const Dependency& root, std::size_t variable_count,
                                           std::size_t benefit_count,
                                           const std::function<std::vector<Dependency>(const Dependency&)>& used_by,
                                           const std::function<bool(const Dependency&)>& pending) {
  struct Open {
    Dependency item;
    std::vector<Dependency> to_visit;  // reversed, so that the first used is visited first
  };
  std::vector<bool> seen_variables(variable_count, false);
  std::vector<bool> seen_benefits(benefit_count, false);
  const auto first_visit = [&](const Dependency& item) {
    auto& seen = item.is_benefit ? seen_benefits : seen_variables;
    if (seen[item.index]) return false;
    seen[item.index] = true;
    return true;
  };
  const auto open = [&](const Dependency& item) {
    auto used = used_by(item);
    std::reverse(used.begin(), used.end());
    return Open{item, std::move(used)};
  };
  first_visit(root);
  std::vector<Open> path{open(root)};
  std::vector<Dependency> order;
  while (!path.empty()) {
    Open& top = path.back();
    if (top.to_visit.empty()) {
      order.push_back(top.item);
      path.pop_back();
      continue;
    }
    const Dependency next = top.to_visit.back();
    top.to_visit.pop_back();
    if (first_visit(next) && pending(next)) path.push_back(open(next));
  }
  order.pop_back();  // `root`, which the caller handles
  return order;
}

}  // namespace eligo::lang
