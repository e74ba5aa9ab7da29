#include "synth/accessibility.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "synth/ids.hpp"

namespace eligo::synth {

namespace {

// Insee Première n°1953 (2023): 15.4 % of people aged 15+ are digitally excluded, 62 % of
// those aged 75+, and it is 6.6 times as frequent in the poorest fifth as in the richest.
// Multipliers by income fifth span a ratio of 6.4; within each age band they are divided
// by their mean over the band, so that the band keeps its Insee rate.
constexpr std::array<double, 5> exclusion_by_quintile = {1.72, 1.24, 1.02, 0.75, 0.27};
constexpr std::size_t age_bands = 5;

std::size_t age_band(int age) { return age < 30 ? 0 : (age < 45 ? 1 : (age < 60 ? 2 : (age < 75 ? 3 : 4))); }

bool lives_alone(const Household& household) { return household.member_count == 1; }

// Drees VQS 2021 (orders of magnitude, assumption): severe difficulty seeing, hearing or
// with memory and concentration grows with age.
double visual_rate(int age) { return age < 60 ? 0.01 : (age < 75 ? 0.03 : 0.08); }
double hearing_rate(int age) { return age < 60 ? 0.01 : (age < 75 ? 0.04 : 0.12); }
double cognitive_rate(int age) { return age < 60 ? 0.02 : (age < 75 ? 0.03 : 0.08); }

// Fondation de France, Solitudes 2020 (rounded, assumption): about 11 % of adults are
// isolated, 27 % of those aged 75 or more; living alone makes it more likely.
double isolation_rate(int age, bool alone) {
  const double base = age >= 75 ? 0.27 : 0.11;
  return std::min(0.9, alone ? base * 1.6 : base * 0.7);
}

// Distance to France Services (ANCT: 99.7 % of people within 20 minutes): log-normal around
// 8 minutes in metropolitan France, further overseas and much further in Guyane.
std::uint16_t draw_travel_minutes(Territory territory, Random& random) {
  double minutes = 0;
  switch (territory) {
    case Territory::metropole: minutes = random.lognormal(8.0, 0.33); break;
    case Territory::guyane: minutes = random.lognormal(20.0, 0.7); break;
    default: minutes = random.lognormal(10.0, 0.4); break;
  }
  return static_cast<std::uint16_t>(std::clamp(std::lround(minutes), 1L, 600L));
}

DigitalAccess draw_digital_access(int age, int quintile, double band_mean, Random& random) {
  const double excluded =
      std::min(0.97, digital_exclusion_by_age(age) * exclusion_by_quintile[quintile - 1] / band_mean);
  if (random.chance(excluded)) return DigitalAccess::none;
  // Among the others, some manage only with help (assumption: a fifth past 60, a tenth before).
  return random.chance(age >= 60 ? 0.20 : 0.10) ? DigitalAccess::low : DigitalAccess::autonomous;
}

}  // namespace

double digital_exclusion_by_age(int age) {
  if (age < 30) return 0.05;
  if (age < 45) return 0.07;
  if (age < 60) return 0.12;
  if (age < 75) return 0.20;
  return 0.62;
}

void draw_accessibility(World& world, Random& random) {
  std::array<double, age_bands> multiplier_sum{}, count{};
  for (const Person& person : world.persons) {
    if (person.age < 15) continue;
    const auto band = age_band(person.age);
    multiplier_sum[band] += exclusion_by_quintile[world.households[person.household].income_quintile - 1];
    count[band] += 1;
  }
  std::array<double, age_bands> band_mean{};
  for (std::size_t band = 0; band < age_bands; ++band)
    band_mean[band] = count[band] > 0 ? multiplier_sum[band] / count[band] : 1.0;

  world.profiles.reserve(world.persons.size());
  for (std::size_t p = 0; p < world.persons.size(); ++p) {
    Person& person = world.persons[p];
    if (person.age < 15) continue;
    const Household& household = world.households[person.household];
    person.profile = static_cast<std::int32_t>(world.profiles.size());
    AccessibilityProfile& profile = world.profiles.emplace_back();  // filled in place: no copy of its strings
    profile.person_id = person_id(p);
    profile.digital_access =
        draw_digital_access(person.age, household.income_quintile, band_mean[age_band(person.age)], random);
    profile.visual_need = random.chance(visual_rate(person.age));
    profile.hearing_need = random.chance(hearing_rate(person.age));
    profile.cognitive_need = random.chance(cognitive_rate(person.age) + (person.disability ? 0.15 : 0.0));
    // Language (assumption): most recent arrivals from outside the EU do not yet speak
    // French as their main language; seven in ten of them need an interpreter.
    double other_language = 0.005;
    if (person.nationality != Nationality::french)
      other_language = person.recent_arrival ? (person.nationality == Nationality::non_eu ? 0.60 : 0.40) : 0.15;
    if (random.chance(other_language)) {
      profile.language = "other";
      profile.interpreter_need = random.chance(0.70);
    }
    profile.isolated = person.role != Role::child && random.chance(isolation_rate(person.age, lives_alone(household)));
    profile.travel_minutes = draw_travel_minutes(household.territory, random);
    // Online accounts at the CAF or ameli (assumption): most people who use the internet
    // alone have one, few of the others; recent arrivals less often.
    double account = profile.digital_access == DigitalAccess::autonomous
                         ? 0.85
                         : (profile.digital_access == DigitalAccess::low ? 0.50 : 0.10);
    if (person.recent_arrival) account *= 0.6;
    profile.online_account = random.chance(account);
    profile.past_unanswered_contact = random.chance(profile.isolated ? 0.15 : 0.08);
    profile.recent_arrival = person.recent_arrival;
  }
}

}  // namespace eligo::synth
