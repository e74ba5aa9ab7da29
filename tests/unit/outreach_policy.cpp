// Channel policy: the French pack's policy on a table of profiles with their expected
// channels and accommodations, its loading errors, and the guarantees over thousands of
// random profiles, under the bundled policies and under one written to break them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "bundled_packs.hpp"
#include "eligo/outreach.hpp"

// Inside eligo::outreach, so that its names (Channel, AccessibilityProfile) are found
// before eligo's.
namespace eligo::outreach {
namespace {

using A = Accommodation;
using C = Channel;

using test_packs::french_pack;

// Someone at ease with everything, near a counter: each row changes what it tests.
AccessibilityProfile base() {
  AccessibilityProfile p;
  p.person_id = "X";
  p.digital_access = DigitalAccess::autonomous;
  p.travel_minutes = 10;
  p.online_account = true;
  p.age = 40;
  return p;
}

struct Row {
  const char* name;
  AccessibilityProfile profile;
  std::vector<C> channels;
  std::vector<A> accommodations;
};

template <typename F>
AccessibilityProfile with(F change) {
  AccessibilityProfile p = base();
  change(p);
  return p;
}

const std::vector<C> all_five = {C::letter, C::phone, C::counter, C::email_online, C::sms};

std::vector<Row> table() {
  return {
      {"autonomous, near a counter", base(), all_five, {}},
      {"no digital access", with([](auto& p) { p.digital_access = DigitalAccess::none; }), {C::letter, C::phone, C::counter}, {}},
      {"low digital access", with([](auto& p) { p.digital_access = DigitalAccess::low; }), {C::letter, C::phone, C::counter, C::sms}, {}},
      {"visual need", with([](auto& p) { p.visual_need = true; }), all_five, {A::large_print}},
      {"hearing need", with([](auto& p) { p.hearing_need = true; }), {C::letter, C::counter, C::email_online, C::sms}, {A::sign_language}},
      {"hearing need, no digital access",
       with([](auto& p) { p.hearing_need = true; p.digital_access = DigitalAccess::none; }), {C::letter, C::counter}, {A::sign_language}},
      {"cognitive need, low digital access",
       with([](auto& p) { p.cognitive_need = true; p.digital_access = DigitalAccess::low; }),
       {C::letter, C::phone, C::counter, C::sms}, {A::easy_to_read}},
      {"interpreter, no digital access",
       with([](auto& p) { p.interpreter_need = true; p.language = "ar"; p.digital_access = DigitalAccess::none; }),
       {C::letter, C::phone, C::counter}, {A::interpreter}},
      {"counter 60 minutes away", with([](auto& p) { p.travel_minutes = 60; }),
       {C::letter, C::phone, C::home_visit, C::email_online, C::sms}, {}},
      {"counter 60 minutes away, no digital access",
       with([](auto& p) { p.travel_minutes = 60; p.digital_access = DigitalAccess::none; }), {C::letter, C::phone, C::home_visit}, {}},
      {"isolated, 30 minutes away, no digital access",
       with([](auto& p) { p.isolated = true; p.travel_minutes = 30; p.digital_access = DigitalAccess::none; }),
       {C::letter, C::phone, C::home_visit, C::counter}, {A::home_visit}},
      {"isolated, aged 78, low digital access",
       with([](auto& p) { p.isolated = true; p.age = 78; p.digital_access = DigitalAccess::low; }),
       {C::letter, C::phone, C::home_visit, C::counter, C::sms}, {A::home_visit}},
      {"isolated but young and near", with([](auto& p) { p.isolated = true; p.age = 50; }), all_five, {}},
      {"aged 85, no digital access", with([](auto& p) { p.age = 85; p.digital_access = DigitalAccess::none; }),
       {C::letter, C::phone, C::home_visit, C::counter}, {}},
      {"aged 85, autonomous online", with([](auto& p) { p.age = 85; }), all_five, {}},
      {"deaf, low vision, offline, far",
       with([](auto& p) { p.hearing_need = p.visual_need = true; p.digital_access = DigitalAccess::none; p.travel_minutes = 60; }),
       {C::letter, C::home_visit}, {A::sign_language, A::large_print}},
      {"isolated, age unknown, near, offline",
       with([](auto& p) { p.isolated = true; p.age.reset(); p.digital_access = DigitalAccess::none; }), {C::letter, C::phone, C::counter}, {}},
      {"isolated, travel time unknown, offline",
       with([](auto& p) { p.isolated = true; p.travel_minutes.reset(); p.digital_access = DigitalAccess::none; }),
       {C::letter, C::phone, C::counter}, {}},
      {"every need at once",
       with([](auto& p) {
         p.cognitive_need = p.interpreter_need = p.hearing_need = p.isolated = true;
         p.digital_access = DigitalAccess::none;
         p.travel_minutes = 50;
       }),
       {C::letter, C::home_visit}, {A::interpreter, A::sign_language, A::easy_to_read, A::home_visit}},
      {"past contact unanswered", with([](auto& p) { p.past_unanswered_contact = true; }), all_five, {}},
      {"counter exactly 45 minutes away", with([](auto& p) { p.travel_minutes = 45; }), all_five, {}},
      {"counter 46 minutes away, low digital access",
       with([](auto& p) { p.travel_minutes = 46; p.digital_access = DigitalAccess::low; }),
       {C::letter, C::phone, C::home_visit, C::sms}, {}},
      {"nothing known about the person", AccessibilityProfile{}, {C::letter, C::phone, C::counter}, {}},
      {"low vision, low digital access, aged 82",
       with([](auto& p) { p.visual_need = true; p.digital_access = DigitalAccess::low; p.age = 82; }),
       {C::letter, C::phone, C::home_visit, C::counter, C::sms}, {A::large_print}},
  };
}

std::vector<std::string> names(const std::vector<C>& channels) {
  std::vector<std::string> out;
  for (const C c : channels) out.emplace_back(to_string(c));
  return out;
}

std::vector<std::string> names(const std::vector<A>& needs) {
  std::vector<std::string> out;
  for (const A a : needs) out.emplace_back(to_string(a));
  return out;
}

// Usable channels are listed in the order of all_channels.
std::vector<C> ordered(std::vector<C> channels) {
  std::sort(channels.begin(), channels.end());
  return channels;
}

}  // namespace

TEST_CASE("French channel policy: expected channels and accommodations of 24 profiles", "[outreach][policy]") {
  const ChannelPolicy policy = ChannelPolicy::of(french_pack());
  const auto rows = table();
  REQUIRE(rows.size() >= 20);
  for (const Row& row : rows) {
    INFO(row.name);
    const ChannelProposal proposal = policy.propose(row.profile);
    CHECK(names(proposal.channels) == names(ordered(row.channels)));
    CHECK(names(proposal.accommodations) == names(row.accommodations));
    CHECK(proposal.guarantees.empty());  // the French policy never needs the code's guarantees
  }
}

TEST_CASE("French channel policy: effectiveness factors and the reasons given", "[outreach][policy]") {
  const ChannelPolicy policy = ChannelPolicy::of(french_pack());
  const auto unanswered = policy.propose(with([](auto& p) { p.past_unanswered_contact = true; }));
  CHECK(unanswered.effectiveness[static_cast<std::size_t>(C::letter)] == Approx(0.025));
  CHECK(unanswered.effectiveness[static_cast<std::size_t>(C::counter)] == Approx(0.25));
  const auto elderly = policy.propose(with([](auto& p) { p.visual_need = true; p.digital_access = DigitalAccess::low; p.age = 82; }));
  CHECK(elderly.effectiveness[static_cast<std::size_t>(C::letter)] == Approx(0.05 * 0.5 * 0.8));
  CHECK(elderly.effectiveness[static_cast<std::size_t>(C::sms)] == Approx(0.01));
  CHECK(elderly.rules == std::vector<std::string>{"acces_numerique_faible", "besoin_visuel", "grand_age_sans_numerique"});
}

TEST_CASE("Channel policy: the code's guarantees hold over 20,000 random profiles", "[outreach][policy][property]") {
  eligo::outreach::ChannelPolicySpec hostile;  // offers only digital channels and removes every physical one
  hostile.present = true;
  for (const C c : all_channels) hostile.channels.push_back({c, 0.1, {}, {}, {}});
  hostile.offered = {C::email_online, C::sms};
  ChannelRule rule;
  rule.id = "everyone";
  rule.when = {{}};  // one alternative with no test: always holds
  rule.add = {C::sms, C::email_online};
  rule.remove = {C::letter, C::counter, C::home_visit};
  hostile.rules.push_back(rule);

  const eligo::RulePack example = eligo::load_pack(std::filesystem::path(ELIGO_RULES_DIR) / "example");
  const std::vector<std::pair<std::string, ChannelPolicy>> policies = {
      {"fr", ChannelPolicy::of(french_pack())}, {"example", ChannelPolicy::of(example)}, {"hostile", ChannelPolicy(hostile)}};

  std::mt19937_64 random(20260601);
  const auto coin = [&](double p) { return std::bernoulli_distribution(p)(random); };
  std::size_t excluded = 0;
  for (int i = 0; i < 20000; ++i) {
    AccessibilityProfile p;
    p.person_id = "R" + std::to_string(i);
    p.digital_access = static_cast<DigitalAccess>(std::uniform_int_distribution<int>(0, 2)(random));
    p.visual_need = coin(0.1);
    p.hearing_need = coin(0.1);
    p.cognitive_need = coin(0.1);
    p.interpreter_need = coin(0.1);
    p.language = p.interpreter_need ? "other" : "fr";
    p.isolated = coin(0.2);
    if (coin(0.9)) p.travel_minutes = std::uniform_int_distribution<int>(0, 120)(random);
    if (coin(0.9)) p.age = std::uniform_int_distribution<int>(15, 100)(random);
    p.online_account = coin(0.5);
    p.past_unanswered_contact = coin(0.2);
    p.recent_arrival = coin(0.1);
    excluded += p.digitally_excluded() ? 1 : 0;
    for (const auto& [name, policy] : policies) {
      const ChannelProposal proposal = policy.propose(p);
      INFO(name << " profile " << i);
      REQUIRE(std::any_of(proposal.channels.begin(), proposal.channels.end(), is_physical));
      if (p.digitally_excluded()) REQUIRE(std::none_of(proposal.channels.begin(), proposal.channels.end(), is_digital));
      for (const C c : all_channels)
        if (!proposal.usable(c)) REQUIRE(proposal.effectiveness[static_cast<std::size_t>(c)] == 0.0);
    }
  }
  CHECK(excluded > 6000);  // a third of the profiles test the digital guarantee
  const auto forced = ChannelPolicy(hostile).propose(AccessibilityProfile{});
  CHECK(names(forced.channels) == std::vector<std::string>{"home_visit"});
  CHECK(forced.guarantees.size() == 3);  // sms and email removed, home visit added
}

TEST_CASE("Channel policy: every problem of a policy file is reported with its place", "[outreach][policy]") {
  const auto folder = std::filesystem::temp_directory_path() / "eligo_bad_policy";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / "outreach");
  std::ofstream(folder / "pack.yaml") << "id: bad\nlanguages: [en]\nentities: {person: p, group: g, members: m, roles: [r]}\n"
                                          "files: {outreach: [outreach/channels.yaml]}\n";
  std::ofstream(folder / "outreach" / "channels.yaml")
      << "channels:\n  letter: {effectiveness: 0.05}\n  telepathy: {effectiveness: 1}\n"
         "offered: [letter, phone]\n"
         "rules:\n  - id: r1\n    when: {digital_acess: none}\n    remove: [sms]\n    reason: {en: x}\n"
         "  - id: r2\n    when: {age: 80}\n    needs: [braille]\n    reason: {en: x}\n";
  std::vector<eligo::Diagnostic> problems;
  eligo::load_pack(folder, problems);
  std::string all;
  for (const auto& d : problems) all += d.to_string() + "\n";
  INFO(all);
  CHECK_THAT(all, Catch::Contains("channels.yaml:3:3: error: unknown channel `telepathy`"));
  CHECK_THAT(all, Catch::Contains("channels.yaml:4:10: error: channel `phone` is offered but not described"));
  CHECK_THAT(all, Catch::Contains("unknown profile field `digital_acess`; did you mean `digital_access`?"));
  CHECK_THAT(all, Catch::Contains("`age` is a number: expected one comparison"));
  CHECK_THAT(all, Catch::Contains("unknown accommodation `braille`"));
  CHECK_THROWS_WITH(ChannelPolicy::of(eligo::RulePack{}), Catch::Contains("no channel policy"));
}

}  // namespace eligo::outreach
