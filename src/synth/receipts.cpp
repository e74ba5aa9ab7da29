#include "synth/receipts.hpp"

#include "eligo/takeup.hpp"

namespace eligo::synth {

BenefitReceipt draw_benefit_receipt(const Benefit& benefit, const BenefitResults& truth, std::uint16_t benefit_index,
                                    const std::vector<ClaimProfile>& profiles, double target_non_take_up,
                                    std::uint64_t seed) {
  const std::size_t groups = truth.status.size();
  const BenefitBehaviour behaviour = behaviour_of(benefit.id);
  Random uniform_stream(mix_seed(seed, stream_of(benefit.id)));
  Random reason_stream(mix_seed(seed, stream_of(benefit.id) + 1));

  std::vector<std::uint32_t> eligible;
  std::vector<double> scores, uniforms;
  for (std::size_t group = 0; group < groups; ++group) {
    const double u = uniform_stream.uniform();  // drawn for every group: stable draws
    if (truth.status[group] != Status::eligible) continue;
    eligible.push_back(static_cast<std::uint32_t>(group));
    uniforms.push_back(u);
    scores.push_back(claim_log_odds(profiles[group], behaviour, monthly_amount_cents(benefit, truth.amount_cents[group])));
  }
  const std::vector<double> weights(eligible.size(), 1.0);
  const double intercept = solve_intercept(scores, uniforms, weights, target_non_take_up);

  BenefitReceipt result;
  result.receipts.assign(groups, Receipt::no);
  std::size_t claimants = 0;
  for (std::size_t i = 0; i < eligible.size(); ++i) {
    TakeUpDetail detail;
    detail.group = eligible[i];
    detail.benefit = benefit_index;
    detail.claim_probability = logistic(intercept + scores[i]);
    detail.receives = uniforms[i] < detail.claim_probability;
    if (detail.receives) {
      result.receipts[eligible[i]] = Receipt::yes;
      ++claimants;
    } else {
      detail.reason = std::string(draw_reason(profiles[eligible[i]], reason_stream));
    }
    result.details.push_back(std::move(detail));
  }
  result.calibration.benefit = benefit.id;
  result.calibration.target_non_take_up = target_non_take_up;
  result.calibration.eligible = static_cast<double>(eligible.size());
  result.calibration.simulated_non_take_up =
      eligible.empty() ? 0.0 : 1.0 - static_cast<double>(claimants) / static_cast<double>(eligible.size());
  result.calibration.intercept = intercept;
  return result;
}

}  // namespace eligo::synth
