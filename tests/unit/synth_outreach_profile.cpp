// From the synthetic population's accessibility profiles to the outreach planner's: the
// conversion gives what writing accessibility.csv and reading it back as the planner does
// would give, ages come from the population, and under the French channel policy no
// digitally excluded person of a whole population gets a digital channel. A past
// campaign's channels are the planner's too.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "eligo/outreach.hpp"
#include "eligo/program.hpp"
#include "eligo/synth.hpp"
#include "bundled_packs.hpp"
#include "temp_folder.hpp"

using namespace eligo;

namespace {

using test_packs::french_pack;

const SyntheticPopulation& population() {
  static const SyntheticPopulation synthetic = [] {
    SynthOptions options;
    options.households = 3'000;
    options.seed = 5;
    options.period = Period{2026, 5};
    return synthesize(Program::compile(french_pack()), options);
  }();
  return synthetic;
}

bool same(const outreach::AccessibilityProfile& a, const outreach::AccessibilityProfile& b) {
  return a.person_id == b.person_id && a.digital_access == b.digital_access && a.visual_need == b.visual_need &&
         a.hearing_need == b.hearing_need && a.cognitive_need == b.cognitive_need && a.language == b.language &&
         a.interpreter_need == b.interpreter_need && a.isolated == b.isolated && a.travel_minutes == b.travel_minutes &&
         a.online_account == b.online_account && a.past_unanswered_contact == b.past_unanswered_contact &&
         a.recent_arrival == b.recent_arrival && a.age == b.age;
}

}  // namespace

TEST_CASE("a synthetic profile converts field by field", "[synth][outreach]") {
  AccessibilityProfile synthetic;
  synthetic.person_id = "P7";
  synthetic.digital_access = DigitalAccess::low;
  synthetic.hearing_need = true;
  synthetic.language = "other";
  synthetic.interpreter_need = true;
  synthetic.travel_minutes = 52;
  synthetic.past_unanswered_contact = true;
  const outreach::AccessibilityProfile planner = to_outreach_profile(synthetic, 81);
  CHECK(planner.person_id == "P7");
  CHECK(planner.digital_access == outreach::DigitalAccess::low);
  CHECK(planner.hearing_need);
  CHECK_FALSE(planner.visual_need);
  CHECK(planner.language == "other");
  CHECK(planner.interpreter_need);
  CHECK(planner.travel_minutes == 52);
  CHECK(planner.past_unanswered_contact);
  CHECK(planner.age == 81);
  synthetic.digital_access = DigitalAccess::none;
  CHECK(to_outreach_profile(synthetic).digitally_excluded());
  CHECK_FALSE(to_outreach_profile(synthetic).age.has_value());
}

TEST_CASE("the conversion equals writing accessibility.csv and reading it as the planner", "[synth][outreach]") {
  const auto& profiles = population().accessibility;
  REQUIRE(profiles.size() > 3'000);
  test::TempFolder folder;
  const auto path = folder.path() / "accessibility.csv";
  write_accessibility_csv(profiles, path);
  const std::vector<outreach::AccessibilityProfile> read = outreach::read_accessibility_csv(path);
  REQUIRE(read.size() == profiles.size());
  std::size_t different = 0;
  for (std::size_t i = 0; i < profiles.size(); ++i) different += !same(to_outreach_profile(profiles[i]), read[i]);
  CHECK(different == 0);
}

TEST_CASE("planner profiles of a population carry each person's age", "[synth][outreach]") {
  const std::vector<outreach::AccessibilityProfile> profiles =
      outreach_profiles(french_pack(), population(), Period{2026, 5});
  REQUIRE(profiles.size() == population().accessibility.size());
  const EntityTable& persons = population().population.persons();
  std::map<std::string, std::size_t> row_of;
  for (std::size_t row = 0; row < persons.ids.size(); ++row) row_of[persons.ids[row]] = row;
  const Column& birth = persons.columns.at("date_naissance");
  std::size_t checked = 0;
  for (const auto& profile : profiles) {
    const std::size_t row = row_of.at(profile.person_id);
    if (!birth.is_known(row)) {
      CHECK_FALSE(profile.age.has_value());
      continue;
    }
    REQUIRE(profile.age.has_value());
    CHECK(*profile.age == full_years_between(Date{static_cast<std::int32_t>(birth.value(row))}, Date::from_ymd(2026, 5, 1)));
    CHECK(*profile.age >= 15);  // profiles are drawn for people aged 15 or more
    ++checked;
  }
  CHECK(checked > profiles.size() * 9 / 10);
}

TEST_CASE("no digitally excluded person of a synthetic population gets a digital channel", "[synth][outreach]") {
  const outreach::ChannelPolicy policy = outreach::ChannelPolicy::of(french_pack());
  std::size_t excluded = 0, easy_to_read = 0;
  for (const auto& profile : outreach_profiles(french_pack(), population(), Period{2026, 5})) {
    const outreach::ChannelProposal proposal = policy.propose(profile);
    const bool physical = std::any_of(proposal.channels.begin(), proposal.channels.end(), outreach::is_physical);
    CHECK(physical);
    if (profile.digitally_excluded()) {
      ++excluded;
      CHECK_FALSE(std::any_of(proposal.channels.begin(), proposal.channels.end(), outreach::is_digital));
    }
    // The register of the letter follows the policy: easy-to-read French for a cognitive
    // or interpreter need, standard French otherwise (the synthetic languages are fr and other).
    const bool easy = profile.cognitive_need || profile.interpreter_need;
    CHECK(proposal.letter_language == (easy ? "fr-falc" : "fr"));
    easy_to_read += easy;
  }
  CHECK(excluded > 100);
  CHECK(easy_to_read > 10);
}

TEST_CASE("a past campaign's channels are the planner's, older campaign.csv words still read", "[synth][outreach]") {
  const test::TempFolder folder;
  const auto file = folder.write("campaign.csv",
                                 "famille_id,person_id,benefit,contacted,channel,claimed_within_3_months\n"
                                 "F1,P1,rsa,true,letter_with_help,true\n"
                                 "F2,P2,rsa,true,sms_email,false\n"
                                 "F3,P3,rsa,true,in_person,true\n"
                                 "F4,P4,rsa,true,email_online,false\n"
                                 "F5,P5,rsa,true,home_visit,false\n"
                                 "F6,P6,rsa,false,,false\n");
  const auto campaign = read_campaign_csv(file);
  REQUIRE(campaign.size() == 6);
  CHECK(*campaign[0].channel == CampaignChannel{Channel::letter, true});
  CHECK(*campaign[1].channel == CampaignChannel{Channel::sms, false});
  CHECK(*campaign[2].channel == CampaignChannel{Channel::counter, false});
  CHECK(*campaign[3].channel == CampaignChannel{Channel::email_online, false});
  CHECK(*campaign[4].channel == CampaignChannel{Channel::home_visit, false});
  CHECK_FALSE(campaign[5].channel.has_value());

  // Written back in the planner's words; letter_with_help is the one word it lacks.
  write_campaign_csv(campaign, "famille", folder.path() / "again.csv");
  const auto again = read_campaign_csv(folder.path() / "again.csv");
  std::vector<std::string> words;
  for (const auto& contact : again) words.emplace_back(contact.channel ? to_string(*contact.channel) : "");
  CHECK(words == std::vector<std::string>{"letter_with_help", "sms", "counter", "email_online", "home_visit", ""});
}

TEST_CASE("an unknown channel in campaign.csv is an error at its row and column", "[synth][outreach]") {
  const test::TempFolder folder;
  const auto file = folder.write("campaign.csv",
                                 "famille_id,person_id,benefit,contacted,channel,claimed_within_3_months\n"
                                 "F1,P1,rsa,true,letter,true\n"
                                 "F2,P2,rsa,true,fax,false\n");
  CHECK_THROWS_WITH(read_campaign_csv(file),
                    Catch::Contains("campaign.csv:3:5") &&
                        Catch::Contains("expected one of letter, letter_with_help, phone, home_visit, counter"));
}

TEST_CASE("the synthetic campaign's arms are channels of the planner", "[synth][outreach]") {
  std::map<std::string, std::size_t> contacts_by_word;
  for (const auto& contact : population().campaign) {
    if (!contact.channel) continue;
    CHECK((!contact.channel->help_to_claim || contact.channel->channel == Channel::letter));
    contacts_by_word[std::string(to_string(*contact.channel))] += 1;
  }
  std::vector<std::string> words;
  for (const auto& [word, count] : contacts_by_word) words.push_back(word);
  CHECK(words == std::vector<std::string>{"counter", "letter", "letter_with_help", "phone", "sms"});
}
