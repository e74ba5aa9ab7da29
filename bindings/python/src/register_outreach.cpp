// Outreach plans and the agent's decisions: the same Plan as the command line, whose only
// ways to move a line are accept, change, defer and mark_ready, so Python cannot send a
// line no agent decided on either.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "eligo/outreach.hpp"
#include "profile_dict.hpp"
#include "registers.hpp"

namespace py = pybind11;

namespace eligo::python {

namespace {

using namespace eligo::outreach;

Channel channel_named(const std::string& name) {
  const auto channel = channel_from_string(name);
  if (!channel)
    throw Error("unknown channel '" + name + "'; expected letter, phone, home_visit, counter, email_online or sms");
  return *channel;
}

std::vector<std::string> channel_names(const std::vector<Channel>& channels) {
  std::vector<std::string> names;
  for (const Channel channel : channels) names.emplace_back(to_string(channel));
  return names;
}

std::vector<std::string> accommodation_names(const std::vector<Accommodation>& accommodations) {
  std::vector<std::string> names;
  for (const Accommodation accommodation : accommodations) names.emplace_back(to_string(accommodation));
  return names;
}

py::dict line_dict(const PlanLine& line) {
  py::dict options;
  for (const ChannelValue& option : line.options) options[py::str(std::string(to_string(option.channel)))] = option.value;
  py::list decisions;
  for (const Decision& decision : line.decisions)
    decisions.append(py::dict(py::arg("decision") = std::string(to_string(decision.kind)),
                              py::arg("channel") = std::string(to_string(decision.channel)),
                              py::arg("reason") = decision.reason, py::arg("agent") = decision.agent,
                              py::arg("time") = decision.time, py::arg("sequence") = decision.sequence));
  return py::dict(py::arg("line") = line.number, py::arg("person_id") = line.person_id,
                  py::arg("benefits") = line.benefits, py::arg("expected_gain") = line.expected_gain,
                  py::arg("known_amount_cents") = line.known_amount_cents,
                  py::arg("unknown_amounts") = line.unknown_amounts, py::arg("tier") = std::string(to_string(line.tier)),
                  py::arg("proposed_channel") = std::string(to_string(line.proposed_channel)),
                  py::arg("channel") = std::string(to_string(line.channel)),
                  py::arg("status") = std::string(to_string(line.status)), py::arg("options") = options,
                  py::arg("accommodations") = accommodation_names(line.accommodations),
                  py::arg("rules") = line.rules, py::arg("decisions") = decisions);
}

py::dict proposal_dict(const ChannelProposal& proposal) {
  py::dict effectiveness;
  for (const Channel channel : proposal.channels)
    effectiveness[py::str(std::string(to_string(channel)))] = proposal.effectiveness[static_cast<std::size_t>(channel)];
  return py::dict(py::arg("channels") = channel_names(proposal.channels),
                  py::arg("accommodations") = accommodation_names(proposal.accommodations),
                  py::arg("effectiveness") = effectiveness, py::arg("rules") = proposal.rules,
                  py::arg("guarantees") = proposal.guarantees, py::arg("letter_language") = proposal.letter_language);
}

}  // namespace

void register_outreach(py::module_& module) {
  py::class_<Plan>(module, "Plan", "An outreach plan: proposed lines that only an agent's decision moves.")
      .def_readwrite("id", &Plan::id)
      .def_readonly("pack_id", &Plan::pack_id)
      .def_readonly("expected_value", &Plan::expected_value)
      .def_readonly("greedy_value", &Plan::greedy_value)
      .def_readonly("not_contacted", &Plan::not_contacted)
      .def_property_readonly("capacity",
                             [](const Plan& plan) {
                               py::dict capacity;
                               for (const Channel channel : all_channels) {
                                 const std::size_t count = plan.capacity.of(channel);
                                 capacity[py::str(std::string(to_string(channel)))] =
                                     count == Capacity::unlimited ? py::object(py::none()) : py::object(py::int_(count));
                               }
                               return capacity;
                             })
      .def_property_readonly("lines",
                             [](const Plan& plan) {
                               py::list lines;
                               for (const PlanLine& line : plan.lines()) lines.append(line_dict(line));
                               return lines;
                             })
      .def("accept", [](Plan& plan, std::size_t line, const std::string& agent, const std::string& reason,
                        const std::string& time) { plan.accept(line, agent, reason, time); },
           py::arg("line"), py::arg("agent"), py::arg("reason"), py::arg("time") = std::string())
      .def("change", [](Plan& plan, std::size_t line, const std::string& channel, const std::string& agent,
                        const std::string& reason, const std::string& time) {
             plan.change(line, channel_named(channel), agent, reason, time);
           },
           py::arg("line"), py::arg("channel"), py::arg("agent"), py::arg("reason"), py::arg("time") = std::string())
      .def("defer", [](Plan& plan, std::size_t line, const std::string& agent, const std::string& reason,
                       const std::string& time) { plan.defer(line, agent, reason, time); },
           py::arg("line"), py::arg("agent"), py::arg("reason"), py::arg("time") = std::string())
      .def("mark_ready", [](Plan& plan, std::size_t line, const std::string& agent,
                            const std::string& time) { plan.mark_ready(line, agent, time); },
           py::arg("line"), py::arg("agent"), py::arg("time") = std::string())
      .def("ready_to_send",
           [](const Plan& plan) {
             std::vector<std::size_t> numbers;
             for (const PlanLine* line : plan.ready_to_send()) numbers.push_back(line->number);
             return numbers;
           })
      .def("to_json", [](const Plan& plan) { return plan_to_json(plan); });

  module.def("plan_from_json", &plan_from_json, py::arg("text"),
             "A stored plan; its decisions are replayed, so a hand-edited 'ready' is refused.");
  module.def(
      "build_plan",
      [](const RulePack& pack,
         const std::vector<std::tuple<std::string, std::string, double, std::optional<std::int64_t>>>& rows,
         const std::vector<py::dict>& profile_rows, const std::map<std::string, std::optional<std::size_t>>& capacities,
         const std::string& objective) {
        const ChannelPolicy policy = ChannelPolicy::of(pack);
        std::vector<Candidate> candidates;
        for (const auto& [person, benefit, gain, cents] : rows) candidates.push_back(Candidate{person, benefit, gain, cents});
        std::vector<AccessibilityProfile> profiles;
        for (const py::dict& row : profile_rows) profiles.push_back(profile_from(row));
        Capacity capacity;
        for (const auto& [name, count] : capacities) capacity.set(channel_named(name), count.value_or(Capacity::unlimited));
        PlanOptions options;
        if (objective == "euros")
          options.objective = Objective::euros_opened;
        else if (objective != "rights")
          throw Error("objective '" + objective + "' is not rights or euros");
        py::gil_scoped_release release;
        return build_plan(policy, candidates, profiles, capacity, options);
      },
      py::arg("pack"), py::arg("candidates"), py::arg("profiles"), py::arg("capacity"), py::arg("objective") = "rights",
      "The proposed plan: candidates (person_id, benefit, expected_gain, amount_cents or None when unknown), profiles as dicts of the "
      "accessibility table's columns, capacity per channel (None: unlimited).");
  module.def(
      "propose_channels",
      [](const RulePack& pack, const py::dict& profile) {
        return proposal_dict(ChannelPolicy::of(pack).propose(profile_from(profile)));
      },
      py::arg("pack"), py::arg("profile"), "The channels, accommodations and letter register of one profile.");
}

}  // namespace eligo::python
