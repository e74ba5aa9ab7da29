#pragma once
// The order in which to handle what a variable or benefit uses before it, found without
// recursion: checking or lowering a chain of thousands of variables, each using the next,
// one call inside the other would overflow the stack. Both the checker and the lowering
// walk the pack this way past a bounded depth.

#include <cstddef>
#include <functional>
#include <vector>

namespace eligo::lang {

struct Dependency {
  bool is_benefit = false;
  std::size_t index = 0;
};

// Counts one level of nesting (a variable or benefit being checked or lowered inside
// another) for as long as it lives, so that the walk above takes over past a bound.
class DepthGuard {
 public:
  explicit DepthGuard(std::size_t& depth) : depth_(depth) { ++depth_; }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  std::size_t& depth_;
};

// Every item reachable from `root` through `used_by` (in formula order) that `pending` still
// says needs handling, each after every item it uses; `root` itself is left out, for the
// caller to handle last. An item met twice is listed once, so a cycle ends the walk.
std::vector<Dependency> dependencies_first(const Dependency& root, std::size_t variable_count,
                                           std::size_t benefit_count,
                                           const std::function<std::vector<Dependency>(const Dependency&)>& used_by,
                                           const std::function<bool(const Dependency&)>& pending);

}  // namespace eligo::lang
