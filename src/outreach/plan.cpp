// Human oversight of a plan: the only ways a line moves. A line is sent only once an agent
// accepted it and marked it ready; every step records who, when and why.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

std::string line_name(std::size_t number) { return "line " + std::to_string(number); }

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

std::string_view to_string(LineStatus status) {
  switch (status) {
    case LineStatus::proposed: return "proposed";
    case LineStatus::accepted: return "accepted";
    case LineStatus::deferred: return "deferred";
    case LineStatus::ready: return "ready";
  }
  return "proposed";
}

std::string_view to_string(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::accept: return "accept";
    case DecisionKind::change: return "change";
    case DecisionKind::defer: return "defer";
    case DecisionKind::ready: return "ready";
  }
  return "accept";
}

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

const PlanLine& Plan::line(std::size_t number) const {
  if (number == 0 || number > lines_.size())
    throw Error("the plan has no " + line_name(number) + "; its lines are numbered 1 to " + std::to_string(lines_.size()));
  return lines_[number - 1];
}

PlanLine& Plan::editable(std::size_t number) {
  line(number);  // checks the number
  return lines_[number - 1];
}

void Plan::add_proposed_line(PlanLine line) {
  line.number = lines_.size() + 1;
  line.channel = line.proposed_channel;
  line.status = LineStatus::proposed;
  line.decisions.clear();
  lines_.push_back(std::move(line));
}

void Plan::check_room(const PlanLine& line, Channel channel) const {
  const std::size_t capacity_left = capacity.of(channel);
  const auto taken = std::count_if(lines_.begin(), lines_.end(), [&](const PlanLine& other) {
    return other.number != line.number && other.channel == channel && other.status != LineStatus::deferred;
  });
  if (static_cast<std::size_t>(taken) >= capacity_left)
    throw Error(line_name(line.number) + ": no room left on " + std::string(to_string(channel)) + " (capacity " +
                std::to_string(capacity_left) + "); defer another line on it first");
}

void Plan::record(PlanLine& line, DecisionKind kind, Channel channel, const std::string& agent,
                  const std::string& reason, const std::string& time) {
  if (is_blank(agent)) throw Error(line_name(line.number) + ": an agent id is required");
  if (kind != DecisionKind::ready && is_blank(reason))
    throw Error(line_name(line.number) + ": a reason is required to " + std::string(to_string(kind)) + " a line");
  if (line.status == LineStatus::ready)
    throw Error(line_name(line.number) + " is already ready to send; it can no longer change");
  line.decisions.push_back(Decision{kind, channel, reason, agent, time.empty() ? utc_now() : time, ++decisions_taken_});
}

void Plan::accept(std::size_t number, const std::string& agent, const std::string& reason, const std::string& time) {
  PlanLine& target = editable(number);
  if (target.status == LineStatus::deferred) check_room(target, target.channel);
  record(target, DecisionKind::accept, target.channel, agent, reason, time);
  target.status = LineStatus::accepted;
}

void Plan::change(std::size_t number, Channel channel, const std::string& agent, const std::string& reason,
                  const std::string& time) {
  PlanLine& target = editable(number);
  const bool usable = std::any_of(target.options.begin(), target.options.end(),
                                  [&](const ChannelValue& option) { return option.channel == channel; });
  if (!usable) {
    std::string names;
    for (const ChannelValue& option : target.options) names += (names.empty() ? "" : ", ") + std::string(to_string(option.channel));
    throw Error(line_name(number) + ": " + std::string(to_string(channel)) +
                " is not a channel this person can use; usable: " + names);
  }
  if (channel != target.channel || target.status == LineStatus::deferred) check_room(target, channel);
  record(target, DecisionKind::change, channel, agent, reason, time);
  target.channel = channel;
  target.status = LineStatus::accepted;
}

void Plan::defer(std::size_t number, const std::string& agent, const std::string& reason, const std::string& time) {
  PlanLine& target = editable(number);
  record(target, DecisionKind::defer, target.channel, agent, reason, time);
  target.status = LineStatus::deferred;
}

void Plan::mark_ready(std::size_t number, const std::string& agent, const std::string& time) {
  PlanLine& target = editable(number);
  if (target.status != LineStatus::accepted)
    throw Error(line_name(number) + " is " + std::string(to_string(target.status)) +
                ": only a line an agent accepted can be marked ready to send");
  record(target, DecisionKind::ready, target.channel, agent, {}, time);
  target.status = LineStatus::ready;
}

std::vector<const PlanLine*> Plan::ready_to_send() const {
  std::vector<const PlanLine*> ready;
  for (const PlanLine& line : lines_) {
    // Belt and braces: a ready line must carry an agent's acceptance before its readiness.
    const bool accepted = std::any_of(line.decisions.begin(), line.decisions.end(), [](const Decision& d) {
      return d.kind == DecisionKind::accept || d.kind == DecisionKind::change;
    });
    if (line.status == LineStatus::ready && accepted) ready.push_back(&line);
  }
  return ready;
}

}  // namespace eligo::outreach
