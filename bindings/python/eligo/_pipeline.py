"""The chain from a population to an outreach plan, with DataFrames in and out:

    synthetic = eligo.synthesize("fr", households=2000, seed=1, period="2026-05")
    detection = eligo.detect("fr", synthetic.persons, synthetic.groups, synthetic.receipts, "2026-05",
                             accessibility=synthetic.accessibility)
    model = eligo.train(past_detection, past.campaign)          # or eligo.load_model("model.json")
    ranked = eligo.rank(detection, model, capacity=500)         # the contact list of `eligo rank`
    plan = eligo.plan(pack, ranked, synthetic.accessibility, {"letter": 300, "phone": 100})

Each step calls the library function the command line calls (eligo/pipeline.hpp), so the
frames hold what the command line's files hold. The rules decide who is entitled; the model
only orders contacts; an agent decides each contact.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from . import _eligo
from ._errors import EligoError
from ._evaluate import _pack_of, _period_text
from ._frames import build_population_and_ids
from ._model_file import ModelFile, load_model
from ._outreach import _is_missing, _profile_rows

_YES = {"true", "1", "yes", "oui"}
_NO = {"false", "0", "no", "non"}
_RECEIPT_NO, _RECEIPT_YES, _RECEIPT_UNKNOWN = 0, 1, 2  # eligo::Receipt
_CANDIDATE_STATUS = pd.CategoricalDtype(["eligible", "undetermined"])


@dataclass
class Synthetic:
    """A synthetic population's tables, as ``eligo synth`` writes them
    (docs/synthetic-population.md gives the columns): values are text, as read from the files."""

    pack: Any
    period: str
    persons: pd.DataFrame
    groups: pd.DataFrame
    receipts: pd.DataFrame
    accessibility: pd.DataFrame
    campaign: pd.DataFrame
    truth: pd.DataFrame
    calibration: pd.DataFrame

    def __repr__(self) -> str:
        return (f"<eligo.Synthetic {len(self.groups)} groups, {len(self.persons)} persons, "
                f"period {self.period}, pack {self.pack.id}>")


def synthesize(pack="fr", households: int = 1000, *, seed: int = 1, period="2025-10", unknown_rate: float = 0.02,
               threads: int = 1, folder: str | os.PathLike[str] | None = None) -> Synthetic:
    """Draws a synthetic population for `pack` (the generator of ``eligo synth``: households,
    accessibility profiles, who receives each benefit, a past campaign with a control group).

    The same seed gives the same tables on every machine, whatever `threads`. With `folder`,
    the CSV files are also kept there."""
    pack = _pack_of(pack)
    period = _period_text(period)
    if households < 1:
        raise EligoError("households must be at least 1")
    with tempfile.TemporaryDirectory(prefix="eligo-synth-") as scratch:
        target = Path(folder) if folder is not None else Path(scratch)
        _eligo.synthesize_to_folder(pack.program, int(households), int(seed), period, float(unknown_rate),
                                    int(threads), os.fspath(target))
        entities = pack.entities

        def read(name: str) -> pd.DataFrame:
            return pd.read_csv(target / name, dtype=str)

        return Synthetic(pack=pack, period=period, persons=read(f"{entities['person']}s.csv"),
                         groups=read(f"{entities['group']}.csv"), receipts=read("receipts.csv"),
                         accessibility=read("accessibility.csv"), campaign=read("campaign.csv"),
                         truth=read("truth.csv"), calibration=read("calibration.csv"))


def _receipt_code(value: Any, row: int, column: str) -> int:
    if _is_missing(value):
        return _RECEIPT_UNKNOWN
    if isinstance(value, (bool, int)) and value in (0, 1):
        return _RECEIPT_YES if value else _RECEIPT_NO
    text = str(value).strip().lower()
    if text == "":
        return _RECEIPT_UNKNOWN
    if text in _YES:
        return _RECEIPT_YES
    if text in _NO:
        return _RECEIPT_NO
    raise EligoError(f"receipts row {row}, column {column!r}: expected true, false or blank (unknown), got {value!r}")


def _receipt_table(pack, receipts: pd.DataFrame) -> tuple[list[str], list[str], list[list[int]]]:
    if not isinstance(receipts, pd.DataFrame):
        raise TypeError(f"receipts must be a pandas DataFrame, not {type(receipts).__name__}")
    ids = [c for c in receipts.columns if c == pack.group_id_column] or \
          [c for c in receipts.columns if str(c).endswith("_id")]
    if not ids:
        raise EligoError(f"receipts: missing column {pack.group_id_column!r} (the group of each row)")
    id_column = ids[0]
    groups = [str(g) for g in receipts[id_column]]
    benefits = [str(c) for c in receipts.columns if c != id_column]
    cells = [[_receipt_code(v, row, column) for row, v in enumerate(receipts[column])] for column in benefits]
    return groups, benefits, cells


class Detection:
    """Who is entitled (or undetermined) by the rules and does not claim, with the features
    the ranking model reads. ``candidates`` is a DataFrame; ``eligo.rank`` orders them."""

    def __init__(self, pack, detected: "_eligo.DetectedRights", period: str):
        self.pack = pack
        self.period = period
        self._detected = detected

    def __len__(self) -> int:
        return self._detected.candidate_count

    @property
    def candidates(self) -> pd.DataFrame:
        """One row per right not claimed: the group, the person a contact addresses, the
        benefit, the status, the monthly amount (Decimal euros; None when undetermined:
        unknown, never 0) and the inputs that would decide an undetermined right."""
        columns = self._detected.candidates()
        amounts = [None if cents is None else Decimal(cents).scaleb(-2) for cents in columns["monthly_cents"]]
        return pd.DataFrame({
            self.pack.group_id_column: columns["group_id"], "person_id": columns["person_id"],
            "benefit": columns["benefit"], "status": pd.Categorical(columns["status"], dtype=_CANDIDATE_STATUS),
            "monthly_amount": pd.Series(amounts, dtype=object), "missing_inputs": columns["missing_inputs"],
        })

    def __repr__(self) -> str:
        return f"<eligo.Detection {len(self)} candidates, period {self.period}, pack {self.pack.id}>"


def detect(pack, persons: pd.DataFrame, groups: pd.DataFrame, receipts: pd.DataFrame, period, *,
           accessibility: pd.DataFrame | None = None, threads: int = 1) -> Detection:
    """Evaluates the population and crosses it with `receipts` (a ``<group>_id`` column, then
    one column per benefit: true, false or blank for unknown), as ``eligo detect`` and
    ``eligo rank`` do. `accessibility` (the table of docs/outreach.md) gives the ranking model
    its accessibility features; without it they are missing."""
    pack = _pack_of(pack)
    period = _period_text(period)
    population, _ = build_population_and_ids(pack, persons, groups)
    receipt_groups, receipt_benefits, cells = _receipt_table(pack, receipts)
    profiles = _profile_rows(accessibility) if accessibility is not None else []
    detected = _eligo.detect_rights(pack.program, population, receipt_groups, receipt_benefits, cells, profiles,
                                    period, int(threads))
    return Detection(pack, detected, period)


def _flag(value: Any, row: int, column: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise EligoError(f"campaign row {row}, column {column!r}: expected true or false, got {value!r}")


def train(detection: Detection, campaign: pd.DataFrame, *, seed: int = 1) -> ModelFile:
    """The two-output model of ``eligo train`` (the probability of not claiming, and the
    expected gain from contact learnt on the campaign's randomised control group), trained on
    every right of `detection` and the `campaign` rows (``<group>_id``, person_id, benefit,
    contacted, claimed_within_3_months). Save it with ``model.save(path)``."""
    group_column = detection.pack.group_id_column
    for column in (group_column, "person_id", "benefit", "contacted", "claimed_within_3_months"):
        if column not in campaign.columns:
            raise EligoError(f"campaign: missing column {column!r}")
    rows = [(str(r[group_column]), str(r["person_id"]), str(r["benefit"]), _flag(r["contacted"], i, "contacted"),
             _flag(r["claimed_within_3_months"], i, "claimed_within_3_months"))
            for i, r in enumerate(campaign.to_dict("records"))]
    saved = _eligo.train_ranking_model(detection.pack.program, detection._detected, rows, int(seed))
    return ModelFile(saved, "")


RANK_COLUMNS_AFTER_GROUP = ["person_id", "benefit", "status", "monthly_amount", "non_claimant_probability",
                            "expected_gain", "within_capacity"]


def rank(detection: Detection, model: ModelFile | str | os.PathLike[str], *, capacity: int = 500) -> pd.DataFrame:
    """The contact list of ``eligo rank``: every candidate in the model's order (by expected
    gain from contact when the model has an uplift part, else by the probability of not
    claiming), with the same columns as its CSV file: rank, ``<group>_id``, person_id,
    benefit, status, monthly_amount (Decimal; None when undetermined), non_claimant_probability,
    expected_gain (NaN without an uplift part; it may be negative), within_capacity, and the
    three largest reasons with their contributions. ``eligo.plan`` reads it as it is."""
    if not isinstance(model, ModelFile):
        model = load_model(model)
    if capacity < 1:
        raise EligoError("capacity must be at least 1")
    rows = _eligo.contact_rows(model._saved, detection._detected, int(capacity))
    group_column = detection.pack.group_id_column
    records = []
    for row in rows:
        record = {"rank": row["rank"], group_column: row["group_id"], "person_id": row["person_id"],
                  "benefit": row["benefit"], "status": row["status"],
                  "monthly_amount": None if row["monthly_cents"] is None else Decimal(row["monthly_cents"]).scaleb(-2),
                  "non_claimant_probability": row["non_claimant_probability"],
                  "expected_gain": float("nan") if row["expected_gain"] is None else row["expected_gain"],
                  "within_capacity": row["within_capacity"]}
        for r in range(3):
            reason = row["reasons"][r] if r < len(row["reasons"]) else (None, float("nan"))
            record[f"reason_{r + 1}"] = reason[0]
            record[f"contribution_{r + 1}"] = reason[1]
        records.append(record)
    columns = ["rank", group_column, *RANK_COLUMNS_AFTER_GROUP] + \
        [name for r in range(1, 4) for name in (f"reason_{r}", f"contribution_{r}")]
    frame = pd.DataFrame(records, columns=columns)
    frame["status"] = pd.Categorical(frame["status"], dtype=_CANDIDATE_STATUS)
    frame["monthly_amount"] = frame["monthly_amount"].astype(object)
    return frame
