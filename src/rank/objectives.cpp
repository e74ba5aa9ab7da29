#include "rank/objectives.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "rank/model_data.hpp"

namespace eligo::detail {

void binary_logistic_derivatives(std::span<const double> scores, std::span<const double> labels,
                                 std::span<const double> weights, Derivatives& out) {
  for (std::size_t row = 0; row < scores.size(); ++row) {
    const double p = sigmoid(scores[row]);
    const double w = weights.empty() ? 1.0 : weights[row];
    out.gradient[row] = w * (p - labels[row]);
    out.hessian[row] = w * std::max(p * (1 - p), 1e-16);
  }
}

std::vector<std::vector<std::size_t>> rows_by_query(std::span<const std::uint32_t> query_ids, std::size_t rows) {
  if (query_ids.empty()) {
    std::vector<std::size_t> all(rows);
    for (std::size_t row = 0; row < rows; ++row) all[row] = row;
    return {std::move(all)};
  }
  std::map<std::uint32_t, std::size_t> slot;
  std::vector<std::vector<std::size_t>> queries;
  for (std::size_t row = 0; row < rows; ++row) {
    const auto [place, inserted] = slot.try_emplace(query_ids[row], queries.size());
    if (inserted) queries.emplace_back();
    queries[place->second].push_back(row);
  }
  return queries;
}

double relevance_gain(double relevance) { return std::exp2(relevance) - 1; }

void lambdarank_derivatives(std::span<const double> scores, std::span<const double> relevance,
                            std::span<const double> weights,
                            const std::vector<std::vector<std::size_t>>& queries, std::size_t ndcg_at,
                            double sigma, Derivatives& out) {
  std::fill(out.gradient.begin(), out.gradient.end(), 0.0);
  std::fill(out.hessian.begin(), out.hessian.end(), 0.0);
  std::vector<std::size_t> order;
  std::vector<double> ideal;
  for (const auto& query : queries) {
    const std::size_t n = query.size();
    const std::size_t depth = ndcg_at == 0 ? n : std::min(ndcg_at, n);
    // The ideal DCG at the depth normalises every change.
    ideal.clear();
    for (const auto row : query) ideal.push_back(relevance[row]);
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double ideal_dcg = 0;
    for (std::size_t position = 0; position < depth; ++position)
      ideal_dcg += relevance_gain(ideal[position]) / std::log2(static_cast<double>(position) + 2);
    if (ideal_dcg <= 0) continue;  // nothing relevant: nothing to learn from this list

    order = query;  // current order by score, ties by row for determinism
    std::sort(order.begin(), order.end(), [&scores](std::size_t a, std::size_t b) {
      return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    });
    const auto discount = [depth](std::size_t position) {
      return position < depth ? 1 / std::log2(static_cast<double>(position) + 2) : 0.0;
    };
    for (std::size_t i = 0; i < std::min(depth, n); ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const std::size_t a = order[i], b = order[j];
        if (relevance[a] == relevance[b]) continue;
        const bool a_better = relevance[a] > relevance[b];
        const std::size_t high = a_better ? a : b, low = a_better ? b : a;
        const double delta_ndcg = std::abs((relevance_gain(relevance[a]) - relevance_gain(relevance[b])) *
                                           (discount(i) - discount(j))) / ideal_dcg;
        const double rho = 1 / (1 + std::exp(sigma * (scores[high] - scores[low])));
        const double pair_weight = weights.empty() ? 1.0 : 0.5 * (weights[high] + weights[low]);
        const double lambda = sigma * rho * delta_ndcg * pair_weight;
        const double curvature = sigma * sigma * rho * (1 - rho) * delta_ndcg * pair_weight;
        out.gradient[high] -= lambda;
        out.gradient[low] += lambda;
        out.hessian[high] += curvature;
        out.hessian[low] += curvature;
      }
    }
  }
}

}  // namespace eligo::detail
