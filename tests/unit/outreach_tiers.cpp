// What the planner does with the contact list as `eligo rank` writes it: an undetermined
// right has an unknown amount (not 0), and a gain of 0 or less is never contacted before a
// positive one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "bundled_packs.hpp"
#include "eligo/outreach.hpp"
#include "eligo/pipeline.hpp"

namespace eligo::outreach {
namespace {

using test_packs::french_pack;

// Five people at ease with letters; only letters have capacity.
struct Case {
  std::vector<Candidate> candidates = {
      {"P1", "rsa", 0.5, 10000},        // 100.00 EUR a month
      {"P2", "rsa", -0.2, 20000},       // the model expects the contact to put them off
      {"P3", "css", 0.3, std::nullopt},  // undetermined: amount unknown
      {"P4", "rsa", 0.0, 30000},        // the contact changes nothing
      {"P5", "rsa", 0.1, 5000},
  };
  std::vector<AccessibilityProfile> profiles;

  Case() {
    for (const Candidate& c : candidates) {
      AccessibilityProfile profile;
      profile.person_id = c.person_id;
      profile.digital_access = DigitalAccess::autonomous;
      profile.travel_minutes = 10;
      profile.age = 40;
      profiles.push_back(profile);
    }
  }

  Plan plan(std::size_t letters, Objective objective) const {
    Capacity capacity;
    capacity.set(Channel::letter, letters);
    return build_plan(ChannelPolicy::of(french_pack()), candidates, profiles, capacity, PlanOptions{objective});
  }
};

std::vector<std::string> persons(const Plan& plan) {
  std::vector<std::string> ids;
  for (const PlanLine& line : plan.lines()) ids.push_back(line.person_id);
  return ids;
}

double letter_value(const PlanLine& line) {
  for (const ChannelValue& option : line.options)
    if (option.channel == Channel::letter) return option.value;
  return 0;
}

TEST_CASE("Tiers: no gain is never contacted before a positive gain", "[outreach][planner]") {
  const Case people;
  const Plan three = people.plan(3, Objective::rights_opened);
  CHECK(persons(three) == std::vector<std::string>{"P1", "P3", "P5"});
  CHECK(three.not_contacted == std::vector<std::string>{"P2", "P4"});
  const double letter = letter_value(three.lines()[0]) / 0.5;  // the letter's effectiveness for these people
  CHECK(letter > 0);
  CHECK(three.expected_value == Approx((0.5 + 0.3 + 0.1) * letter));

  // Room for everyone: the gains of 0 and below come last, least negative first.
  const Plan five = people.plan(5, Objective::rights_opened);
  CHECK(persons(five) == std::vector<std::string>{"P1", "P3", "P5", "P4", "P2"});
  CHECK(five.lines()[3].tier == ContactTier::no_gain);
  CHECK(five.lines()[4].tier == ContactTier::no_gain);
  CHECK(five.lines()[4].expected_gain == Approx(-0.2));
  CHECK(five.lines()[4].channel == Channel::letter);
  CHECK(five.expected_value == Approx(three.expected_value));  // the last tier adds nothing to it
}

TEST_CASE("Tiers: an unknown amount is not 0 euros, and comes after known amounts", "[outreach][planner]") {
  const Case people;
  const Plan rights = people.plan(3, Objective::rights_opened);
  const PlanLine& undetermined = rights.lines()[1];
  REQUIRE(undetermined.person_id == "P3");
  CHECK(undetermined.known_amount_cents == 0);
  CHECK(undetermined.unknown_amounts == 1);
  CHECK(undetermined.tier == ContactTier::positive_gain);  // counting rights, its gain is enough

  // Counting euros, P3's 0.3 cannot be weighed in euros: P5 (0.1 x 50 EUR) goes first.
  const Plan euros = people.plan(2, Objective::euros_opened);
  CHECK(persons(euros) == std::vector<std::string>{"P1", "P5"});
  CHECK(euros.not_contacted == std::vector<std::string>{"P2", "P3", "P4"});
  const double letter = letter_value(euros.lines()[0]) / (0.5 * 100);
  CHECK(euros.expected_value == Approx((0.5 * 100 + 0.1 * 50) * letter));
  const Plan more = people.plan(3, Objective::euros_opened);
  CHECK(persons(more) == std::vector<std::string>{"P1", "P5", "P3"});
  CHECK(more.lines()[2].tier == ContactTier::unknown_amount);
  CHECK(letter_value(more.lines()[2]) == Approx(0.3 * letter * 100 / 100));

  // Through JSON and back: the tier and the unknown amount are kept.
  const Plan read = plan_from_json(plan_to_json(more));
  CHECK(read.lines()[2].tier == ContactTier::unknown_amount);
  CHECK(read.lines()[2].unknown_amounts == 1);
  CHECK(read.lines()[0].known_amount_cents == 10000);
}

std::filesystem::path written(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("eligo_tiers_" + name);
  std::ofstream(path) << text;
  return path;
}

TEST_CASE("Tiers: the contact list of `eligo rank` is read as it is", "[outreach][tables]") {
  const auto ranked = written("ranked.csv",
                              "rank,famille_id,person_id,benefit,status,monthly_amount,non_claimant_probability,"
                              "expected_gain,within_capacity\n"
                              "1,F1,P1,rsa,eligible,646.52,0.800000,0.120000,true\n"
                              "2,F2,P2,css,undetermined,,0.600000,-0.050000,true\n"
                              "3,F3,P3,af,eligible,148.52,0.400000,,false\n");
  const std::vector<Candidate> candidates = read_candidates_csv(ranked);
  REQUIRE(candidates.size() == 3);
  CHECK(candidates[0].amount_cents == 64652);
  CHECK(candidates[0].expected_gain == Approx(0.12));
  CHECK_FALSE(candidates[1].amount_cents.has_value());  // unknown, not 0
  CHECK(candidates[1].expected_gain == Approx(-0.05));
  CHECK(candidates[2].expected_gain == Approx(0.4));  // no uplift part: the probability

  const auto eligible_blank = written("eligible_blank.csv",
                                      "person_id,benefit,status,monthly_amount,expected_gain\n"
                                      "P1,rsa,eligible,,0.5\n");
  CHECK_THROWS_WITH(read_candidates_csv(eligible_blank),
                    Catch::Contains(eligible_blank.string() + ":2:4") &&
                        Catch::Contains("an eligible row needs its amount"));
  const auto older = written("older.csv", "person_id,benefit,expected_gain,amount\nP1,rsa,0.5,16.17\n");
  CHECK(read_candidates_csv(older).at(0).amount_cents == 1617);
}

TEST_CASE("Tiers: the library hands the contact list to the planner unchanged in meaning", "[outreach][pipeline]") {
  ContactRow entitled;
  entitled.person_id = "P1";
  entitled.benefit = "rsa";
  entitled.monthly_cents = 64652;
  entitled.non_claimant_probability = 0.8;
  entitled.expected_gain = -0.05;
  ContactRow undetermined;
  undetermined.person_id = "P2";
  undetermined.benefit = "css";
  undetermined.status = Status::undetermined;
  undetermined.non_claimant_probability = 0.6;  // a model without an uplift part: no expected_gain
  const std::vector<Candidate> candidates = plan_candidates({entitled, undetermined});
  REQUIRE(candidates.size() == 2);
  CHECK(candidates[0].amount_cents == 64652);
  CHECK(candidates[0].expected_gain == Approx(-0.05));  // negative, kept: the planner puts it last
  CHECK_FALSE(candidates[1].amount_cents.has_value());
  CHECK(candidates[1].expected_gain == Approx(0.6));
}

}  // namespace
}  // namespace eligo::outreach
