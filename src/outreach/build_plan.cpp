// From candidates, profiles and capacity to the proposed plan: one line per person
// contacted, on the channel the optimal assignment gives them, tier after tier.
#include <algorithm>
#include <map>
#include <numeric>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

// A person's rows gathered: one contact covers every right at stake.
struct Person {
  std::string id;
  std::vector<std::string> benefits;
  double expected_gain = 0;
  std::int64_t known_amount_cents = 0;
  std::size_t unknown_amounts = 0;
};

std::vector<Person> gather(const std::vector<Candidate>& candidates) {
  std::vector<Person> persons;
  std::map<std::string, std::size_t, std::less<>> index;
  for (const Candidate& candidate : candidates) {
    const auto [at, inserted] = index.emplace(candidate.person_id, persons.size());
    if (inserted) persons.push_back(Person{candidate.person_id, {}, 0, 0, 0});
    Person& person = persons[at->second];
    person.benefits.push_back(candidate.benefit);
    person.expected_gain += candidate.expected_gain;
    if (candidate.amount_cents)
      person.known_amount_cents += *candidate.amount_cents;
    else
      ++person.unknown_amounts;
  }
  return persons;
}

// A person none of whose amounts is known has no euros to weigh with: the euros objective
// cannot compare them with people whose amount is known, so they come after them.
// A person's gain is a sum of gains the contact list writes to six decimals: summed as
// doubles, gains that cancel out leave a residue of about 1e-17 of either sign, so a sum
// below half a millionth is no gain, whether it was read from the list or handed over in
// memory.
constexpr double smallest_gain = 0.5e-6;

ContactTier tier_of(const Person& person, Objective objective) {
  if (person.expected_gain < smallest_gain) return ContactTier::no_gain;
  if (objective == Objective::euros_opened && person.unknown_amounts == person.benefits.size())
    return ContactTier::unknown_amount;
  return ContactTier::positive_gain;
}

double weight_of(const Person& person, ContactTier tier, Objective objective) {
  if (tier == ContactTier::positive_gain && objective == Objective::euros_opened)
    return person.expected_gain * static_cast<double>(person.known_amount_cents) / 100.0;
  return person.expected_gain;
}

// The capacity the assignment leaves for the next tier.
Capacity left_over(const Capacity& capacity, const Assignment& assignment) {
  Capacity left = capacity;
  for (const auto& channel : assignment.channel)
    if (channel && left.of(*channel) != Capacity::unlimited) left.set(*channel, left.of(*channel) - 1);
  return left;
}

// Gains of 0 or less are not values the optimal assignment can maximise: these people are
// taken least negative first, each on the usable channel of greatest effectiveness with room.
Assignment assign_no_gain(const std::vector<std::size_t>& members, const std::vector<Person>& persons,
                          const std::vector<ChannelProposal>& proposals, const Capacity& capacity) {
  std::vector<std::size_t> order(members.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return persons[members[a]].expected_gain > persons[members[b]].expected_gain;
  });
  Assignment assignment;
  assignment.channel.assign(members.size(), std::nullopt);
  Capacity left = capacity;
  for (const std::size_t m : order) {
    const ChannelProposal& proposal = proposals[members[m]];
    std::optional<Channel> best;
    for (const Channel channel : proposal.channels) {
      if (left.of(channel) == 0) continue;
      const auto c = static_cast<std::size_t>(channel);
      if (!best || proposal.effectiveness[c] > proposal.effectiveness[static_cast<std::size_t>(*best)]) best = channel;
    }
    if (!best) continue;
    assignment.channel[m] = best;
    if (left.of(*best) != Capacity::unlimited) left.set(*best, left.of(*best) - 1);
  }
  return assignment;
}

}  // namespace

std::string_view to_string(ContactTier tier) {
  switch (tier) {
    case ContactTier::positive_gain: return "positive_gain";
    case ContactTier::unknown_amount: return "unknown_amount";
    case ContactTier::no_gain: return "no_gain";
  }
  return "no_gain";
}

Plan build_plan(const ChannelPolicy& policy, const std::vector<Candidate>& candidates,
                const std::vector<AccessibilityProfile>& profiles, const Capacity& capacity,
                const PlanOptions& options) {
  std::map<std::string_view, const AccessibilityProfile*> profile_of;
  for (const AccessibilityProfile& profile : profiles) profile_of.emplace(profile.person_id, &profile);

  const std::vector<Person> persons = gather(candidates);
  std::vector<ChannelProposal> proposals;
  std::vector<ContactTier> tiers;
  std::vector<std::vector<ChannelValue>> values;  // per person: usable channels, valued as the tier does
  for (const Person& person : persons) {
    const auto found = profile_of.find(person.id);
    AccessibilityProfile unknown;  // the cautious default: no digital access assumed
    unknown.person_id = person.id;
    proposals.push_back(policy.propose(found != profile_of.end() ? *found->second : unknown));
    tiers.push_back(tier_of(person, options.objective));
    const double weight = weight_of(person, tiers.back(), options.objective);
    std::vector<ChannelValue> usable;
    for (const Channel channel : proposals.back().channels)
      usable.push_back({channel, weight * proposals.back().effectiveness[static_cast<std::size_t>(channel)]});
    values.push_back(std::move(usable));
  }

  Plan plan;
  plan.objective = options.objective;
  plan.capacity = capacity;
  std::vector<std::optional<Channel>> channel_of(persons.size());
  Capacity left = capacity;
  for (const ContactTier tier : {ContactTier::positive_gain, ContactTier::unknown_amount, ContactTier::no_gain}) {
    std::vector<std::size_t> members;
    for (std::size_t p = 0; p < persons.size(); ++p)
      if (tiers[p] == tier) members.push_back(p);
    if (members.empty()) continue;
    Assignment assignment;
    if (tier == ContactTier::no_gain) {
      assignment = assign_no_gain(members, persons, proposals, left);
    } else {
      AssignmentProblem problem;
      problem.capacity = left;
      for (const std::size_t p : members) problem.options.push_back(values[p]);
      assignment = assign_optimal(problem);
      if (tier == ContactTier::positive_gain) {
        plan.expected_value = assignment.total_value;
        plan.greedy_value = assign_greedy(problem).total_value;
      }
    }
    for (std::size_t m = 0; m < members.size(); ++m) channel_of[members[m]] = assignment.channel[m];
    left = left_over(left, assignment);
  }

  std::vector<std::size_t> contacted;
  for (std::size_t p = 0; p < persons.size(); ++p) {
    if (channel_of[p])
      contacted.push_back(p);
    else
      plan.not_contacted.push_back(persons[p].id);
  }
  const auto value_of = [&](std::size_t p) {
    for (const ChannelValue& option : values[p])
      if (option.channel == *channel_of[p]) return option.value;
    return 0.0;
  };
  // Tier first; within the last tier, the order it was assigned in (least negative gain first).
  std::stable_sort(contacted.begin(), contacted.end(), [&](std::size_t a, std::size_t b) {
    if (tiers[a] != tiers[b]) return tiers[a] < tiers[b];
    if (tiers[a] == ContactTier::no_gain) return persons[a].expected_gain > persons[b].expected_gain;
    return value_of(a) > value_of(b);
  });
  for (const std::size_t p : contacted) {
    PlanLine line;
    line.person_id = persons[p].id;
    line.benefits = persons[p].benefits;
    line.expected_gain = persons[p].expected_gain;
    line.known_amount_cents = persons[p].known_amount_cents;
    line.unknown_amounts = persons[p].unknown_amounts;
    line.tier = tiers[p];
    line.proposed_channel = *channel_of[p];
    line.channel = line.proposed_channel;
    line.options = values[p];
    line.accommodations = proposals[p].accommodations;
    line.rules = proposals[p].rules;
    plan.add_proposed_line(std::move(line));
  }
  return plan;
}

}  // namespace eligo::outreach
