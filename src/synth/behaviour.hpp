// The behavioural model of take-up: for a group eligible by the rules, the log-odds of
// claiming are a per-benefit intercept plus the gradients FACTS.md reports (amount at
// stake, prior contact, digital exclusion, age, isolation, recent arrival, housing aid,
// lone mothers against childless couples, social tenants against owners). The intercept
// is solved on the simulated population so that non-take-up meets its target.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "synth/random.hpp"
#include "synth/world.hpp"

namespace eligo::synth {

struct BenefitBehaviour {
  std::string_view benefit;
  double non_take_up;           // target share of eligible groups not receiving
  double amount_elasticity;     // log-odds of claiming per unit of log(amount / reference)
  double reference_euros;       // a typical monthly amount
  bool amount_is_contribution;  // the pack's amount is what the group pays (CSS)
};

// The documented behaviour of a benefit; unknown benefits get a 30 % target.
BenefitBehaviour behaviour_of(std::string_view benefit);

// What in a household makes claiming more or less likely (the claimant's profile, or the
// best of the adults' for digital access and online accounts: a partner can do it).
struct ClaimProfile {
  bool housing_aid = false;
  bool lone_mother = false;
  bool couple_without_children = false;
  bool social_tenant = false;
  bool owner = false;
  bool digital_none = false;
  bool digital_low = false;
  bool no_online_account = false;
  bool aged_75 = false;
  bool isolated = false;
  bool recent_arrival = false;
  bool interpreter_need = false;
  bool cognitive_need = false;
  bool past_unanswered_contact = false;
};

ClaimProfile claim_profile(const World& world, const Household& household);

// Log-odds of claiming from the profile and the amount, without the intercept.
double claim_log_odds(const ClaimProfile& profile, const BenefitBehaviour& behaviour, std::int64_t monthly_cents);

double logistic(double log_odds);

// The intercept at which the weighted share of groups with uniform >= logistic(intercept +
// score) (the non-claimants) equals `non_take_up`, solved exactly on these draws: a group
// claims when intercept > logit(u) - score, so the intercept is a weighted quantile.
double solve_intercept(std::span<const double> scores, std::span<const double> uniforms,
                       std::span<const double> weights, double non_take_up);

// Why a non-claimant does not claim (Odenore typology, DREES Baromètre 2021 shares),
// shifted by the profile: not_knowing, complexity, fear, autonomy, other.
std::string_view draw_reason(const ClaimProfile& profile, Random& random);

}  // namespace eligo::synth
