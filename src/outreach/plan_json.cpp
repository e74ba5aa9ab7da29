// A plan stored as JSON between the agent's steps. Reading rebuilds the proposed lines and
// replays each recorded decision through Plan's own methods, so a file edited by hand to
// mark a line ready without an acceptance is refused, not trusted.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

using nlohmann::json;

std::string objective_name(Objective objective) {
  return objective == Objective::euros_opened ? "euros_opened" : "rights_opened";
}

Channel channel_named(const std::string& name) {
  if (const auto channel = channel_from_string(name)) return *channel;
  throw Error("plan: unknown channel `" + name + "`");
}

ContactTier tier_named(const std::string& name) {
  for (const ContactTier tier : {ContactTier::positive_gain, ContactTier::unknown_amount, ContactTier::no_gain})
    if (to_string(tier) == name) return tier;
  throw Error("plan: unknown tier `" + name + "`");
}

json line_to_json(const PlanLine& line) {
  json options = json::array();
  for (const ChannelValue& option : line.options) options.push_back({{"channel", to_string(option.channel)}, {"value", option.value}});
  json accommodations = json::array();
  for (const Accommodation need : line.accommodations) accommodations.push_back(to_string(need));
  json decisions = json::array();
  for (const Decision& decision : line.decisions)
    decisions.push_back({{"decision", to_string(decision.kind)},
                         {"channel", to_string(decision.channel)},
                         {"reason", decision.reason},
                         {"agent", decision.agent},
                         {"time", decision.time},
                         {"sequence", decision.sequence}});
  return {{"line", line.number},
          {"person_id", line.person_id},
          {"benefits", line.benefits},
          {"expected_gain", line.expected_gain},
          // The known amounts' total, and how many rights have an amount no one knows yet:
          // an unknown amount is never written as 0.
          {"known_amount", format_scaled(line.known_amount_cents, 2)},
          {"unknown_amounts", line.unknown_amounts},
          {"tier", to_string(line.tier)},
          {"proposed_channel", to_string(line.proposed_channel)},
          {"channel", to_string(line.channel)},
          {"status", to_string(line.status)},
          {"options", options},
          {"accommodations", accommodations},
          {"rules", line.rules},
          {"decisions", decisions}};
}

void replay(Plan& plan, std::size_t number, const json& decision) {
  const std::string kind = decision.at("decision").get<std::string>();
  const std::string agent = decision.at("agent").get<std::string>();
  const std::string reason = decision.at("reason").get<std::string>();
  const std::string time = decision.at("time").get<std::string>();
  if (kind == "accept")
    plan.accept(number, agent, reason, time);
  else if (kind == "change")
    plan.change(number, channel_named(decision.at("channel").get<std::string>()), agent, reason, time);
  else if (kind == "defer")
    plan.defer(number, agent, reason, time);
  else if (kind == "ready")
    plan.mark_ready(number, agent, time);
  else
    throw Error("plan: unknown decision `" + kind + "` on line " + std::to_string(number));
}

}  // namespace

std::string plan_to_json(const Plan& plan) {
  json capacity = json::object();
  for (const Channel channel : all_channels) {
    const std::size_t count = plan.capacity.of(channel);
    capacity[std::string(to_string(channel))] = count == Capacity::unlimited ? json("unlimited") : json(count);
  }
  json lines = json::array();
  for (const PlanLine& line : plan.lines()) lines.push_back(line_to_json(line));
  const json document = {{"format", "eligo-plan-1"},
                         {"id", plan.id},
                         {"pack", {{"id", plan.pack_id}, {"content_hash", plan.pack_hash}}},
                         {"objective", objective_name(plan.objective)},
                         {"capacity", capacity},
                         {"expected_value", plan.expected_value},
                         {"greedy_value", plan.greedy_value},
                         {"not_contacted", plan.not_contacted},
                         {"lines", lines}};
  return document.dump(2) + "\n";
}

Plan plan_from_json(const std::string& text) {
  try {
    const json document = json::parse(text);
    if (document.at("format") != "eligo-plan-1") throw Error("plan: unknown format; expected eligo-plan-1");
    Plan plan;
    plan.id = document.at("id").get<std::string>();
    plan.pack_id = document.at("pack").at("id").get<std::string>();
    plan.pack_hash = document.at("pack").at("content_hash").get<std::string>();
    plan.objective = document.at("objective") == "euros_opened" ? Objective::euros_opened : Objective::rights_opened;
    for (const auto& [name, count] : document.at("capacity").items())
      plan.capacity.set(channel_named(name), count.is_string() ? Capacity::unlimited : count.get<std::size_t>());
    plan.expected_value = document.at("expected_value").get<double>();
    plan.greedy_value = document.at("greedy_value").get<double>();
    plan.not_contacted = document.at("not_contacted").get<std::vector<std::string>>();
    for (const json& entry : document.at("lines")) {
      PlanLine line;
      line.person_id = entry.at("person_id").get<std::string>();
      line.benefits = entry.at("benefits").get<std::vector<std::string>>();
      line.expected_gain = entry.at("expected_gain").get<double>();
      line.known_amount_cents = parse_scaled(entry.at("known_amount").get<std::string>(), 2).value_or(0);
      line.unknown_amounts = entry.at("unknown_amounts").get<std::size_t>();
      line.tier = tier_named(entry.at("tier").get<std::string>());
      line.proposed_channel = channel_named(entry.at("proposed_channel").get<std::string>());
      for (const json& option : entry.at("options"))
        line.options.push_back({channel_named(option.at("channel").get<std::string>()), option.at("value").get<double>()});
      for (const json& need : entry.at("accommodations"))
        if (const auto accommodation = accommodation_from_string(need.get<std::string>()))
          line.accommodations.push_back(*accommodation);
      line.rules = entry.at("rules").get<std::vector<std::string>>();
      plan.add_proposed_line(std::move(line));
    }
    // Decisions after every line exists: a change may need room that a later line frees.
    // They are replayed in the order they were taken, so capacity checks see the same history.
    struct Step {
      std::size_t sequence;
      std::size_t line;
      std::size_t order;
      const json* decision;
    };
    std::vector<Step> steps;
    for (const json& entry : document.at("lines"))
      for (const json& decision : entry.at("decisions"))
        steps.push_back({decision.at("sequence").get<std::size_t>(), entry.at("line").get<std::size_t>(), steps.size(), &decision});
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.sequence < b.sequence; });
    for (const Step& step : steps) replay(plan, step.line, *step.decision);
    for (const json& entry : document.at("lines"))
      if (plan.line(entry.at("line").get<std::size_t>()).status != LineStatus::ready &&
          entry.at("status") == "ready")
        throw Error("plan: line " + std::to_string(entry.at("line").get<std::size_t>()) +
                    " says ready but its decisions do not make it so");
    return plan;
  } catch (const json::exception& failure) {
    throw Error(std::string("plan: not a valid plan file: ") + failure.what());
  }
}

}  // namespace eligo::outreach
