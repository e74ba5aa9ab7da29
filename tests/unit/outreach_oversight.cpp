// Human oversight: a line becomes ready to send only after an agent accepted it, every
// decision needs an agent and a reason, a change must stay on a usable channel with room,
// and a stored plan whose decisions do not justify its state is refused.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "eligo/outreach.hpp"

// Inside eligo::outreach, so that its names (Channel, AccessibilityProfile) are found
// before eligo's.
namespace eligo::outreach {
namespace {

using C = Channel;

Plan two_line_plan() {
  Plan plan;
  plan.id = "test";
  plan.capacity.set(C::letter, 1);
  plan.capacity.set(C::counter, 1);
  plan.capacity.set(C::phone, 1);
  PlanLine first;
  first.person_id = "P1";
  first.proposed_channel = C::counter;
  first.options = {{C::letter, 0.05}, {C::counter, 0.25}};
  plan.add_proposed_line(first);
  PlanLine second;
  second.person_id = "P2";
  second.proposed_channel = C::letter;
  second.options = {{C::letter, 0.04}, {C::phone, 0.1}, {C::counter, 0.2}};
  plan.add_proposed_line(second);
  return plan;
}

}  // namespace

TEST_CASE("Oversight: nothing is ready to send without an agent's acceptance", "[outreach][oversight]") {
  Plan plan = two_line_plan();
  CHECK(plan.line(1).status == LineStatus::proposed);
  CHECK_THROWS_WITH(plan.mark_ready(1, "agent-7"), Catch::Contains("line 1 is proposed: only a line an agent accepted"));
  CHECK(plan.ready_to_send().empty());

  plan.accept(1, "agent-7", "reached by phone beforehand; prefers the counter");
  CHECK(plan.ready_to_send().empty());  // accepted is not yet ready
  plan.mark_ready(1, "agent-7");
  REQUIRE(plan.ready_to_send().size() == 1);
  CHECK(plan.ready_to_send()[0]->person_id == "P1");
  CHECK_THROWS_WITH(plan.defer(1, "agent-7", "too late"), Catch::Contains("already ready"));

  plan.defer(2, "agent-9", "the person is in hospital this month");
  CHECK_THROWS_WITH(plan.mark_ready(2, "agent-9"), Catch::Contains("line 2 is deferred"));
  CHECK(plan.ready_to_send().size() == 1);
}

TEST_CASE("Oversight: agent and reason are required", "[outreach][oversight]") {
  Plan plan = two_line_plan();
  CHECK_THROWS_WITH(plan.accept(1, "agent-7", "  "), Catch::Contains("a reason is required to accept"));
  CHECK_THROWS_WITH(plan.defer(1, "agent-7", ""), Catch::Contains("a reason is required to defer"));
  CHECK_THROWS_WITH(plan.change(2, C::phone, "agent-7", ""), Catch::Contains("a reason is required to change"));
  CHECK_THROWS_WITH(plan.accept(1, "", "ok"), Catch::Contains("an agent id is required"));
  CHECK_THROWS_WITH(plan.accept(3, "agent-7", "ok"), Catch::Contains("no line 3"));
  CHECK(plan.line(1).decisions.empty());
  CHECK(plan.line(1).status == LineStatus::proposed);
}

TEST_CASE("Oversight: a change stays on a usable channel with room", "[outreach][oversight]") {
  Plan plan = two_line_plan();
  CHECK_THROWS_WITH(plan.change(1, C::sms, "agent-7", "prefers texts"),
                    Catch::Contains("sms is not a channel this person can use; usable: letter, counter"));
  CHECK_THROWS_WITH(plan.change(2, C::counter, "agent-7", "wants to meet"), Catch::Contains("no room left on counter"));
  plan.defer(1, "agent-7", "asked to be called back in June");
  plan.change(2, C::counter, "agent-7", "wants to meet in person");
  CHECK(plan.line(2).channel == C::counter);
  CHECK(plan.line(2).status == LineStatus::accepted);
  CHECK_THROWS_WITH(plan.accept(1, "agent-7", "back from leave"), Catch::Contains("no room left on counter"));
  plan.mark_ready(2, "agent-7");
  CHECK(plan.ready_to_send().size() == 1);
}

TEST_CASE("Oversight: a stored plan replays its decisions and refuses forged states", "[outreach][oversight]") {
  Plan plan = two_line_plan();
  plan.defer(1, "agent-7", "asked to be called back", "2026-05-01T09:00:00Z");
  plan.change(2, C::counter, "agent-7", "wants to meet", "2026-05-01T09:00:00Z");
  plan.mark_ready(2, "agent-7", "2026-05-01T09:05:00Z");
  const std::string stored = plan_to_json(plan);
  const Plan read = plan_from_json(stored);
  CHECK(plan_to_json(read) == stored);
  CHECK(read.ready_to_send().size() == 1);

  // A file edited to say line 1 is ready, without any decision behind it.
  auto forged = nlohmann::json::parse(plan_to_json(two_line_plan()));
  forged["lines"][0]["status"] = "ready";
  CHECK_THROWS_WITH(plan_from_json(forged.dump()), Catch::Contains("line 1 says ready but its decisions do not make it so"));
  // ... or with a `ready` decision and no acceptance before it.
  forged["lines"][0]["decisions"] = nlohmann::json::array(
      {{{"decision", "ready"}, {"channel", "counter"}, {"reason", ""}, {"agent", "x"}, {"time", "t"}, {"sequence", 1}}});
  CHECK_THROWS_WITH(plan_from_json(forged.dump()), Catch::Contains("only a line an agent accepted"));
}

}  // namespace eligo::outreach
