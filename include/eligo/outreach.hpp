// Outreach: from a ranked list of people who may be entitled to a benefit they do not claim,
// to a contact plan that respects what each person can use, the agency's capacity, and the
// decision of a human agent.
//
//   AccessibilityProfile --ChannelPolicy::propose--> ChannelProposal (usable channels,
//   accommodations, why)  +  Candidates  +  Capacity  --build_plan--> Plan of proposed lines
//   --agent: accept / change / defer--> --mark_ready--> lines ready to send
//
// The ranking only orders who is contacted first; the law decides eligibility and an agent
// decides every contact (GDPR art. 22, AI Act art. 14). docs/outreach.md describes the files.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "eligo/channel_policy.hpp"
#include "eligo/letters.hpp"
#include "eligo/pack.hpp"

namespace eligo::outreach {

enum class DigitalAccess : std::uint8_t { none, low, autonomous };
std::string_view to_string(DigitalAccess access);  // "none", "low", "autonomous"

// What an agent needs to know to reach a person through a channel they can use. The
// defaults are the cautious ones: someone we know nothing about is not assumed to be online.
struct AccessibilityProfile {
  std::string person_id;
  DigitalAccess digital_access = DigitalAccess::none;  // none: digitally excluded (illectronisme)
  bool visual_need = false;
  bool hearing_need = false;
  bool cognitive_need = false;  // easy-to-read (FALC) material
  std::string language = "fr";  // main language
  bool interpreter_need = false;
  bool isolated = false;
  std::optional<int> travel_minutes;  // to the nearest France Services counter
  bool online_account = false;
  bool past_unanswered_contact = false;
  bool recent_arrival = false;
  std::optional<int> age;

  bool digitally_excluded() const { return digital_access == DigitalAccess::none; }
};

// Reads the accessibility table. Columns, in any order: person_id, digital_access
// (none|low|autonomous), visual_need, hearing_need, cognitive_need, language,
// interpreter_need, isolated, travel_minutes_france_services, online_account,
// past_unanswered_contact, recent_arrival (flags: true|false|1|0), and optionally age.
// A blank number is unknown. Throws Error listing every problem with file:line:column.
std::vector<AccessibilityProfile> read_accessibility_csv(const std::filesystem::path& path);

// The channels one person can use, with the accommodations the contact needs and why.
struct ChannelProposal {
  std::vector<Channel> channels;  // usable, in the order of all_channels
  std::vector<Accommodation> accommodations;
  std::array<double, channel_count> effectiveness{};  // 0 for channels not usable
  std::vector<std::string> rules;       // ids of the policy rules that applied, in policy order
  std::vector<std::string> guarantees;  // what the code added or removed whatever the policy said
  std::string letter_language;  // register of the letter and notice: the last applicable rule's, else the policy's

  PrintSize print_size() const;  // large when the contact needs large print

  bool usable(Channel channel) const;
  bool needs(Accommodation accommodation) const;
};

// Evaluates a pack's channel policy. Whatever the YAML says, a proposal always holds a
// physical channel (letter, home visit or counter) and never a digital channel for a person
// without digital access.
class ChannelPolicy {
 public:
  explicit ChannelPolicy(outreach::ChannelPolicySpec spec);  // throws Error when the spec is absent
  static ChannelPolicy of(const RulePack& pack);             // throws Error when the pack has none

  ChannelProposal propose(const AccessibilityProfile& profile) const;
  const ChannelPolicySpec& spec() const noexcept { return spec_; }

 private:
  ChannelPolicySpec spec_;
};

// One person the ranking puts forward, for one benefit. A person on several rows is
// contacted once, about all of them.
struct Candidate {
  std::string person_id;
  std::string benefit;
  // e.g. the calibrated probability of not claiming, or the uplift of a contact. An uplift
  // can be zero or negative (the model expects the contact to change nothing, or to put the
  // person off): such a person is never contacted before one with a positive gain.
  double expected_gain = 0;
  // Monthly amount at stake; empty when unknown (a right the rules left undetermined), which
  // is not the same as 0.
  std::optional<std::int64_t> amount_cents;
};

// Reads the contact list `eligo rank` writes, or any table with these columns: person_id,
// benefit, expected_gain, monthly_amount (euros; `amount` in older files); other columns are
// ignored. A blank monthly_amount is unknown (an undetermined right); a row whose `status`
// column says eligible must have one. A blank expected_gain (a model without an uplift part)
// takes the row's non_claimant_probability when the file has that column.
std::vector<Candidate> read_candidates_csv(const std::filesystem::path& path);

// How many contacts of each channel the agency can make in the campaign.
struct Capacity {
  static constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();
  std::array<std::size_t, channel_count> per_channel{};  // 0 unless given

  std::size_t of(Channel channel) const { return per_channel[static_cast<std::size_t>(channel)]; }
  void set(Channel channel, std::size_t count) { per_channel[static_cast<std::size_t>(channel)] = count; }
};

// Columns: channel, capacity (a count or `unlimited`). Channels not listed have none.
Capacity read_capacity_csv(const std::filesystem::path& path);

// The assignment problem at the heart of the plan: each person may go to one of their
// usable channels, with a value; each channel takes at most its capacity.
struct ChannelValue {
  Channel channel = Channel::letter;
  double value = 0;  // >= 0
};
struct AssignmentProblem {
  std::vector<std::vector<ChannelValue>> options;  // per person
  Capacity capacity;
};
struct Assignment {
  std::vector<std::optional<Channel>> channel;  // per person; empty: not contacted
  double total_value = 0;
};

// The assignment of greatest total value, by min-cost flow (successive shortest paths,
// Boost Graph Library) on source -> person (1) -> usable channel -> sink (capacity), with
// a person -> sink edge for "not contacted". Values are scaled to integer costs (1e-9 of the
// largest value), so totals are optimal to that precision.
Assignment assign_optimal(const AssignmentProblem& problem);

// Best person first, each to their best channel with room left: the baseline to beat.
Assignment assign_greedy(const AssignmentProblem& problem);

enum class Objective : std::uint8_t {
  rights_opened,  // expected_gain x channel effectiveness
  euros_opened    // the same times the monthly amount at stake
};

// Who is planned before whom. The optimal assignment runs on the first tier; each later
// tier only gets the capacity the earlier ones left, so no one of a later tier takes the
// place of someone of an earlier one.
enum class ContactTier : std::uint8_t {
  positive_gain,   // a positive expected gain (and, with euros_opened, a known amount at stake)
  unknown_amount,  // euros_opened only: a positive gain, but no right's amount is known; valued in rights
  no_gain,         // an expected gain of 0 or less: last, least negative first, on the most effective channel left
};
std::string_view to_string(ContactTier tier);  // "positive_gain", "unknown_amount", "no_gain"

struct PlanOptions {
  Objective objective = Objective::rights_opened;
};

enum class LineStatus : std::uint8_t { proposed, accepted, deferred, ready };
std::string_view to_string(LineStatus status);

enum class DecisionKind : std::uint8_t { accept, change, defer, ready };
std::string_view to_string(DecisionKind kind);

struct Decision {
  DecisionKind kind = DecisionKind::accept;
  Channel channel = Channel::letter;  // the line's channel after the decision
  std::string reason;
  std::string agent;
  std::string time;  // UTC, ISO 8601
  std::size_t sequence = 0;  // 1, 2, ... across the whole plan: the order decisions were taken
};

struct PlanLine {
  std::size_t number = 0;  // 1-based, as shown to agents
  std::string person_id;
  std::vector<std::string> benefits;
  double expected_gain = 0;
  std::int64_t known_amount_cents = 0;  // the monthly amounts at stake that are known, added up
  std::size_t unknown_amounts = 0;      // benefits whose amount is unknown (undetermined rights)
  ContactTier tier = ContactTier::positive_gain;
  Channel proposed_channel = Channel::letter;
  Channel channel = Channel::letter;  // after the agent's decisions
  std::vector<ChannelValue> options;  // usable channels and the expected value of each
  std::vector<Accommodation> accommodations;
  std::vector<std::string> rules;  // the policy rules behind the usable channels
  LineStatus status = LineStatus::proposed;
  std::vector<Decision> decisions;  // oldest first
};

// A plan: lines start `proposed`; only an agent's decision moves them, and only an accepted
// line can become `ready` to send. The lines cannot be edited except through these methods.
class Plan {
 public:
  std::string id;  // set by whoever stores the plan (e.g. a hash of its first version)
  std::string pack_id;
  std::string pack_hash;
  Objective objective = Objective::rights_opened;
  Capacity capacity;
  std::vector<std::string> not_contacted;  // candidates no capacity was left for
  // Of the first tier's proposed assignment (ContactTier::positive_gain), in the objective's
  // unit; later tiers are not counted, their value being unknown or not positive.
  double expected_value = 0;
  double greedy_value = 0;    // what best-person-first would have reached on the same tier

  const std::vector<PlanLine>& lines() const noexcept { return lines_; }
  const PlanLine& line(std::size_t number) const;  // throws Error when there is no such line

  // Each throws Error with a message for the agent when the step is not allowed: a missing
  // reason or agent, an unusable or full channel, a line already ready.
  void accept(std::size_t number, const std::string& agent, const std::string& reason, const std::string& time = {});
  void change(std::size_t number, Channel channel, const std::string& agent, const std::string& reason,
              const std::string& time = {});
  void defer(std::size_t number, const std::string& agent, const std::string& reason, const std::string& time = {});
  // Only an accepted (or changed) line can be marked ready; a proposed or deferred one throws.
  void mark_ready(std::size_t number, const std::string& agent, const std::string& time = {});

  // The lines an agent accepted and marked ready: nothing else can be sent.
  std::vector<const PlanLine*> ready_to_send() const;

  // Used by build_plan and by the JSON reader, which replays recorded decisions through
  // the methods above so that a stored plan obeys the same rules.
  void add_proposed_line(PlanLine line);

 private:
  PlanLine& editable(std::size_t number);
  void check_room(const PlanLine& line, Channel channel) const;
  void record(PlanLine& line, DecisionKind kind, Channel channel, const std::string& agent, const std::string& reason,
              const std::string& time);

  std::vector<PlanLine> lines_;
  std::size_t decisions_taken_ = 0;
};

// Builds the proposed plan. Candidates without a profile are treated as digitally excluded
// (the cautious default of AccessibilityProfile). Lines are ordered by tier, then by
// expected value.
Plan build_plan(const ChannelPolicy& policy, const std::vector<Candidate>& candidates,
                const std::vector<AccessibilityProfile>& profiles, const Capacity& capacity,
                const PlanOptions& options = {});

// The plan as JSON and back; reading replays every decision and throws Error on a plan whose
// recorded decisions break the rules (a line ready without acceptance).
std::string plan_to_json(const Plan& plan);
Plan plan_from_json(const std::string& text);

// Current UTC time as 2026-05-01T09:30:00Z.
std::string utc_now();

}  // namespace eligo::outreach
