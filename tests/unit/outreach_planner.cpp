// The capacity planner: it beats best-person-first on a case built to trap it, equals an
// exhaustive search on small random cases, and never exceeds a capacity nor uses a channel
// a person cannot use.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <random>

#include "bundled_packs.hpp"
#include "eligo/outreach.hpp"

// Inside eligo::outreach, so that its names (Channel, AccessibilityProfile) are found
// before eligo's.
namespace eligo::outreach {
namespace {

using C = Channel;

using test_packs::french_pack;

void check_feasible(const AssignmentProblem& problem, const Assignment& assignment) {
  REQUIRE(assignment.channel.size() == problem.options.size());
  std::array<std::size_t, channel_count> used{};
  double total = 0;
  for (std::size_t p = 0; p < problem.options.size(); ++p) {
    if (!assignment.channel[p]) continue;
    const auto& options = problem.options[p];
    const auto chosen = std::find_if(options.begin(), options.end(),
                                     [&](const ChannelValue& o) { return o.channel == *assignment.channel[p]; });
    REQUIRE(chosen != options.end());  // only a usable channel
    total += chosen->value;
    ++used[static_cast<std::size_t>(*assignment.channel[p])];
  }
  for (const C c : all_channels) REQUIRE(used[static_cast<std::size_t>(c)] <= problem.capacity.of(c));
  CHECK(assignment.total_value == Approx(total));
}

double exhaustive_best(const AssignmentProblem& problem) {
  std::array<std::size_t, channel_count> used{};
  std::function<double(std::size_t)> best_from = [&](std::size_t p) -> double {
    if (p == problem.options.size()) return 0.0;
    double best = best_from(p + 1);  // not contacted
    for (const ChannelValue& option : problem.options[p]) {
      auto& count = used[static_cast<std::size_t>(option.channel)];
      if (count >= problem.capacity.of(option.channel)) continue;
      ++count;
      best = std::max(best, option.value + best_from(p + 1));
      --count;
    }
    return best;
  };
  return best_from(0);
}

}  // namespace

TEST_CASE("Planner: the trap for greed, with the French policy", "[outreach][planner]") {
  // Ten people at ease with everything, and ten deaf people without digital access for whom
  // a counter appointment (with a sign-language interpreter) is the only channel with room:
  // no phone (hearing), no letters left. Best person first gives the counters to the first
  // group, who could have been phoned, and leaves the second group with nothing.
  std::vector<Candidate> candidates;
  std::vector<AccessibilityProfile> profiles;
  for (int i = 0; i < 10; ++i) {
    const std::string at_ease = "A" + std::to_string(i);
    const std::string deaf = "D" + std::to_string(i);
    candidates.push_back({at_ease, "rsa", 1.0, 64652});
    candidates.push_back({deaf, "rsa", 0.9, 64652});
    AccessibilityProfile a;
    a.person_id = at_ease;
    a.digital_access = DigitalAccess::autonomous;
    a.online_account = true;
    a.travel_minutes = 10;
    a.age = 40;
    profiles.push_back(a);
    AccessibilityProfile d;
    d.person_id = deaf;
    d.hearing_need = true;
    d.travel_minutes = 15;
    d.age = 55;
    profiles.push_back(d);
  }
  Capacity capacity;
  capacity.set(C::counter, 10);
  capacity.set(C::phone, 10);
  const Plan plan = build_plan(ChannelPolicy::of(french_pack()), candidates, profiles, capacity);

  // Optimal: 10 x (1.0 x 0.12 phone) + 10 x (0.9 x 0.25 counter) = 1.2 + 2.25 = 3.45.
  // Greedy: 10 x (1.0 x 0.25 counter), deaf people not contacted = 2.5.
  CHECK(plan.expected_value == Approx(3.45));
  CHECK(plan.greedy_value == Approx(2.5));
  CHECK(plan.lines().size() == 20);
  CHECK(plan.not_contacted.empty());
  for (const PlanLine& line : plan.lines()) {
    CHECK(line.channel == (line.person_id[0] == 'D' ? C::counter : C::phone));
    if (line.person_id[0] == 'D') CHECK(line.accommodations == std::vector<Accommodation>{Accommodation::sign_language});
  }
}

TEST_CASE("Planner: a high-value contact is not traded for two poor ones", "[outreach][planner]") {
  // A maximum flow forced first would contact both; the best plan contacts B alone.
  AssignmentProblem problem;
  problem.options = {{{C::counter, 1.0}}, {{C::counter, 10.0}, {C::letter, 0.1}}};
  problem.capacity.set(C::counter, 1);
  problem.capacity.set(C::letter, 1);
  const Assignment best = assign_optimal(problem);
  CHECK(best.total_value == Approx(10.0));
  CHECK(!best.channel[0]);
  CHECK(best.channel[1] == C::counter);
}

TEST_CASE("Planner: optimal equals exhaustive search, beats or equals greed, on 300 random cases",
          "[outreach][planner][property]") {
  std::mt19937_64 random(7);
  int strictly_better = 0;
  for (int round = 0; round < 300; ++round) {
    AssignmentProblem problem;
    const int persons = std::uniform_int_distribution<int>(1, 7)(random);
    for (const C c : all_channels) problem.capacity.set(c, std::uniform_int_distribution<std::size_t>(0, 3)(random));
    for (int p = 0; p < persons; ++p) {
      std::vector<ChannelValue> options;
      for (const C c : all_channels)
        if (std::bernoulli_distribution(0.5)(random))
          options.push_back({c, std::uniform_real_distribution<double>(0.0, 1.0)(random)});
      problem.options.push_back(options);
    }
    const Assignment best = assign_optimal(problem);
    const Assignment greedy = assign_greedy(problem);
    check_feasible(problem, best);
    check_feasible(problem, greedy);
    REQUIRE(best.total_value == Approx(exhaustive_best(problem)).epsilon(1e-6));
    REQUIRE(best.total_value >= greedy.total_value - 1e-9);
    if (best.total_value > greedy.total_value + 1e-9) ++strictly_better;
  }
  CHECK(strictly_better > 0);
}

TEST_CASE("Planner: capacities and accessibility hold on 2,000 random people", "[outreach][planner][property]") {
  std::mt19937_64 random(11);
  const ChannelPolicy policy = ChannelPolicy::of(french_pack());
  std::vector<Candidate> candidates;
  std::vector<AccessibilityProfile> profiles;
  for (int i = 0; i < 2000; ++i) {
    AccessibilityProfile p;
    p.person_id = "P" + std::to_string(i);
    p.digital_access = static_cast<DigitalAccess>(std::uniform_int_distribution<int>(0, 2)(random));
    p.hearing_need = std::bernoulli_distribution(0.1)(random);
    p.isolated = std::bernoulli_distribution(0.2)(random);
    p.travel_minutes = std::uniform_int_distribution<int>(0, 90)(random);
    p.age = std::uniform_int_distribution<int>(18, 95)(random);
    profiles.push_back(p);
    candidates.push_back({p.person_id, "rsa", std::uniform_real_distribution<double>(0.05, 1.0)(random), 50000});
  }
  Capacity capacity;
  capacity.set(C::letter, 500);
  capacity.set(C::phone, 150);
  capacity.set(C::counter, 100);
  capacity.set(C::home_visit, 40);
  capacity.set(C::sms, Capacity::unlimited);
  const auto start = std::chrono::steady_clock::now();
  const Plan plan = build_plan(policy, candidates, profiles, capacity);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::array<std::size_t, channel_count> used{};
  for (const PlanLine& line : plan.lines()) {
    ++used[static_cast<std::size_t>(line.channel)];
    const auto proposal = policy.propose(profiles[std::stoul(line.person_id.substr(1))]);
    REQUIRE(proposal.usable(line.channel));
    const AccessibilityProfile& profile = profiles[std::stoul(line.person_id.substr(1))];
    if (profile.digitally_excluded()) REQUIRE(!is_digital(line.channel));
  }
  for (const C c : all_channels) CHECK(used[static_cast<std::size_t>(c)] <= capacity.of(c));
  CHECK(plan.lines().size() + plan.not_contacted.size() == 2000);
  CHECK(plan.expected_value >= plan.greedy_value);
  WARN("2,000 people: optimal " << plan.expected_value << ", greedy " << plan.greedy_value << ", " << seconds << " s");
}

}  // namespace eligo::outreach
