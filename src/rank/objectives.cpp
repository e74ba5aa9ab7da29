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
  // Per-position discounts and per-row gains are computed once, not once per pair: the
  // pair loop is the hot spot of training.
  std::size_t longest = 0;
  for (const auto& query : queries) longest = std::max(longest, query.size());
  std::vector<double> discount(longest);
  for (std::size_t position = 0; position < longest; ++position)
    discount[position] = 1 / std::log2(static_cast<double>(position) + 2);
  std::vector<std::size_t> order;
  std::vector<double> ideal, gain, label, score, weight, lambda_sum, curvature_sum;
  for (const auto& query : queries) {
    const std::size_t n = query.size();
    const std::size_t depth = ndcg_at == 0 ? n : std::min(ndcg_at, n);
    // The ideal DCG at the depth normalises every change.
    ideal.clear();
    for (const auto row : query) ideal.push_back(relevance[row]);
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double ideal_dcg = 0;
    for (std::size_t position = 0; position < depth; ++position)
      ideal_dcg += relevance_gain(ideal[position]) * discount[position];
    if (ideal_dcg <= 0) continue;  // nothing relevant: nothing to learn from this list

    order = query;  // current order by score, ties by row for determinism
    std::sort(order.begin(), order.end(), [&scores](std::size_t a, std::size_t b) {
      return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    });
    // The pair loop reads and writes arrays in list order, so that it walks memory
    // sequentially; the sums go back to their rows afterwards.
    gain.resize(n);
    label.resize(n);
    score.resize(n);
    weight.resize(n);
    lambda_sum.assign(n, 0.0);
    curvature_sum.assign(n, 0.0);
    for (std::size_t position = 0; position < n; ++position) {
      const std::size_t row = order[position];
      label[position] = relevance[row];
      gain[position] = relevance_gain(relevance[row]);
      score[position] = scores[row];
      weight[position] = weights.empty() ? 1.0 : weights[row];
    }
    for (std::size_t i = 0; i < depth; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (label[i] == label[j]) continue;
        const bool i_better = label[i] > label[j];
        const std::size_t high = i_better ? i : j, low = i_better ? j : i;
        // Positions past the depth have no discount: swapping them changes nothing.
        const double discount_j = j < depth ? discount[j] : 0.0;
        const double delta_ndcg = std::abs((gain[i] - gain[j]) * (discount[i] - discount_j)) / ideal_dcg;
        const double rho = 1 / (1 + std::exp(sigma * (score[high] - score[low])));
        const double pair_weight = weights.empty() ? 1.0 : 0.5 * (weight[high] + weight[low]);
        const double lambda = sigma * rho * delta_ndcg * pair_weight;
        const double curvature = sigma * sigma * rho * (1 - rho) * delta_ndcg * pair_weight;
        lambda_sum[high] -= lambda;
        lambda_sum[low] += lambda;
        curvature_sum[high] += curvature;
        curvature_sum[low] += curvature;
      }
    }
    for (std::size_t position = 0; position < n; ++position) {
      out.gradient[order[position]] = lambda_sum[position];
      out.hessian[order[position]] = curvature_sum[position];
    }
  }
}

}  // namespace eligo::detail
