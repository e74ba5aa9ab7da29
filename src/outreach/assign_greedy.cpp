// Best person first, best channel first: how a list is usually worked through by hand,
// kept as the baseline the optimal assignment is measured against.
#include <algorithm>
#include <numeric>

#include "eligo/outreach.hpp"

namespace eligo::outreach {

Assignment assign_greedy(const AssignmentProblem& problem) {
  const std::size_t persons = problem.options.size();
  Assignment assignment;
  assignment.channel.assign(persons, std::nullopt);
  const auto best_value = [&](std::size_t p) {
    double best = 0;
    for (const ChannelValue& option : problem.options[p]) best = std::max(best, option.value);
    return best;
  };
  std::vector<std::size_t> order(persons);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return best_value(a) > best_value(b); });

  std::array<std::size_t, channel_count> used{};
  for (const std::size_t p : order) {
    std::vector<ChannelValue> options = problem.options[p];
    std::stable_sort(options.begin(), options.end(),
                     [](const ChannelValue& a, const ChannelValue& b) { return a.value > b.value; });
    for (const ChannelValue& option : options) {
      const auto c = static_cast<std::size_t>(option.channel);
      if (used[c] < problem.capacity.of(option.channel)) {
        ++used[c];
        assignment.channel[p] = option.channel;
        assignment.total_value += option.value;
        break;
      }
    }
  }
  return assignment;
}

}  // namespace eligo::outreach
