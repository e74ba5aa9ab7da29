"""Outreach plans from Python: the sample tables of tests/data/outreach give the plan the
command-line test checks by hand (0.805 expected rights, P04 on the one home visit), and a
line cannot be ready to send without an agent's acceptance."""

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import eligo

TABLES = Path(__file__).resolve().parents[1] / "data" / "outreach"


@pytest.fixture()
def plan(example):
    candidates = pd.read_csv(TABLES / "candidates.csv")
    profiles = pd.read_csv(TABLES / "profiles.csv", dtype=str, keep_default_na=False)
    capacity = pd.read_csv(TABLES / "capacity.csv", dtype=str)
    return eligo.plan_outreach(example, candidates, profiles, capacity)


def test_the_plan_assigns_accessible_channels_within_capacity(plan):
    assert plan.expected_rights == pytest.approx(0.805)
    assert plan.not_contacted == []
    lines = plan.lines()
    assert list(lines.index) == [1, 2, 3, 4, 5, 6]
    first = lines.loc[1]
    assert first["person_id"] == "P04" and first["channel"] == "home_visit" and first["status"] == "proposed"
    # P04 has no digital access: the usable channels are physical ones and the phone.
    assert set(first["usable_channels"]) <= {"letter", "phone", "home_visit", "counter"}
    # P02 is offline: no digital channel is usable, whatever the plan.
    p02 = lines[lines["person_id"] == "P02"].iloc[0]
    assert not {"email_online", "sms"} & set(p02["usable_channels"])
    assert p02["known_amount"] == Decimal("122.17") and p02["unknown_amounts"] == 0 and p02["tier"] == "positive_gain"
    summary = plan.summary()
    assert summary.loc["home_visit", "people"] == 1 and summary.loc["home_visit", "capacity"] == 1
    assert summary.loc["counter", "people"] <= 2
    assert summary["expected_rights"].sum() == pytest.approx(0.805)
    assert pd.isna(summary.loc["sms", "capacity"])


def test_a_line_cannot_be_ready_without_an_agent_decision(plan):
    with pytest.raises(eligo.EligoError) as refused:
        plan.mark_ready(1, agent="agent-7")
    assert str(refused.value) == "line 1 is proposed: only a line an agent accepted can be marked ready to send"
    assert plan.ready_to_send().empty

    with pytest.raises(eligo.EligoError, match="a reason is required to accept a line"):
        plan.accept(1, reason=" ", agent="agent-7")
    plan.accept(1, reason="home visit agreed by phone", agent="agent-7")
    plan.mark_ready(1, agent="agent-7")
    ready = plan.ready_to_send()
    assert list(ready.index) == [1] and ready.loc[1, "status"] == "ready"
    assert ready.loc[1, "reason"] is None or ready.loc[1, "decision"] == "ready"

    plan.defer(2, reason="asked to be called back in June", agent="agent-9")
    with pytest.raises(eligo.EligoError) as deferred:
        plan.mark_ready(2, agent="agent-9")
    assert str(deferred.value) == "line 2 is deferred: only a line an agent accepted can be marked ready to send"


def test_a_change_stays_on_a_usable_channel_and_is_recorded(plan):
    # The steps of tests/cli/plan_decide_audit.cmake, from Python.
    with pytest.raises(eligo.EligoError, match="line 2: sms is not a channel this person can use"):
        plan.change(2, "sms", reason="prefers texts", agent="agent-7")
    plan.defer(2, reason="asked to be called back in June", agent="agent-9")
    plan.change(5, "counter", reason="wants to meet in person", agent="agent-9")
    after = plan.lines()
    assert after.loc[2, "status"] == "deferred" and after.loc[2, "reason"] == "asked to be called back in June"
    assert after.loc[5, "status"] == "accepted" and after.loc[5, "channel"] == "counter"
    assert after.loc[5, "decision"] == "change" and after.loc[5, "agent"] == "agent-9"
    decisions = plan.decisions()
    assert list(zip(decisions["line"], decisions["decision"])) == [(2, "defer"), (5, "change")]
    assert plan.summary().loc["counter", "people"] <= 2


def test_a_stored_plan_replays_its_decisions(plan):
    plan.accept(1, reason="agreed", agent="agent-7")
    plan.mark_ready(1, agent="agent-7")
    again = eligo.OutreachPlan.from_json(plan.to_json())
    assert list(again.ready_to_send().index) == [1]
    # A line marked ready by hand in the file, with no decision behind it, is refused.
    import json
    document = json.loads(plan.to_json())
    document["lines"][1]["status"] = "ready"
    with pytest.raises(eligo.EligoError, match="plan: line 2"):
        eligo.OutreachPlan.from_json(json.dumps(document))


def test_the_channel_policy_chooses_the_register_of_letters():
    fr = eligo.load_pack("fr")
    easy = eligo.propose_channels(fr, {"person_id": "a", "digital_access": "none", "cognitive_need": "true"})
    assert easy["letter_language"] == "fr-falc" and "easy_to_read" in easy["accommodations"]
    assert "email_online" not in easy["channels"] and "letter" in easy["channels"]
    english = eligo.propose_channels(fr, {"person_id": "b", "digital_access": "autonomous", "language": "en"})
    assert english["letter_language"] == "en"
    plain = eligo.propose_channels(fr, {"person_id": "c", "digital_access": "autonomous"})
    assert plain["letter_language"] == "fr"


def test_bad_tables_are_clear_errors(example):
    candidates = pd.DataFrame({"person_id": ["P1"], "benefit": ["aide_energie"], "expected_gain": [0.5],
                               "amount": [10.123]})
    profiles = pd.DataFrame({"person_id": ["P1"]})
    with pytest.raises(eligo.EligoError, match="candidates row 0, column 'amount'"):
        eligo.plan_outreach(example, candidates, profiles, {"letter": 1})
    candidates["amount"] = [10.12]
    with pytest.raises(eligo.EligoError, match="unknown channel 'pigeon'"):
        eligo.plan_outreach(example, candidates, profiles, {"pigeon": 1})
