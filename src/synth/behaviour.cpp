#include "synth/behaviour.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace eligo::synth {

namespace {

// Non-take-up targets and amount gradients (docs/synthetic-population.md, "Take-up"):
// RSA 34 %, CSS 44 % (DREES), ASPA 50 % with a strong amount gradient (77 % under
// 100 EUR a month, 22 % at 500-600 EUR: about one log-odds unit per unit of log amount);
// the others are assumptions.
constexpr std::array<BenefitBehaviour, 11> behaviours = {{
    {"rsa", 0.34, 0.5, 500.0, false},
    {"css", 0.44, 0.0, 0.0, true},
    {"aspa", 0.50, 1.0, 300.0, false},
    {"ppa", 0.30, 0.5, 200.0, false},
    {"aah", 0.10, 0.3, 800.0, false},
    {"af", 0.05, 0.3, 150.0, false},
    {"ars", 0.05, 0.3, 35.0, false},
    {"cheque_energie", 0.20, 0.3, 15.0, false},
    {"aide_energie", 0.20, 0.3, 15.0, false},
    {"allocation_enfants", 0.05, 0.3, 150.0, false},
    {"aide_logement_simple", 0.20, 0.3, 150.0, false},
}};

constexpr double default_non_take_up = 0.30;

// Partial effects on the log-odds of claiming. FACTS.md gives raw gaps (RSA: housing aid
// 18 % vs 57 % non-take-up, lone mothers 16 % vs childless couples 49 %, social tenants
// 15 % / private 33 % / owners 61 %); these factors overlap, so each partial effect is set
// to about two thirds of its raw log-odds gap. The DREES Baromètre and Odenore name the
// other determinants without a size: their effects are assumptions of the same order.
constexpr double effect_housing_aid = 1.2;
constexpr double effect_lone_mother = 0.8;
constexpr double effect_couple_without_children = -0.5;
constexpr double effect_social_tenant = 0.6;
constexpr double effect_owner = -0.8;
constexpr double effect_digital_none = -0.6;
constexpr double effect_digital_low = -0.25;
constexpr double effect_no_online_account = -0.4;  // no prior contact with the agency
constexpr double effect_aged_75 = -0.4;
constexpr double effect_isolated = -0.4;
constexpr double effect_recent_arrival = -0.7;
constexpr double effect_interpreter = -0.3;
// CSS: free 31 % against contributory 67 % non-take-up (DREES 2022): 1.5 log-odds apart.
constexpr double effect_contribution = -1.5;

double amount_term(const BenefitBehaviour& behaviour, std::int64_t monthly_cents) {
  if (behaviour.amount_is_contribution) return monthly_cents > 0 ? effect_contribution : 0.0;
  if (behaviour.amount_elasticity == 0.0) return 0.0;
  const double amount = std::max(5.0, static_cast<double>(monthly_cents) / 100.0);
  return behaviour.amount_elasticity * std::log(amount / behaviour.reference_euros);
}

}  // namespace

BenefitBehaviour behaviour_of(std::string_view benefit) {
  for (const auto& behaviour : behaviours)
    if (behaviour.benefit == benefit) return behaviour;
  return {benefit, default_non_take_up, 0.3, 100.0, false};
}

ClaimProfile claim_profile(const World& world, const Household& household) {
  ClaimProfile profile;
  const Person& claimant = world.persons[household.first_member];
  profile.housing_aid = household.housing_aid > 0;
  profile.lone_mother = household.type == HouseholdType::single_parent && claimant.female;
  profile.couple_without_children = household.type == HouseholdType::couple;
  profile.social_tenant = household.tenure == Tenure::social_tenant;
  profile.owner = household.tenure == Tenure::owner || household.tenure == Tenure::owner_with_loan;
  profile.aged_75 = claimant.age >= 75;
  profile.recent_arrival = claimant.recent_arrival;
  DigitalAccess best = DigitalAccess::none;
  bool account = false;
  bool interpreter = true;
  for (std::uint32_t p = household.first_member; p < household.first_member + household.member_count; ++p) {
    const Person& person = world.persons[p];
    if (person.role == Role::child || person.profile < 0) continue;
    const AccessibilityProfile& access = world.profiles[static_cast<std::size_t>(person.profile)];
    best = std::max(best, access.digital_access);
    account = account || access.online_account;
    interpreter = interpreter && access.interpreter_need;
  }
  profile.digital_none = best == DigitalAccess::none;
  profile.digital_low = best == DigitalAccess::low;
  profile.no_online_account = !account;
  profile.interpreter_need = interpreter;
  if (claimant.profile >= 0) {
    const AccessibilityProfile& access = world.profiles[static_cast<std::size_t>(claimant.profile)];
    profile.isolated = access.isolated;
    profile.cognitive_need = access.cognitive_need;
    profile.past_unanswered_contact = access.past_unanswered_contact;
  }
  return profile;
}

double claim_log_odds(const ClaimProfile& p, const BenefitBehaviour& behaviour, std::int64_t monthly_cents) {
  double log_odds = amount_term(behaviour, monthly_cents);
  if (p.housing_aid) log_odds += effect_housing_aid;
  if (p.lone_mother) log_odds += effect_lone_mother;
  if (p.couple_without_children) log_odds += effect_couple_without_children;
  if (p.social_tenant) log_odds += effect_social_tenant;
  if (p.owner) log_odds += effect_owner;
  if (p.digital_none) log_odds += effect_digital_none;
  if (p.digital_low) log_odds += effect_digital_low;
  if (p.no_online_account) log_odds += effect_no_online_account;
  if (p.aged_75) log_odds += effect_aged_75;
  if (p.isolated) log_odds += effect_isolated;
  if (p.recent_arrival) log_odds += effect_recent_arrival;
  if (p.interpreter_need) log_odds += effect_interpreter;
  return log_odds;
}

double logistic(double log_odds) { return 1.0 / (1.0 + std::exp(-log_odds)); }

double solve_intercept(std::span<const double> scores, std::span<const double> uniforms,
                       std::span<const double> weights, double non_take_up) {
  const std::size_t n = scores.size();
  if (n == 0) return 0.0;
  // Threshold of each group: it claims when the intercept exceeds it.
  std::vector<double> thresholds(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double u = std::clamp(uniforms[i], 1e-12, 1.0 - 1e-12);
    thresholds[i] = std::log(u / (1.0 - u)) - scores[i];
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return thresholds[a] != thresholds[b] ? thresholds[a] < thresholds[b] : a < b;
  });
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  const double claimants = (1.0 - non_take_up) * total;
  // The k lowest thresholds whose weight comes closest to the claimants' share claim; the
  // intercept sits halfway between the k-th and the next threshold.
  std::size_t best = 0;
  double best_gap = claimants;
  double taken = 0;
  for (std::size_t k = 1; k <= n; ++k) {
    taken += weights[order[k - 1]];
    const double gap = std::abs(taken - claimants);
    if (gap < best_gap) {
      best = k;
      best_gap = gap;
    }
  }
  if (best == 0) return thresholds[order[0]] - 1.0;
  if (best == n) return thresholds[order[n - 1]] + 1.0;
  return 0.5 * (thresholds[order[best - 1]] + thresholds[order[best]]);
}

std::string_view draw_reason(const ClaimProfile& profile, Random& random) {
  // DREES Baromètre 2021: lack of information 39 %, complexity 23 %, fear of the
  // consequences 18 %, autonomy or stigma 16 %; the 4 % left are other reasons.
  std::array<double, 5> weights = {0.39, 0.23, 0.18, 0.16, 0.04};
  if (profile.digital_none || profile.digital_low || profile.cognitive_need) weights[1] *= 2.0;
  if (profile.recent_arrival || profile.no_online_account) weights[0] *= 1.5;
  if (profile.owner || profile.aged_75) weights[3] *= 1.5;
  static constexpr std::array<std::string_view, 5> reasons = {"not_knowing", "complexity", "fear", "autonomy", "other"};
  return reasons[random.pick(weights)];
}

}  // namespace eligo::synth
