// From a raw score to a probability: Platt scaling (a sigmoid of the score) or isotonic
// regression (a non-decreasing step function found by pool-adjacent-violators).
#include <algorithm>
#include <cmath>
#include <numeric>

#include "eligo/error.hpp"
#include "eligo/rank.hpp"
#include "rank/model_data.hpp"

namespace eligo {

namespace {

double weight_of(std::span<const double> weights, std::size_t i) { return weights.empty() ? 1.0 : weights[i]; }

// Platt (1999): fits sigmoid(a s + b) by Newton's method on the log-loss, with his
// smoothed targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2) so that a perfectly separating
// score does not push a to infinity.
void fit_platt(Calibrator& calibrator, std::span<const double> scores, std::span<const double> labels,
               std::span<const double> weights) {
  double positives = 0, negatives = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) (labels[i] > 0.5 ? positives : negatives) += weight_of(weights, i);
  const double high = (positives + 1) / (positives + 2), low = 1 / (negatives + 2);
  const auto loss_at = [&](double a, double b) {
    double loss = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      const double z = a * scores[i] + b;
      const double target = labels[i] > 0.5 ? high : low;
      const double softplus = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
      loss += weight_of(weights, i) * (softplus - target * z);
    }
    return loss;
  };
  double a = 1, b = 0, loss = loss_at(a, b);
  for (int iteration = 0; iteration < 100; ++iteration) {
    double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      const double p = detail::sigmoid(a * scores[i] + b);
      const double target = labels[i] > 0.5 ? high : low;
      const double w = weight_of(weights, i), curvature = w * p * (1 - p);
      ga += w * (p - target) * scores[i];
      gb += w * (p - target);
      haa += curvature * scores[i] * scores[i];
      hab += curvature * scores[i];
      hbb += curvature;
    }
    const double determinant = haa * hbb - hab * hab;
    if (!(determinant > 0)) break;
    const double step_a = (hbb * ga - hab * gb) / determinant, step_b = (haa * gb - hab * ga) / determinant;
    double scale = 1, next_loss = loss_at(a - step_a, b - step_b);
    for (int halving = 0; halving < 30 && next_loss > loss; ++halving) {
      scale *= 0.5;
      next_loss = loss_at(a - scale * step_a, b - scale * step_b);
    }
    if (next_loss > loss) break;
    a -= scale * step_a;
    b -= scale * step_b;
    const bool converged = loss - next_loss < 1e-12 * (1 + std::abs(loss));
    loss = next_loss;
    if (converged) break;
  }
  calibrator.platt_a = a;
  calibrator.platt_b = b;
}

void fit_isotonic(Calibrator& calibrator, std::span<const double> scores, std::span<const double> labels,
                  std::span<const double> weights) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t x, std::size_t y) { return scores[x] != scores[y] ? scores[x] < scores[y] : x < y; });
  struct Block {
    double first_score, sum, weight;
    double mean() const { return sum / weight; }
  };
  std::vector<Block> blocks;
  for (const auto i : order) {
    const double w = weight_of(weights, i);
    if (!blocks.empty() && blocks.back().first_score == scores[i]) {  // equal scores share a value
      blocks.back().sum += w * labels[i];
      blocks.back().weight += w;
    } else {
      blocks.push_back({scores[i], w * labels[i], w});
    }
    // Pool adjacent violators until the means are non-decreasing again.
    while (blocks.size() >= 2 && blocks[blocks.size() - 2].mean() >= blocks.back().mean()) {
      const Block last = blocks.back();
      blocks.pop_back();
      blocks.back().sum += last.sum;
      blocks.back().weight += last.weight;
    }
  }
  calibrator.isotonic_thresholds.clear();
  calibrator.isotonic_values.clear();
  for (const auto& block : blocks) {
    calibrator.isotonic_thresholds.push_back(block.first_score);
    calibrator.isotonic_values.push_back(block.mean());
  }
}

}  // namespace

Calibrator Calibrator::fit(CalibrationMethod method, std::span<const double> scores, std::span<const double> labels,
                           std::span<const double> weights) {
  if (scores.size() != labels.size() || (!weights.empty() && weights.size() != scores.size()))
    throw Error("calibration: scores, labels and weights must have the same length");
  if (scores.empty()) throw Error("calibration: no samples");
  for (std::size_t i = 0; i < scores.size(); ++i)
    if (!std::isfinite(scores[i]) || !(labels[i] >= 0 && labels[i] <= 1))
      throw Error("calibration: sample " + std::to_string(i) + " has a non-finite score or a label outside [0, 1]");
  if (method == CalibrationMethod::automatic)
    method = scores.size() >= isotonic_minimum_samples ? CalibrationMethod::isotonic : CalibrationMethod::platt;
  if (method == CalibrationMethod::isotonic && scores.size() < isotonic_minimum_samples)
    throw Error("isotonic calibration needs at least " + std::to_string(isotonic_minimum_samples) +
                " samples, got " + std::to_string(scores.size()) +
                ": with fewer the step function follows noise; use Platt scaling");
  Calibrator calibrator;
  calibrator.method = method;
  if (method == CalibrationMethod::platt) fit_platt(calibrator, scores, labels, weights);
  if (method == CalibrationMethod::isotonic) fit_isotonic(calibrator, scores, labels, weights);
  return calibrator;
}

double Calibrator::probability(double score) const {
  switch (method) {
    case CalibrationMethod::platt:
      return detail::sigmoid(platt_a * score + platt_b);
    case CalibrationMethod::isotonic: {
      if (isotonic_values.empty()) throw Error("isotonic calibrator without values");
      const auto after = std::upper_bound(isotonic_thresholds.begin(), isotonic_thresholds.end(), score);
      const auto block = after == isotonic_thresholds.begin() ? 0 : (after - isotonic_thresholds.begin()) - 1;
      return isotonic_values[static_cast<std::size_t>(block)];
    }
    case CalibrationMethod::none:
    case CalibrationMethod::automatic:
      break;
  }
  return detail::sigmoid(score);
}

std::vector<double> Calibrator::probabilities(std::span<const double> scores) const {
  std::vector<double> result(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) result[i] = probability(scores[i]);
  return result;
}

}  // namespace eligo
