"""Explanations of one group's results, in the three registers (fr, fr-falc, en).

The words come from the C++ renderers (the same the CLI prints); this module gives them the
shapes a notebook wants: text, a JSON-like dict, and HTML through ``_repr_html_``.
"""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

from . import _eligo
from ._evaluate import _pack_of, _period_text
from ._errors import EligoError
from ._frames import build_population
from ._overrides import to_engine

LANGUAGES = ("fr", "fr-falc", "en")


class Explanation:
    """The explanation of one group: ``text``, ``to_dict()`` (the JSON), ``html`` (the
    accessible page of the command line) and a compact HTML view in notebooks."""

    def __init__(self, text: str, data: dict[str, Any], page: str = ""):
        self.text = text
        self._data = data
        self.html = page

    def to_json(self) -> str:
        return json.dumps(self._data, ensure_ascii=False)

    @property
    def language(self) -> str:
        return self._data.get("language", "")

    @property
    def group_id(self) -> str:
        return self._data.get("group_id", "")

    def to_dict(self) -> dict[str, Any]:
        return self._data

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"<eligo.Explanation {self.group_id} ({self.language})>\n{self.text}"

    def _repr_html_(self) -> str:
        parts = [f"<div class='eligo-explanation' lang='{html.escape(self.language)}'>"]
        for benefit in self._data.get("benefits", []):
            status = benefit.get("status", "")
            amount = benefit.get("amount") or ""
            parts.append(f"<h4>{html.escape(benefit.get('label') or benefit.get('id', ''))} "
                         f"<small>({html.escape(status)}{', ' + html.escape(amount) if amount else ''})</small></h4>")
            items = []
            for condition in benefit.get("conditions", []):
                mark = {"yes": "✔", "no": "✘"}.get(condition.get("outcome", ""), "?")
                reference = condition.get("reference", "")
                items.append(f"<li>{mark} {html.escape(condition.get('reason', ''))}"
                             f"{' <i>(' + html.escape(reference) + ')</i>' if reference else ''}</li>")
            for missing in benefit.get("missing", []):
                items.append(f"<li>? {html.escape(missing.get('description') or missing.get('input', ''))}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        parts.append("</div>")
        return "".join(parts)


def explain(pack, persons: pd.DataFrame, groups: pd.DataFrame, period, group_id, language: str = "fr", *,
            overrides=None, missing_columns: str = "error") -> Explanation:
    """Explains the results of group `group_id` in `language` (fr, fr-falc or en): text,
    JSON (``to_dict()``, ``to_json()``) and an accessible HTML page (``html``)."""
    if language not in LANGUAGES:
        raise EligoError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    if not hasattr(_eligo, "explain"):
        raise NotImplementedError("this build of eligo has no explanations")
    pack = _pack_of(pack)
    period = _period_text(period)
    population = build_population(pack, persons, groups, missing_columns=missing_columns)
    group = population.find_group(str(group_id))
    if group is None:
        raise EligoError(f"groups: no group has id {str(group_id)!r}")
    engine_overrides = to_engine(pack, period, overrides)
    results = pack.program.evaluate(population, period, 1, 1024, engine_overrides, True)
    text, as_json, page = _eligo.explain(pack._rule_pack, pack.program, population, results, group, period,
                                         language, engine_overrides)
    return Explanation(text, json.loads(as_json), page)
