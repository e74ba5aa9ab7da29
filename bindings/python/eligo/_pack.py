"""Rule packs as analysts see them: what a pack holds, as DataFrames, and its problems.

A Pack keeps the loaded pack, compiles it on first use, and pickles *by value*: the bytes of
every file of the pack folder travel with it, so a Dask or Spark worker that lacks the files
rebuilds the same pack (see ``_pack_files.py``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pandas as pd

from . import _eligo
from ._pack_files import PackFiles


def _text(by_language: dict[str, str], language: str) -> str:
    """A pack text in `language`, else French, else any: as Text::in does in C++."""
    for key in (language, "fr"):
        if by_language.get(key):
            return by_language[key]
    return next(iter(by_language.values()), "")


class Pack:
    """A loaded rule pack, compiled on first evaluation.

    Build one with :func:`eligo.load_pack`. Texts in the frames are in ``language``
    (``fr``, ``fr-falc`` or ``en``; French when a text lacks that language).
    """

    def __init__(self, rule_pack: _eligo.RulePack, files: PackFiles, language: str = "fr"):
        self._rule_pack = rule_pack
        self._files = files
        self.language = language
        self._program: _eligo.Program | None = None
        self._compile_lock = threading.Lock()

    # -- identity -----------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self._rule_pack.id

    @property
    def version(self) -> str:
        return self._rule_pack.version

    @property
    def title(self) -> str:
        return _text(self._rule_pack.title, self.language)

    @property
    def languages(self) -> list[str]:
        return list(self._rule_pack.languages)

    @property
    def root(self) -> Path:
        return Path(self._rule_pack.root)

    @property
    def content_hash(self) -> str:
        return self._rule_pack.content_hash

    @property
    def entities(self) -> dict[str, Any]:
        """The entity model: ``person``, ``group``, ``members`` and ``roles``."""
        return self._rule_pack.entities

    @property
    def group_id_column(self) -> str:
        """The persons' column that names their group, e.g. ``foyer_id``."""
        return f"{self.entities['group']}_id"

    # -- contents as DataFrames ----------------------------------------------------------
    @property
    def benefits(self) -> pd.DataFrame:
        rows = []
        for b in self._rule_pack.benefits:
            rows.append({
                "id": b["id"],
                "label": _text(b["label"], self.language),
                "entity": b["entity"],
                "institution": b["institution"],
                "amount_period": b["amount_period"],
                "reference": b["reference"],
                "conditions": [c["id"] for c in b["conditions"]],
                "amount": b["amount"],
            })
        return pd.DataFrame(rows, columns=["id", "label", "entity", "institution", "amount_period",
                                           "reference", "conditions", "amount"])

    @property
    def conditions(self) -> pd.DataFrame:
        """One row per condition of every benefit, with its rule, reference and reason."""
        rows = [{"benefit": b["id"], "condition": c["id"], "rule": c["rule"], "reference": c["reference"],
                 "reason": _text(c["reason"], self.language)}
                for b in self._rule_pack.benefits for c in b["conditions"]]
        return pd.DataFrame(rows, columns=["benefit", "condition", "rule", "reference", "reason"])

    @property
    def inputs(self) -> pd.DataFrame:
        rows = [{
            "name": i["name"], "entity": i["entity"], "type": i["type"], "unit": i["unit"],
            "minimum": i["minimum"], "maximum": i["maximum"], "values": i["values"] or None,
            "protected": i["protected"], "description": _text(i["description"], self.language),
            "source": i["source"],
        } for i in self._rule_pack.inputs]
        return pd.DataFrame(rows, columns=["name", "entity", "type", "unit", "minimum", "maximum", "values",
                                           "protected", "description", "source"])

    @property
    def parameters(self) -> pd.DataFrame:
        """One row per dated value of every parameter, with its legal reference."""
        rows = []
        for p in self._rule_pack.parameters:
            for v in p["versions"]:
                rows.append({
                    "name": p["name"], "kind": p["kind"], "type": p["type"], "unit": p["unit"],
                    "start": v["start"], "value": v.get("value"), "brackets": v.get("brackets"),
                    "reference": v["reference"], "last_value_still_valid_on": p["last_value_still_valid_on"],
                    "description": _text(p["description"], self.language),
                })
        frame = pd.DataFrame(rows, columns=["name", "kind", "type", "unit", "start", "value", "brackets",
                                            "reference", "last_value_still_valid_on", "description"])
        frame["start"] = pd.to_datetime(frame["start"])
        return frame

    @property
    def variables(self) -> pd.DataFrame:
        rows = [{"name": v["name"], "entity": v["entity"], "type": v["type"], "formula": v["formula"],
                 "label": _text(v["label"], self.language), "reference": v["reference"]}
                for v in self._rule_pack.variables]
        return pd.DataFrame(rows, columns=["name", "entity", "type", "formula", "label", "reference"])

    @property
    def tests(self) -> list[dict[str, Any]]:
        """The pack's test cases as written (values as text, expectations per benefit)."""
        return self._rule_pack.tests

    def input_spec(self, name: str) -> dict[str, Any] | None:
        return next((i for i in self._rule_pack.inputs if i["name"] == name), None)

    def parameter_spec(self, name: str) -> dict[str, Any] | None:
        return next((p for p in self._rule_pack.parameters if p["name"] == name), None)

    # -- checking and compiling ---------------------------------------------------------------
    def check(self) -> list[dict[str, Any]]:
        """Every problem of the pack's formulas: dicts with file, line, column, message."""
        return _eligo.check(self._rule_pack)

    @property
    def program(self) -> _eligo.Program:
        """The compiled program (compiled once, then shared by every evaluation)."""
        with self._compile_lock:
            if self._program is None:
                self._program = _eligo.Program.compile(self._rule_pack)
            return self._program

    # -- pickling by value ----------------------------------------------------------------------
    def __reduce__(self):
        return (_restore_pack, (self._files, self.language))

    def __repr__(self) -> str:
        return (f"<eligo.Pack {self.id} {self.version}: {len(self._rule_pack.benefits)} benefits, "
                f"{len(self._rule_pack.inputs)} inputs, {len(self._rule_pack.parameters)} parameters>")

    def _repr_html_(self) -> str:
        return (f"<p><b>{self.title}</b> (<code>{self.id}</code> {self.version})</p>"
                + self.benefits[["id", "label", "institution", "reference"]].to_html(index=False))


def _restore_pack(files: PackFiles, language: str) -> Pack:
    folder = files.materialize()
    return Pack(_eligo.load_pack(folder), files, language)


def load_pack(name_or_path: str | os.PathLike[str] = "fr", language: str = "fr") -> Pack:
    """Loads a bundled pack by name (``"fr"``, ``"example"``) or the pack in a folder.

    Raises EligoError listing every problem of every file, each with file:line:column.
    """
    folder = Path(_eligo.resolve_pack_path(os.fspath(name_or_path)))
    files = PackFiles.read(folder)
    return Pack(_eligo.load_pack(folder), files, language)


def check(name_or_path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every problem of a pack, loading and formulas alike, without raising.

    Each problem is a dict with ``severity``, ``file``, ``line``, ``column``, ``message``
    and ``text`` (the ``file:line:column: error: message`` line the CLI prints).
    """
    folder = Path(_eligo.resolve_pack_path(os.fspath(name_or_path)))
    rule_pack, problems = _eligo.load_pack_collecting(folder)
    if any(p["severity"] == "error" for p in problems):
        return problems
    return problems + _eligo.check(rule_pack)
