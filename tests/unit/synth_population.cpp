// The synthetic population: determinism, distributions against their sources, calibrated
// non-take-up, the campaign, and its CSV files read back.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "eligo/program.hpp"
#include "eligo/synth.hpp"
#include "synth/accessibility.hpp"
#include "synth/campaign.hpp"
#include "takeup_support.hpp"

using namespace eligo;

namespace {

const Program& minima_program() {
  static const Program program = Program::compile(test::minima_pack());
  return program;
}

// One population shared by the tests that only read it: 20,000 households, seed 11.
const SyntheticPopulation& shared_population() {
  static const SyntheticPopulation synthetic = [] {
    SynthOptions options;
    options.households = 20'000;
    options.seed = 11;
    return synthesize(minima_program(), options);
  }();
  return synthetic;
}

int full_years(Date born, Date at) { return full_years_between(born, at); }

template <typename Table>
bool same_columns(const Table& a, const Table& b) {
  if (a.ids != b.ids || a.columns.size() != b.columns.size()) return false;
  for (const auto& [name, column] : a.columns) {
    const auto& other = b.columns.at(name);
    if (column.size() != other.size() || column.width() != other.width()) return false;
    for (std::size_t row = 0; row < column.size(); ++row)
      if (column.value(row) != other.value(row)) return false;
    if (!std::equal(column.validity().begin(), column.validity().end(), other.validity().begin(),
                    other.validity().end()))
      return false;
  }
  return true;
}

bool same_receipts(const ReceiptTable& a, const ReceiptTable& b) {
  if (a.group_ids() != b.group_ids() || a.benefits() != b.benefits()) return false;
  for (std::size_t benefit = 0; benefit < a.benefits().size(); ++benefit)
    for (std::size_t group = 0; group < a.group_count(); ++group)
      if (a.get(benefit, group) != b.get(benefit, group)) return false;
  return true;
}

bool same_campaign(const std::vector<CampaignContact>& a, const std::vector<CampaignContact>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].group_id != b[i].group_id || a[i].benefit != b[i].benefit || a[i].contacted != b[i].contacted ||
        a[i].channel != b[i].channel || a[i].claimed_within_3_months != b[i].claimed_within_3_months)
      return false;
  return true;
}

bool same_profiles(const std::vector<AccessibilityProfile>& a, const std::vector<AccessibilityProfile>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].person_id != b[i].person_id || a[i].digital_access != b[i].digital_access ||
        a[i].travel_minutes != b[i].travel_minutes || a[i].isolated != b[i].isolated ||
        a[i].language != b[i].language || a[i].online_account != b[i].online_account)
      return false;
  return true;
}

// Simulated non-take-up of a benefit, counted from the receipt table against the truth.
double simulated_non_take_up(const SyntheticPopulation& synthetic, const std::string& benefit) {
  const auto b = synthetic.receipts.find_benefit(benefit);
  REQUIRE(b.has_value());
  double eligible = 0, not_receiving = 0;
  for (std::size_t group = 0; group < synthetic.receipts.group_count(); ++group) {
    if (synthetic.truth.eligible[*b][group] == 0) continue;
    eligible += 1;
    not_receiving += synthetic.receipts.get(*b, group) == Receipt::no;
  }
  REQUIRE(eligible > 100);
  return not_receiving / eligible;
}

}  // namespace

TEST_CASE("a seed gives the same tables every time, another seed others", "[synth]") {
  SynthOptions options;
  options.households = 3'000;
  options.seed = 5;
  const auto first = synthesize(minima_program(), options);
  const auto second = synthesize(minima_program(), options);
  CHECK(same_columns(first.population.groups(), second.population.groups()));
  CHECK(same_columns(first.population.persons(), second.population.persons()));
  CHECK(same_receipts(first.receipts, second.receipts));
  CHECK(same_profiles(first.accessibility, second.accessibility));
  CHECK(same_campaign(first.campaign, second.campaign));

  options.seed = 6;
  const auto other = synthesize(minima_program(), options);
  CHECK_FALSE(same_columns(first.population.persons(), other.population.persons()));
  CHECK_FALSE(same_profiles(first.accessibility, other.accessibility));
}

TEST_CASE("household types and sizes follow the census shares", "[synth]") {
  const Population& population = shared_population().population;
  const auto& roles = test::minima_pack().entities.roles;
  const auto role_of = [&](std::size_t person) { return roles.at(population.person_role()[person]); };
  std::map<std::string, double> types;
  for (std::size_t group = 0; group < population.group_count(); ++group) {
    bool partner = false, children = false;
    for (std::uint32_t p = population.member_begin(group); p < population.member_begin(group + 1); ++p) {
      partner = partner || role_of(p) == "conjoint";
      children = children || role_of(p) == "enfant";
    }
    types[partner ? (children ? "couple_children" : "couple") : (children ? "single_parent" : "single")] += 1;
  }
  const double n = static_cast<double>(population.group_count());
  CHECK(types["single"] / n == Approx(0.38).margin(0.015));
  CHECK(types["couple"] / n == Approx(0.26).margin(0.015));
  CHECK(types["couple_children"] / n == Approx(0.26).margin(0.015));
  CHECK(types["single_parent"] / n == Approx(0.10).margin(0.01));
  const double persons_per_household = static_cast<double>(population.person_count()) / n;
  CHECK(persons_per_household > 2.0);  // Insee 2020: 2.2
  CHECK(persons_per_household < 2.4);
}

TEST_CASE("territory, nationality and incomes are plausible", "[synth]") {
  const Population& population = shared_population().population;
  const auto& residence = population.groups().columns.at("residence");
  double overseas = 0;
  for (std::size_t g = 0; g < population.group_count(); ++g) overseas += residence.value(g) != 0;
  CHECK(overseas / static_cast<double>(population.group_count()) == Approx(0.032).margin(0.008));

  const auto& nationality = population.persons().columns.at("nationalite");
  const auto& salary = population.persons().columns.at("salaire_net");
  const auto& pension = population.persons().columns.at("retraite_nette");
  double foreigners = 0, earners = 0, pensioners = 0;
  std::vector<std::int64_t> wages;
  for (std::size_t p = 0; p < population.person_count(); ++p) {
    foreigners += nationality.value(p) != 0;
    if (salary.value(p) > 0) wages.push_back(salary.value(p));
    earners += salary.value(p) > 0;
    pensioners += pension.value(p) > 0;
  }
  const double persons = static_cast<double>(population.person_count());
  CHECK(foreigners / persons == Approx(0.08).margin(0.02));
  CHECK(earners / persons == Approx(0.38).margin(0.08));     // 30 million employees, 68 million people
  CHECK(pensioners / persons == Approx(0.22).margin(0.06));  // 17 million pensioners
  std::nth_element(wages.begin(), wages.begin() + static_cast<std::ptrdiff_t>(wages.size() / 2), wages.end());
  const double median_wage = static_cast<double>(wages[wages.size() / 2]) / 100.0;
  CHECK(median_wage > 1500);  // part time and short contracts pull it below 2,100
  CHECK(median_wage < 2200);
}

TEST_CASE("ages are the drawn ones at the period", "[synth]") {
  const Population& population = shared_population().population;
  const auto& born = population.persons().columns.at("date_naissance");
  const Date start = Period{2025, 10}.start();
  int oldest = 0, youngest = 200;
  for (std::size_t p = 0; p < population.person_count(); ++p) {
    const int age = full_years(Date{static_cast<std::int32_t>(born.value(p))}, start);
    oldest = std::max(oldest, age);
    youngest = std::min(youngest, age);
  }
  CHECK(youngest == 0);
  CHECK(oldest <= 97);
  CHECK(oldest >= 90);
}

TEST_CASE("digital exclusion follows age as Insee measured it", "[synth]") {
  const auto& synthetic = shared_population();
  const auto& born = synthetic.population.persons().columns.at("date_naissance");
  std::map<std::string, std::size_t> person_row;
  for (std::size_t p = 0; p < synthetic.population.person_count(); ++p)
    person_row.emplace(synthetic.population.persons().ids[p], p);
  const Date start = Period{2025, 10}.start();
  double old = 0, old_excluded = 0, all = 0, excluded = 0;
  for (const auto& profile : synthetic.accessibility) {
    const auto p = person_row.at(profile.person_id);
    const int age = full_years(Date{static_cast<std::int32_t>(born.value(p))}, start);
    REQUIRE(age >= 15);
    const bool none = profile.digital_access == DigitalAccess::none;
    all += 1;
    excluded += none;
    if (age >= 75) {
      old += 1;
      old_excluded += none;
    }
  }
  CHECK(old_excluded / old == Approx(0.62).margin(0.08));  // Insee Première 1953: 62 % at 75+
  CHECK(excluded / all == Approx(0.154).margin(0.05));     // 15.4 % at 15+ (our adults are older)
  CHECK(synth::digital_exclusion_by_age(80) == Approx(0.62));
}

TEST_CASE("France Services is within 20 minutes for almost everyone", "[synth]") {
  double within = 0;
  for (const auto& profile : shared_population().accessibility) within += profile.travel_minutes <= 20;
  CHECK(within / static_cast<double>(shared_population().accessibility.size()) > 0.985);  // ANCT: 99.7 %
}

TEST_CASE("non-take-up is calibrated to the DREES figures", "[synth]") {
  const auto& synthetic = shared_population();
  CHECK(simulated_non_take_up(synthetic, "rsa") == Approx(0.34).margin(0.03));
  CHECK(simulated_non_take_up(synthetic, "css") == Approx(0.44).margin(0.03));
  CHECK(simulated_non_take_up(synthetic, "aspa") == Approx(0.50).margin(0.03));
  for (const auto& calibration : synthetic.calibration)
    CHECK(calibration.simulated_non_take_up == Approx(calibration.target_non_take_up).margin(0.005));

  SECTION("targets can be overridden") {
    SynthOptions options;
    options.households = 5'000;
    options.non_take_up_targets["rsa"] = 0.60;
    const auto other = synthesize(minima_program(), options);
    CHECK(simulated_non_take_up(other, "rsa") == Approx(0.60).margin(0.01));
  }
}

TEST_CASE("the take-up model has the gradients DREES reports", "[synth]") {
  const auto& synthetic = shared_population();
  const auto& aid = synthetic.population.groups().columns.at("aide_logement");
  const auto& housing = synthetic.population.groups().columns.at("statut_occupation_logement");
  const auto rsa = *synthetic.receipts.find_benefit("rsa");
  const auto aspa = *synthetic.receipts.find_benefit("aspa");
  double with_aid = 0, with_aid_not = 0, without = 0, without_not = 0;
  double social = 0, social_not = 0, owners = 0, owners_not = 0;
  double small = 0, small_not = 0, large = 0, large_not = 0;
  for (const auto& detail : synthetic.details) {
    const bool not_claiming = !detail.receives;
    if (detail.benefit == rsa) {
      (aid.value(detail.group) > 0 ? with_aid : without) += 1;
      (aid.value(detail.group) > 0 ? with_aid_not : without_not) += not_claiming;
      const auto tenure = test::minima_pack().find_input("statut_occupation_logement")->enum_values.at(
          static_cast<std::size_t>(housing.value(detail.group)));
      if (tenure == "locataire_hlm") {
        social += 1;
        social_not += not_claiming;
      }
      if (tenure == "proprietaire" || tenure == "primo_accedant") {
        owners += 1;
        owners_not += not_claiming;
      }
    }
    if (detail.benefit == aspa) {
      const auto monthly = synthetic.truth.monthly_cents[aspa][detail.group];
      if (monthly < 100'00) {
        small += 1;
        small_not += not_claiming;
      } else if (monthly >= 400'00) {
        large += 1;
        large_not += not_claiming;
      }
    }
  }
  CHECK(with_aid_not / with_aid < without_not / without - 0.10);  // DREES: 18 % against 57 %
  CHECK(social_not / social < owners_not / owners - 0.15);        // 15 % against 61 %
  CHECK(small_not / small > large_not / large + 0.20);            // 77 % under 100 EUR, 22 % at 500-600
}

TEST_CASE("the campaign has a random control group and usable channels", "[synth]") {
  const auto& synthetic = shared_population();
  REQUIRE(synthetic.campaign.size() > 1000);
  std::map<std::string, const AccessibilityProfile*> profile_of;
  for (const auto& profile : synthetic.accessibility) profile_of[profile.person_id] = &profile;
  double contacted = 0;
  for (const auto& contact : synthetic.campaign) {
    contacted += contact.contacted;
    CHECK(contact.contacted == contact.channel.has_value());
    if (!contact.channel) continue;
    const auto usable = synth::usable_channels(*profile_of.at(contact.person_id));
    CHECK(std::find(usable.begin(), usable.end(), *contact.channel) != usable.end());
  }
  CHECK(contacted / static_cast<double>(synthetic.campaign.size()) == Approx(0.5).margin(0.03));
}

TEST_CASE("contact raises claims by about the effects in the literature", "[synth]") {
  // A large campaign so that the effects per channel are measured within a point or two.
  SynthOptions options;
  options.households = 60'000;
  options.seed = 3;
  options.campaign_contacted_share = 0.8;
  const auto synthetic = synthesize(minima_program(), options);
  std::map<std::string, std::pair<double, double>> by_arm;  // claims, groups
  for (const auto& contact : synthetic.campaign) {
    const std::string arm = contact.channel ? std::string(to_string(*contact.channel)) : "control";
    by_arm[arm].first += contact.claimed_within_3_months;
    by_arm[arm].second += 1;
  }
  const auto rate = [&](const std::string& arm) { return by_arm[arm].first / by_arm[arm].second; };
  // Effects are set among truly eligible non-claimants; candidates include some who are
  // not (undetermined on the agency's data), which dilutes them a little.
  CHECK(rate("letter") - rate("control") == Approx(0.05).margin(0.025));
  CHECK(rate("letter_with_help") - rate("control") == Approx(0.12).margin(0.03));
  CHECK(rate("counter") > rate("letter_with_help"));
  CHECK(rate("control") < 0.08);
}

TEST_CASE("inputs the generator does not model get plausible values, a few unknown", "[synth]") {
  const auto& pets = shared_population().population.groups().columns.at("nombre_animaux");
  double unknown = 0;
  for (std::size_t g = 0; g < pets.size(); ++g) {
    if (!pets.is_known(g)) {
      unknown += 1;
      continue;
    }
    CHECK(pets.value(g) >= 0);
    CHECK(pets.value(g) <= 5);
  }
  CHECK(unknown / static_cast<double>(pets.size()) == Approx(0.02).margin(0.005));
}

TEST_CASE("the example pack's schema is filled by name", "[synth]") {
  const RulePack example = load_pack(std::string(ELIGO_RULES_DIR) + "/example");
  const Program program = Program::compile(example);
  SynthOptions options;
  options.households = 2'000;
  const auto synthetic = synthesize(program, options);
  CHECK(synthetic.calibration.size() == example.benefits.size());
  const auto& tenure = synthetic.population.groups().columns.at("statut_occupation");
  std::map<std::int64_t, int> seen;
  for (std::size_t g = 0; g < tenure.size(); ++g) seen[tenure.value(g)] += 1;
  CHECK(seen.size() == 3);  // locataire, proprietaire, heberge
  const auto& earnings = synthetic.population.groups().columns.at("revenus_activite_trimestre");
  CHECK(earnings.is_known(0));
}

TEST_CASE("with the French pack, non-take-up meets the DREES figures", "[synth][fr]") {
  const RulePack french = load_pack(std::string(ELIGO_RULES_DIR) + "/fr");
  const Program program = Program::compile(french);
  SynthOptions options;
  options.households = 20'000;
  options.seed = 11;
  options.threads = 2;
  const auto synthetic = synthesize(program, options);
  CHECK(simulated_non_take_up(synthetic, "rsa") == Approx(0.34).margin(0.03));
  CHECK(simulated_non_take_up(synthetic, "css") == Approx(0.44).margin(0.03));
  CHECK(simulated_non_take_up(synthetic, "aspa") == Approx(0.50).margin(0.03));
  CHECK(simulated_non_take_up(synthetic, "ppa") == Approx(0.30).margin(0.03));

  // Detection on the agency's data finds most of the simulated non-claimants: what it
  // misses is undetermined (self-employed income not yet assessed, Mayotte).
  const Results observed = program.evaluate(synthetic.population, options.period);
  const auto statistics = take_up_statistics(french, observed, synthetic.receipts, synthetic.population,
                                             &synthetic.truth);
  for (const auto& row : statistics.by_benefit) {
    INFO(row.benefit);
    CHECK(row.eligible <= *row.true_eligible + 0.5);
    CHECK(row.eligible + row.undetermined >= *row.true_eligible - 0.5);
    CHECK(row.non_take_up_rate == Approx(*row.true_non_take_up_rate).margin(0.03));
  }
}
