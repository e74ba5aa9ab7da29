// Re-ranking with group quotas: the audit's documented mitigation (see fairness.hpp).
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "eligo/error.hpp"
#include "eligo/fairness.hpp"

namespace eligo {

namespace {

constexpr double tolerance = 1e-12;

class QuotaState {
 public:
  QuotaState(std::span<const double> need, const std::vector<GroupColumn>& groups, const GroupQuotaOptions& options)
      : need_(need), groups_(groups), options_(options) {
    for (const GroupColumn& column : groups) {
      total_.emplace_back(column.groups.size(), 0.0);
      selected_.emplace_back(column.groups.size(), 0.0);
      exhausted_.emplace_back(column.groups.size(), false);
    }
    for (std::size_t a = 0; a < groups.size(); ++a)
      for (std::size_t row = 0; row < need.size(); ++row)
        if (const auto g = groups[a].codes[row]; g >= 0) total_[a][static_cast<std::size_t>(g)] += need[row];
  }

  void add(std::size_t row, double sign) {
    for (std::size_t a = 0; a < groups_.size(); ++a)
      if (const auto g = groups_[a].codes[row]; g >= 0) selected_[a][static_cast<std::size_t>(g)] += sign * need_[row];
  }

  bool constrained(std::size_t a, std::size_t g) const { return total_[a][g] >= options_.small_group; }

  // The attribute's overall rate: selected need over need, among rows with a known group.
  double overall_rate(std::size_t a) const {
    double selected = 0, total = 0;
    for (std::size_t g = 0; g < total_[a].size(); ++g) {
      selected += selected_[a][g];
      total += total_[a][g];
    }
    return total > 0 ? selected / total : 0;
  }

  // How far the group's rate is outside its band, relative to the overall rate: > 0 above
  // the ceiling, < 0 below the floor, 0 inside.
  double outside(std::size_t a, std::size_t g, double change = 0) const {
    const double overall = overall_rate(a);
    if (overall <= 0) return 0;
    const double relative = (selected_[a][g] + change) / total_[a][g] / overall - 1;
    if (relative > options_.rate_tolerance + tolerance) return relative - options_.rate_tolerance;
    if (relative < -options_.rate_tolerance - tolerance) return relative + options_.rate_tolerance;
    return 0;
  }

  // The group furthest outside its band, among those that can still be moved.
  std::optional<std::pair<std::size_t, std::size_t>> worst() const {
    std::optional<std::pair<std::size_t, std::size_t>> found;
    double largest = 0;
    for (std::size_t a = 0; a < total_.size(); ++a)
      for (std::size_t g = 0; g < total_[a].size(); ++g) {
        if (!constrained(a, g) || exhausted_[a][g]) continue;
        if (const double gap = std::abs(outside(a, g)); gap > largest) {
          largest = gap;
          found = std::pair{a, g};
        }
      }
    return found;
  }

  bool all_inside() const {
    for (std::size_t a = 0; a < total_.size(); ++a)
      for (std::size_t g = 0; g < total_[a].size(); ++g)
        if (constrained(a, g) && outside(a, g) != 0) return false;
    return true;
  }

  // Moving `row` in (sign +1) or out (-1), with `other` (when given) moving the other way,
  // takes none of its groups out of their band nor further outside it.
  bool can_move(std::size_t row, double sign, std::optional<std::size_t> other = std::nullopt) const {
    for (std::size_t a = 0; a < groups_.size(); ++a) {
      const auto h = groups_[a].codes[row];
      if (h < 0 || (other && groups_[a].codes[*other] == h)) continue;
      const auto g = static_cast<std::size_t>(h);
      if (!constrained(a, g)) continue;
      const double after = outside(a, g, sign * need_[row]);
      if (after != 0 && std::abs(after) >= std::abs(outside(a, g))) return false;
    }
    return true;
  }

  void exhaust(std::size_t a, std::size_t g) { exhausted_[a][g] = true; }

 private:
  std::span<const double> need_;
  const std::vector<GroupColumn>& groups_;
  const GroupQuotaOptions& options_;
  std::vector<std::vector<double>> total_, selected_;
  std::vector<std::vector<bool>> exhausted_;
};

std::vector<std::vector<std::size_t>> contacts_per_group(const std::vector<GroupColumn>& groups,
                                                         const std::vector<bool>& selected) {
  std::vector<std::vector<std::size_t>> counts;
  for (const GroupColumn& column : groups) {
    counts.emplace_back(column.groups.size(), 0);
    for (std::size_t row = 0; row < selected.size(); ++row)
      if (selected[row] && column.codes[row] >= 0) ++counts.back()[static_cast<std::size_t>(column.codes[row])];
  }
  return counts;
}

}  // namespace

GroupQuotaResult rerank_with_group_quotas(std::span<const double> scores, std::span<const double> need,
                                          const std::vector<GroupColumn>& groups, const GroupQuotaOptions& options) {
  const std::size_t rows = scores.size();
  if (options.k == 0) throw Error("group quotas: the contact capacity k must be at least 1");
  std::vector<double> ones;
  if (need.empty()) {
    ones.assign(rows, 1.0);
    need = ones;
  }
  if (need.size() != rows) throw Error("group quotas: " + std::to_string(need.size()) + " needs for " +
                                       std::to_string(rows) + " scores");
  for (const GroupColumn& column : groups)
    if (column.codes.size() != rows)
      throw Error("group quotas: attribute `" + column.name + "` has " + std::to_string(column.codes.size()) +
                  " rows, the scores " + std::to_string(rows));

  const std::vector<std::size_t> by_score = contact_order(scores);
  const std::size_t k = std::min(options.k, rows);
  std::vector<bool> selected(rows, false);
  QuotaState state(need, groups, options);
  for (std::size_t i = 0; i < k; ++i) {
    selected[by_score[i]] = true;
    state.add(by_score[i], +1);
  }
  const auto before = contacts_per_group(groups, selected);

  GroupQuotaResult result;
  const std::size_t limit = options.max_exchanges == 0 ? 2 * k : options.max_exchanges;
  while (result.exchanges < limit) {
    const auto worst = state.worst();
    if (!worst) break;
    // Named variables, not a structured binding: the lambdas below capture them, which
    // C++20 compilers before clang 16 refuse for bindings.
    const std::size_t a = worst->first;
    const std::size_t g = worst->second;
    const auto code = static_cast<std::int32_t>(g);
    const bool raise = state.outside(a, g) < 0;
    std::size_t in = rows, out = rows;
    if (raise) {
      // The group's best-ranked row outside the list comes in; the list's lowest-ranked row
      // that can leave goes out.
      const auto first = std::find_if(by_score.begin(), by_score.end(), [&](std::size_t row) {
        return !selected[row] && need[row] > 0 && groups[a].codes[row] == code && state.can_move(row, +1);
      });
      if (first != by_score.end()) {
        in = *first;
        const auto last = std::find_if(by_score.rbegin(), by_score.rend(), [&](std::size_t row) {
          return selected[row] && groups[a].codes[row] != code && state.can_move(row, -1, in);
        });
        if (last != by_score.rend()) out = *last;
      }
    } else {
      const auto last = std::find_if(by_score.rbegin(), by_score.rend(), [&](std::size_t row) {
        return selected[row] && groups[a].codes[row] == code && state.can_move(row, -1);
      });
      if (last != by_score.rend()) {
        out = *last;
        const auto first = std::find_if(by_score.begin(), by_score.end(), [&](std::size_t row) {
          return !selected[row] && need[row] > 0 && groups[a].codes[row] != code && state.can_move(row, +1, out);
        });
        if (first != by_score.end()) in = *first;
      }
    }
    if (in == rows || out == rows) {
      state.exhaust(a, g);
      continue;
    }
    selected[in] = true;
    state.add(in, +1);
    selected[out] = false;
    state.add(out, -1);
    ++result.exchanges;
  }
  result.satisfied = state.all_inside();

  for (const std::size_t row : by_score)
    if (selected[row]) result.order.push_back(row);
  for (const std::size_t row : by_score)
    if (!selected[row]) result.order.push_back(row);
  result.rank_scores.assign(rows, 0.0);
  for (std::size_t position = 0; position < rows; ++position)
    result.rank_scores[result.order[position]] = static_cast<double>(rows - position);

  const auto after = contacts_per_group(groups, selected);
  for (std::size_t a = 0; a < groups.size(); ++a)
    for (std::size_t g = 0; g < groups[a].groups.size(); ++g)
      if (after[a][g] != before[a][g])
        result.adjustments.push_back(groups[a].name + " = " + groups[a].groups[g] + ": " +
                                     std::to_string(before[a][g]) + " -> " + std::to_string(after[a][g]) +
                                     " contacts");
  return result;
}

}  // namespace eligo
