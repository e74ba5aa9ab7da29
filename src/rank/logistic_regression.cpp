// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted
// least squares) with Eigen.
//
// Why Newton rather than L-BFGS: the model has tens of terms, so the Hessian is a small
// dense matrix that is cheap to form and factor; Newton converges quadratically in about
// ten iterations to the exact optimum (the penalised loss is strictly convex), needs no
// line-search tuning or memory parameter, and every step is the same sequence of floating
// operations, so the fit is deterministic. A step halving guards the rare overshoot.
#include "rank/logistic_regression.hpp"

#include <Eigen/Dense>
#include <cmath>

#include "eligo/error.hpp"

namespace eligo::detail {

namespace {

// Means and scales of each term over the known values, weighted.
std::vector<LogisticTerm> standardised_terms(std::span<const double> values, std::size_t rows,
                                             std::size_t cols, std::span<const double> weights) {
  std::vector<LogisticTerm> terms;
  for (std::size_t col = 0; col < cols; ++col) {
    double known_weight = 0, total_weight = 0, sum = 0;
    for (std::size_t row = 0; row < rows; ++row) {
      const double w = weights.empty() ? 1.0 : weights[row];
      const double x = values[row * cols + col];
      total_weight += w;
      if (std::isnan(x)) continue;
      known_weight += w;
      sum += w * x;
    }
    LogisticTerm value_term{col, false, known_weight > 0 ? sum / known_weight : 0.0, 1.0, 0.0};
    double squares = 0;
    for (std::size_t row = 0; row < rows; ++row) {
      const double x = values[row * cols + col];
      if (!std::isnan(x)) squares += (weights.empty() ? 1.0 : weights[row]) * (x - value_term.mean) * (x - value_term.mean);
    }
    if (known_weight > 0 && squares > 0) value_term.scale = std::sqrt(squares / known_weight);
    terms.push_back(value_term);
    if (known_weight < total_weight) {
      // A missing indicator, so that "unknown" can carry its own weight instead of being
      // silently read as an average value.
      const double share = 1 - known_weight / total_weight;
      const double spread = std::sqrt(share * (1 - share));
      terms.push_back({col, true, share, spread > 0 ? spread : 1.0, 0.0});
    }
  }
  return terms;
}

double term_value(const LogisticTerm& term, double x) {
  if (term.is_missing_indicator) return ((std::isnan(x) ? 1.0 : 0.0) - term.mean) / term.scale;
  return std::isnan(x) ? 0.0 : (x - term.mean) / term.scale;  // unknown: the mean
}

double penalised_loss(const Eigen::VectorXd& eta, const Eigen::VectorXd& beta, std::span<const double> labels,
                      std::span<const double> weights, double l2) {
  double loss = 0;
  for (Eigen::Index i = 0; i < eta.size(); ++i) {
    const double z = eta[i];
    // log(1 + e^z) - y z, written to stay finite for large |z|.
    const double softplus = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
    const auto row = static_cast<std::size_t>(i);
    loss += (weights.empty() ? 1.0 : weights[row]) * (softplus - labels[row] * z);
  }
  return loss + 0.5 * l2 * beta.tail(beta.size() - 1).squaredNorm();
}

}  // namespace

LogisticParameters fit_logistic(std::span<const double> values, std::size_t rows, std::size_t cols,
                                std::span<const double> labels, std::span<const double> weights,
                                const LogisticOptions& options) {
  if (!(options.l2 >= 0)) throw Error("logistic regression: l2 must be >= 0");
  LogisticParameters model;
  model.options = options;
  model.terms = standardised_terms(values, rows, cols, weights);
  const auto n = static_cast<Eigen::Index>(rows);
  const auto m = static_cast<Eigen::Index>(model.terms.size()) + 1;  // column 0: intercept

  Eigen::MatrixXd design(n, m);
  for (Eigen::Index i = 0; i < n; ++i) {
    design(i, 0) = 1.0;
    for (Eigen::Index t = 1; t < m; ++t) {
      const auto& term = model.terms[static_cast<std::size_t>(t - 1)];
      design(i, t) = term_value(term, values[static_cast<std::size_t>(i) * cols + term.feature]);
    }
  }
  Eigen::VectorXd y(n), w(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    y[i] = labels[static_cast<std::size_t>(i)];
    w[i] = weights.empty() ? 1.0 : weights[static_cast<std::size_t>(i)];
  }
  Eigen::VectorXd penalty = Eigen::VectorXd::Constant(m, options.l2);
  penalty[0] = 0;  // the intercept is not shrunk

  Eigen::VectorXd beta = Eigen::VectorXd::Zero(m);
  Eigen::VectorXd eta = Eigen::VectorXd::Zero(n);
  double loss = penalised_loss(eta, beta, labels, weights, options.l2);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    Eigen::VectorXd p(n), curvature(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      p[i] = sigmoid(eta[i]);
      curvature[i] = w[i] * std::max(p[i] * (1 - p[i]), 1e-12);
    }
    const Eigen::VectorXd gradient =
        design.transpose() * (w.cwiseProduct(p - y)) + penalty.cwiseProduct(beta);
    Eigen::MatrixXd hessian = design.transpose() * curvature.asDiagonal() * design;
    hessian.diagonal() += penalty;
    hessian.diagonal().array() += 1e-12;  // keeps an all-constant design factorable
    const Eigen::VectorXd step = hessian.ldlt().solve(gradient);

    double scale = 1.0;
    Eigen::VectorXd next = beta - step;
    Eigen::VectorXd next_eta = design * next;
    double next_loss = penalised_loss(next_eta, next, labels, weights, options.l2);
    for (int halving = 0; halving < 30 && next_loss > loss; ++halving) {
      scale *= 0.5;
      next = beta - scale * step;
      next_eta = design * next;
      next_loss = penalised_loss(next_eta, next, labels, weights, options.l2);
    }
    beta = next;
    eta = next_eta;
    loss = next_loss;
    if ((scale * step).cwiseAbs().maxCoeff() < options.tolerance) break;
  }
  model.intercept = beta[0];
  for (Eigen::Index t = 1; t < m; ++t) model.terms[static_cast<std::size_t>(t - 1)].coefficient = beta[t];
  return model;
}

double logistic_score(const LogisticParameters& model, const double* row) {
  double logit = model.intercept;
  for (const auto& term : model.terms) logit += term.coefficient * term_value(term, row[term.feature]);
  return logit;
}

ScoreExplanation logistic_explanation(const LogisticParameters& model, const double* row, std::size_t feature_count) {
  // Standardised terms have mean 0 on the training data, so coefficient x standardised
  // value is the term's departure from the average person, in logit units.
  ScoreExplanation explanation{model.intercept, std::vector<double>(feature_count, 0.0)};
  for (const auto& term : model.terms)
    explanation.contributions[term.feature] += term.coefficient * term_value(term, row[term.feature]);
  return explanation;
}

}  // namespace eligo::detail
