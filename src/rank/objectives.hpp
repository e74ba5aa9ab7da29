// First and second derivatives of the boosting objectives at the current scores.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace eligo::detail {

struct Derivatives {
  std::vector<double> gradient, hessian;
};

// Weighted binary log-loss; labels in [0, 1].
void binary_logistic_derivatives(std::span<const double> scores, std::span<const double> labels,
                                 std::span<const double> weights, Derivatives& out);

// The rows of each query, in row order; queries in order of first appearance.
std::vector<std::vector<std::size_t>> rows_by_query(std::span<const std::uint32_t> query_ids, std::size_t rows);

// LambdaRank (Burges 2010): for each pair of a query's rows with different relevance, the
// gradient of the pairwise logistic loss times |change of NDCG| if the two swapped places.
// Pairs are formed only when the better-placed row is within `truncation` of the current
// order (0: everywhere), as NDCG@k only rewards the top of the list.
void lambdarank_derivatives(std::span<const double> scores, std::span<const double> relevance,
                            std::span<const double> weights,
                            const std::vector<std::vector<std::size_t>>& queries, std::size_t ndcg_at,
                            double sigma, Derivatives& out);

// 2^relevance - 1, the gain of a relevance grade in DCG.
double relevance_gain(double relevance);

}  // namespace eligo::detail
