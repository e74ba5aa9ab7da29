// From candidates, profiles and capacity to the proposed plan: one line per person
// contacted, on the channel the optimal assignment gives them.
#include <algorithm>
#include <map>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

// A person's rows gathered: one contact covers every right at stake.
struct Person {
  std::string id;
  std::vector<std::string> benefits;
  double expected_gain = 0;
  std::int64_t amount_cents = 0;
};

std::vector<Person> gather(const std::vector<Candidate>& candidates) {
  std::vector<Person> persons;
  std::map<std::string, std::size_t, std::less<>> index;
  for (const Candidate& candidate : candidates) {
    const auto [at, inserted] = index.emplace(candidate.person_id, persons.size());
    if (inserted) persons.push_back(Person{candidate.person_id, {}, 0, 0});
    Person& person = persons[at->second];
    person.benefits.push_back(candidate.benefit);
    person.expected_gain += candidate.expected_gain;
    person.amount_cents += candidate.amount_cents;
  }
  return persons;
}

}  // namespace

Plan build_plan(const ChannelPolicy& policy, const std::vector<Candidate>& candidates,
                const std::vector<AccessibilityProfile>& profiles, const Capacity& capacity,
                const PlanOptions& options) {
  std::map<std::string_view, const AccessibilityProfile*> profile_of;
  for (const AccessibilityProfile& profile : profiles) profile_of.emplace(profile.person_id, &profile);

  const std::vector<Person> persons = gather(candidates);
  std::vector<ChannelProposal> proposals;
  AssignmentProblem problem;
  problem.capacity = capacity;
  for (const Person& person : persons) {
    const auto found = profile_of.find(person.id);
    AccessibilityProfile unknown;  // the cautious default: no digital access assumed
    unknown.person_id = person.id;
    proposals.push_back(policy.propose(found != profile_of.end() ? *found->second : unknown));
    const double weight = options.objective == Objective::euros_opened
                              ? person.expected_gain * static_cast<double>(person.amount_cents) / 100.0
                              : person.expected_gain;
    std::vector<ChannelValue> values;
    for (const Channel channel : proposals.back().channels)
      values.push_back({channel, weight * proposals.back().effectiveness[static_cast<std::size_t>(channel)]});
    problem.options.push_back(std::move(values));
  }

  const Assignment best = assign_optimal(problem);
  Plan plan;
  plan.objective = options.objective;
  plan.capacity = capacity;
  plan.expected_value = best.total_value;
  plan.greedy_value = assign_greedy(problem).total_value;

  std::vector<std::size_t> contacted;
  for (std::size_t p = 0; p < persons.size(); ++p) {
    if (best.channel[p])
      contacted.push_back(p);
    else
      plan.not_contacted.push_back(persons[p].id);
  }
  const auto value_of = [&](std::size_t p) {
    for (const ChannelValue& option : problem.options[p])
      if (option.channel == *best.channel[p]) return option.value;
    return 0.0;
  };
  std::stable_sort(contacted.begin(), contacted.end(), [&](std::size_t a, std::size_t b) { return value_of(a) > value_of(b); });
  for (const std::size_t p : contacted) {
    PlanLine line;
    line.person_id = persons[p].id;
    line.benefits = persons[p].benefits;
    line.expected_gain = persons[p].expected_gain;
    line.amount_cents = persons[p].amount_cents;
    line.proposed_channel = *best.channel[p];
    line.channel = line.proposed_channel;
    line.options = problem.options[p];
    line.accommodations = proposals[p].accommodations;
    line.rules = proposals[p].rules;
    plan.add_proposed_line(std::move(line));
  }
  return plan;
}

}  // namespace eligo::outreach
