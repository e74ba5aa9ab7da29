// Simulated data with a known truth for the ranking and fairness tests.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "eligo/rank.hpp"
#include "rank/seeded_random.hpp"

namespace eligo::testing {

inline double normal(detail::SeededRandom& random) {  // Box-Muller
  const double u = 1 - random.uniform(), v = random.uniform();
  return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
}

inline double logistic(double z) { return 1 / (1 + std::exp(-z)); }

inline std::vector<FeatureColumn> plain_columns(std::size_t count) {
  std::vector<FeatureColumn> columns;
  for (std::size_t i = 0; i < count; ++i) {
    std::string name = "x";
    name += std::to_string(i + 1);
    columns.push_back({std::move(name), false});
  }
  return columns;
}

// Features N(0, 1); label ~ Bernoulli(logistic(intercept + coefficients . x)).
inline Dataset linear_logistic_data(std::size_t rows, double intercept, const std::vector<double>& coefficients,
                                    std::uint64_t seed) {
  detail::SeededRandom random(seed);
  Dataset data;
  data.features = FeatureMatrix(plain_columns(coefficients.size()), rows);
  for (std::size_t row = 0; row < rows; ++row) {
    double z = intercept;
    for (std::size_t col = 0; col < coefficients.size(); ++col) {
      const double x = normal(random);
      data.features.set(row, col, x);
      z += coefficients[col] * x;
    }
    data.labels.push_back(random.uniform() < logistic(z) ? 1.0 : 0.0);
  }
  return data;
}

// Lists of `per_query` rows; x1..x4 uniform in [-1, 1]. Relevance depends on the sign of
// x1 * x2 (an interaction no linear model can see) and a little on x3.
inline Dataset interaction_ranking_data(std::size_t queries, std::size_t per_query, std::uint64_t seed) {
  detail::SeededRandom random(seed);
  Dataset data;
  data.features = FeatureMatrix(plain_columns(4), queries * per_query);
  for (std::size_t row = 0; row < queries * per_query; ++row) {
    double x[4];
    for (std::size_t col = 0; col < 4; ++col) {
      x[col] = 2 * random.uniform() - 1;
      data.features.set(row, col, x[col]);
    }
    const double z = (x[0] * x[1] > 0 ? 2.5 : -2.5) + 0.8 * x[2];
    data.labels.push_back(random.uniform() < logistic(z) ? 1.0 : 0.0);
    data.query_ids.push_back(static_cast<std::uint32_t>(row / per_query));
  }
  return data;
}

// Random features with about 10% missing values and a non-linear label, for TreeSHAP.
inline Dataset messy_binary_data(std::size_t rows, std::size_t cols, std::uint64_t seed) {
  detail::SeededRandom random(seed);
  Dataset data;
  data.features = FeatureMatrix(plain_columns(cols), rows);
  for (std::size_t row = 0; row < rows; ++row) {
    double z = 0;
    for (std::size_t col = 0; col < cols; ++col) {
      const double x = normal(random);
      const bool missing = random.uniform() < 0.1;
      data.features.set(row, col, missing ? FeatureMatrix::missing : x);
      z += (col % 2 == 0 ? 1.0 : -0.7) * (missing ? 0.5 : x * (col == 0 ? x : 1.0));
    }
    data.labels.push_back(random.uniform() < logistic(z) ? 1.0 : 0.0);
  }
  return data;
}

}  // namespace eligo::testing
