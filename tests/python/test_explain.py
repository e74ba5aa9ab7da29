"""Explanations of one group in the three registers: text, dict and HTML."""

import pytest

import eligo
from conftest import case_frames


@pytest.mark.parametrize("language", ["fr", "fr-falc", "en"])
def test_explanation_of_a_case(example, language):
    case = example.tests[0]
    persons, groups = case_frames(example, case)
    explanation = eligo.explain(example, persons, groups, case["period"], groups["id"][0], language,
                                missing_columns="unknown")
    assert explanation.text.strip()
    data = explanation.to_dict()
    assert data["language"] == language and data["group_id"] == groups["id"][0]
    assert [b["id"] for b in data["benefits"]] == list(example.benefits["id"])
    html = explanation._repr_html_()
    assert "<div" in html and data["benefits"][0]["label"].split()[0] in html


def test_unknown_language_is_an_error(example):
    case = example.tests[0]
    persons, groups = case_frames(example, case)
    with pytest.raises(eligo.EligoError, match="klingon"):
        eligo.explain(example, persons, groups, case["period"], groups["id"][0], "klingon", missing_columns="unknown")
