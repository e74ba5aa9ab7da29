// Who receives each benefit: among groups eligible on complete data, claimants are drawn
// from the calibrated take-up model; groups not eligible do not receive it.
#pragma once

#include <vector>

#include "eligo/pack.hpp"
#include "eligo/results.hpp"
#include "eligo/synth.hpp"
#include "synth/behaviour.hpp"

namespace eligo::synth {

struct BenefitReceipt {
  std::vector<Receipt> receipts;         // per group
  std::vector<TakeUpDetail> details;     // per eligible group
  Calibration calibration;
};

// `benefit_index` is the benefit's position in the truth table. The draws of a benefit
// come from a stream named after it, so adding a benefit to a pack changes no other.
BenefitReceipt draw_benefit_receipt(const Benefit& benefit, const BenefitResults& truth, std::uint16_t benefit_index,
                                    const std::vector<ClaimProfile>& profiles, double target_non_take_up,
                                    std::uint64_t seed);

}  // namespace eligo::synth
