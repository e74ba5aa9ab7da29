"""Outreach plans and the agent's decisions, with DataFrames in and out.

The plan is the C++ ``Plan`` of the command line: every line starts ``proposed``; only an
agent's decision (accept, change, defer, with a reason) moves it, and only an accepted line
can be marked ready to send. The tables are those of docs/outreach.md.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

import pandas as pd

from . import _eligo
from ._evaluate import _pack_of
from ._errors import EligoError

CHANNELS = ("letter", "phone", "home_visit", "counter", "email_online", "sms")
_FLAGS = ("visual_need", "hearing_need", "cognitive_need", "interpreter_need", "isolated", "online_account",
          "past_unanswered_contact", "recent_arrival")
_NUMBERS = ("travel_minutes_france_services", "age")
_TRUE = {"true", "1", "yes", "oui"}
_FALSE = {"false", "0", "no", "non", ""}


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _flag(value: Any, row: int, column: str) -> bool | None:
    if _is_missing(value):
        return None
    if isinstance(value, (bool, int)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise EligoError(f"profiles row {row}, column {column!r}: expected true or false")


def _whole(value: Any, row: int, column: str) -> int | None:
    if _is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    # Python's own errors would quote the value (an age, a travel time): ours name the place.
    try:
        number = float(value)
        whole = int(number)
    except (TypeError, ValueError, OverflowError):
        whole, number = -1, math.nan
    if number < 0 or number != whole:
        raise EligoError(f"profiles row {row}, column {column!r}: expected a whole number >= 0")
    return whole


def _profile_rows(profiles: pd.DataFrame) -> list[dict[str, Any]]:
    if "person_id" not in profiles.columns:
        raise EligoError("profiles: missing column 'person_id'")
    rows = []
    for row, record in enumerate(profiles.to_dict("records")):
        fields: dict[str, Any] = {"person_id": str(record["person_id"])}
        if "digital_access" in record and not _is_missing(record["digital_access"]):
            fields["digital_access"] = str(record["digital_access"])  # blank stays none: never assumed online
        if "language" in record and not _is_missing(record["language"]) and str(record["language"]):
            fields["language"] = str(record["language"])
        for column in _FLAGS:
            if column in record and (value := _flag(record[column], row, column)) is not None:
                fields[column] = value
        for column in _NUMBERS:
            if column in record and (value := _whole(record[column], row, column)) is not None:
                fields[column] = value
        rows.append(fields)
    return rows


def _cents(amount: Any, row: int, column: str) -> int | None:
    """Cents of an amount in euros; None for a blank one: the amount of an undetermined right
    is unknown, not 0. The error names the row and column, never the amount."""
    if _is_missing(amount) or (isinstance(amount, str) and not amount.strip()):
        return None
    try:
        cents = Decimal(str(amount)) * 100
        exact = cents.is_finite() and cents == cents.to_integral_value() and cents >= 0
    except (InvalidOperation, ValueError):
        exact = False
    if not exact:
        raise EligoError(f"candidates row {row}, column {column!r}: expected euros with at most two decimals")
    return int(cents)
    return int(cents)


def _candidate_rows(candidates: pd.DataFrame) -> list[tuple[str, str, float, int | None]]:
    """The rows of a contact list (``eligo.rank``'s frame, or the ``eligo rank`` CSV read with
    pandas) or of any table with person_id, benefit, expected_gain and monthly_amount
    (``amount`` in older tables)."""
    amount = "monthly_amount" if "monthly_amount" in candidates.columns else "amount"
    for column in ("person_id", "benefit", "expected_gain", amount):
        if column not in candidates.columns:
            raise EligoError(f"candidates: missing column {column!r}")
    rows = []
    for i, r in enumerate(candidates.to_dict("records")):
        gain = r["expected_gain"]
        column = "expected_gain"
        if _is_missing(gain):  # a model without an uplift part: the list was ordered by this probability
            gain = r.get("non_claimant_probability")
            column = "non_claimant_probability"
            if _is_missing(gain):
                raise EligoError(f"candidates row {i}, column 'expected_gain': blank, and no non_claimant_probability")
        cents = _cents(r[amount], i, amount)
        if cents is None and r.get("status") == "eligible":
            raise EligoError(f"candidates row {i}, column {amount!r}: an eligible row needs its amount; only an "
                             "undetermined right may leave it blank")
        rows.append((str(r["person_id"]), str(r["benefit"]), _gain(gain, i, column), cents))
    return rows


def _gain(value: Any, row: int, column: str = "expected_gain") -> float:
    try:
        gain = float(value)
    except (TypeError, ValueError):
        gain = math.nan
    if math.isnan(gain):
        raise EligoError(f"candidates row {row}, column {column!r}: expected a number")
    return gain


def _capacity(capacity: Mapping[str, Any] | pd.DataFrame) -> dict[str, int | None]:
    if isinstance(capacity, pd.DataFrame):
        capacity = dict(zip(capacity["channel"], capacity["capacity"]))
    out: dict[str, int | None] = {}
    for channel, count in capacity.items():
        if channel not in CHANNELS:
            raise EligoError(f"capacity: unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
        out[channel] = None if count is None or str(count) == "unlimited" else int(count)
    return out


class OutreachPlan:
    """A contact plan under capacity, with the agent's decisions.

    ``lines()`` is a DataFrame; ``accept``, ``change`` and ``defer`` need a reason and an agent
    id; ``mark_ready`` refuses a line no agent accepted (``EligoError``).
    """

    def __init__(self, plan: _eligo.Plan):
        self._plan = plan

    @property
    def expected_rights(self) -> float:
        """Expected value of the proposed assignment (rights opened, or euros)."""
        return self._plan.expected_value

    @property
    def greedy_rights(self) -> float:
        """What best-person-first would have reached on the same candidates."""
        return self._plan.greedy_value

    @property
    def not_contacted(self) -> list[str]:
        return list(self._plan.not_contacted)

    @property
    def capacity(self) -> dict[str, int | None]:
        return self._plan.capacity

    def lines(self) -> pd.DataFrame:
        """One row per line: who, about which benefits, the proposed and current channel, the
        status, the accommodations, and the last decision with its reason and agent."""
        rows = []
        for line in self._plan.lines:
            last = line["decisions"][-1] if line["decisions"] else {}
            rows.append({
                "line": line["line"], "person_id": line["person_id"], "benefits": line["benefits"],
                "expected_gain": line["expected_gain"], "known_amount": Decimal(line["known_amount_cents"]) / 100,
                "unknown_amounts": line["unknown_amounts"], "tier": line["tier"],
                "proposed_channel": line["proposed_channel"], "channel": line["channel"],
                "status": line["status"], "expected_value": line["options"].get(line["channel"], 0.0),
                "usable_channels": list(line["options"]), "accommodations": line["accommodations"],
                "decision": last.get("decision"), "reason": last.get("reason"), "agent": last.get("agent"),
            })
        frame = pd.DataFrame(rows, columns=["line", "person_id", "benefits", "expected_gain", "known_amount",
                                            "unknown_amounts", "tier",
                                            "proposed_channel", "channel", "status", "expected_value",
                                            "usable_channels", "accommodations", "decision", "reason", "agent"])
        frame["status"] = pd.Categorical(frame["status"], categories=["proposed", "accepted", "deferred", "ready"])
        return frame.set_index("line")

    def decisions(self) -> pd.DataFrame:
        """Every decision taken, in the order taken."""
        rows = [{"line": line["line"], "person_id": line["person_id"], **decision}
                for line in self._plan.lines for decision in line["decisions"]]
        frame = pd.DataFrame(rows, columns=["line", "person_id", "decision", "channel", "reason", "agent", "time",
                                            "sequence"])
        return frame.sort_values("sequence").reset_index(drop=True)

    def summary(self) -> pd.DataFrame:
        """Per channel: people on it (deferred lines excepted), its capacity, expected rights."""
        lines = self.lines()
        active = lines[lines["status"] != "deferred"]
        rows = []
        for channel in CHANNELS:
            on = active[active["channel"] == channel]
            rows.append({"channel": channel, "people": len(on), "capacity": self.capacity.get(channel),
                         "expected_rights": float(on["expected_value"].sum())})
        return pd.DataFrame(rows).set_index("channel")

    def accept(self, line: int, *, reason: str, agent: str) -> None:
        self._plan.accept(line, agent, reason)

    def change(self, line: int, channel: str, *, reason: str, agent: str) -> None:
        self._plan.change(line, channel, agent, reason)

    def defer(self, line: int, *, reason: str, agent: str) -> None:
        self._plan.defer(line, agent, reason)

    def mark_ready(self, line: int, *, agent: str) -> None:
        self._plan.mark_ready(line, agent)

    def ready_to_send(self) -> pd.DataFrame:
        """Only the lines an agent accepted and marked ready."""
        return self.lines().loc[self._plan.ready_to_send()]

    def to_json(self) -> str:
        return self._plan.to_json()

    @classmethod
    def from_json(cls, text: str) -> "OutreachPlan":
        """A stored plan; its decisions are replayed, so a hand-edited "ready" is refused."""
        return cls(_eligo.plan_from_json(text))

    def __repr__(self) -> str:
        return (f"<eligo.OutreachPlan {len(self._plan.lines)} lines, expected {self.expected_rights:.2f} "
                f"(best-person-first {self.greedy_rights:.2f})>")

    def _repr_html_(self) -> str:
        return self.summary()._repr_html_()


def plan_outreach(pack, candidates: pd.DataFrame, profiles: pd.DataFrame, capacity, *,
                  objective: str = "rights") -> OutreachPlan:
    """Proposes a plan: each candidate on one channel they can use (the pack's channel
    policy), within each channel's capacity, maximising expected rights opened (or euros).

    `candidates` has person_id, benefit, expected_gain, monthly_amount (euros per month; blank
    when unknown, for an undetermined right; ``amount`` in older tables) — the frame
    ``eligo.rank`` returns, or the CSV ``eligo rank`` writes. A person whose gain is 0 or
    less is never contacted before one with a positive gain; with ``objective="euros"``, a
    person none of whose amounts is known comes after those whose amount is known (the
    ``tier`` column of ``lines()``);
    `profiles` the accessibility table's columns; `capacity` maps channel to a count (None or
    "unlimited": no limit) or is a frame with channel and capacity columns.
    """
    pack = _pack_of(pack)
    return OutreachPlan(_eligo.build_plan(pack._rule_pack, _candidate_rows(candidates), _profile_rows(profiles),
                                          _capacity(capacity), objective))


def propose_channels(pack, profile: Mapping[str, Any]) -> dict[str, Any]:
    """The channels one person can use, the accommodations the contact needs, the policy
    rules that applied and the register of their letter."""
    pack = _pack_of(pack)
    return _eligo.propose_channels(pack._rule_pack, _profile_rows(pd.DataFrame([dict(profile)]))[0])
