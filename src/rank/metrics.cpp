// Ranking quality at the real contact capacity k.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank/objectives.hpp"

namespace eligo {

std::vector<std::size_t> contact_order(std::span<const double> scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // NaN scores go last: an unscorable person is not put first by accident.
  std::sort(order.begin(), order.end(), [scores](std::size_t a, std::size_t b) {
    const bool a_nan = std::isnan(scores[a]), b_nan = std::isnan(scores[b]);
    if (a_nan != b_nan) return b_nan;
    if (!a_nan && scores[a] != scores[b]) return scores[a] > scores[b];
    return a < b;
  });
  return order;
}

double ndcg_at_k(std::span<const double> scores, std::span<const double> relevance, std::size_t k) {
  if (scores.size() != relevance.size()) throw Error("ndcg: scores and relevance differ in length");
  const std::size_t depth = std::min(k, scores.size());
  const auto order = contact_order(scores);
  std::vector<double> ideal(relevance.begin(), relevance.end());
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  double dcg = 0, ideal_dcg = 0;
  for (std::size_t position = 0; position < depth; ++position) {
    const double discount = 1 / std::log2(static_cast<double>(position) + 2);
    dcg += detail::relevance_gain(relevance[order[position]]) * discount;
    ideal_dcg += detail::relevance_gain(ideal[position]) * discount;
  }
  return ideal_dcg > 0 ? dcg / ideal_dcg : 0.0;  // nothing relevant to find: no credit
}

double mean_ndcg_at_k(std::span<const double> scores, std::span<const double> relevance,
                      std::span<const std::uint32_t> query_ids, std::size_t k) {
  if (scores.size() != relevance.size() || (!query_ids.empty() && query_ids.size() != scores.size()))
    throw Error("ndcg: scores, relevance and query ids differ in length");
  const auto lists = detail::rows_by_query(query_ids, scores.size());
  double sum = 0;
  std::vector<double> list_scores, list_relevance;
  for (const auto& rows : lists) {
    list_scores.clear();
    list_relevance.clear();
    for (const auto row : rows) {
      list_scores.push_back(scores[row]);
      list_relevance.push_back(relevance[row]);
    }
    sum += ndcg_at_k(list_scores, list_relevance, k);
  }
  return lists.empty() ? 0.0 : sum / static_cast<double>(lists.size());
}

double roc_auc(std::span<const double> scores, std::span<const double> labels, std::span<const double> weights) {
  if (scores.size() != labels.size()) throw Error("auc: scores and labels differ in length");
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [scores](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
  // Mann-Whitney: for each positive, the weight of negatives below it, ties counting half.
  double negatives_below = 0, pairs = 0, positives = 0, negatives = 0;
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start;
    double tie_positive = 0, tie_negative = 0;
    while (end < order.size() && scores[order[end]] == scores[order[start]]) {
      const std::size_t row = order[end++];
      const double w = weights.empty() ? 1.0 : weights[row];
      (labels[row] > 0.5 ? tie_positive : tie_negative) += w;
    }
    pairs += tie_positive * (negatives_below + 0.5 * tie_negative);
    negatives_below += tie_negative;
    positives += tie_positive;
    negatives += tie_negative;
    start = end;
  }
  if (positives == 0 || negatives == 0) return std::nan("");
  return pairs / (positives * negatives);
}

double brier_score(std::span<const double> probabilities, std::span<const double> labels) {
  if (probabilities.size() != labels.size()) throw Error("brier: probabilities and labels differ in length");
  if (probabilities.empty()) return std::nan("");
  double sum = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) sum += (probabilities[i] - labels[i]) * (probabilities[i] - labels[i]);
  return sum / static_cast<double>(labels.size());
}

RankingMetrics evaluate_ranking(std::span<const double> scores, std::span<const double> labels, std::size_t k,
                                std::span<const double> probabilities, std::span<const double> opening_chance,
                                double default_opening_chance) {
  if (scores.size() != labels.size() || (!probabilities.empty() && probabilities.size() != labels.size()) ||
      (!opening_chance.empty() && opening_chance.size() != labels.size()))
    throw Error("evaluate_ranking: scores, labels, probabilities and opening chances differ in length");
  if (k == 0) throw Error("evaluate_ranking: the contact capacity k must be at least 1");
  RankingMetrics metrics;
  metrics.k = std::min(k, scores.size());
  const auto order = contact_order(scores);
  double found = 0, all = 0, opened = 0;
  for (const double label : labels) all += label > 0.5 ? 1 : 0;
  for (std::size_t position = 0; position < metrics.k; ++position) {
    const std::size_t row = order[position];
    const double hit = labels[row] > 0.5 ? 1 : 0;
    found += hit;
    opened += hit * (opening_chance.empty() ? default_opening_chance : opening_chance[row]);
  }
  const auto contacted = static_cast<double>(metrics.k);
  metrics.ndcg_at_k = ndcg_at_k(scores, labels, k);
  metrics.precision_at_k = contacted > 0 ? found / contacted : 0;
  metrics.recall_at_k = all > 0 ? found / all : 0;
  metrics.auc = roc_auc(scores, labels);
  metrics.brier = probabilities.empty() ? std::nan("") : brier_score(probabilities, labels);
  metrics.rights_opened_per_100_contacts = contacted > 0 ? 100 * opened / contacted : 0;
  return metrics;
}

}  // namespace eligo
