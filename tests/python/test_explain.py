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


# The French pack's single parent (rules/fr/data, F1, May 2026) in the three registers: an
# amount (the prime d'activité of January to March 2026, 485.31: tests/cli/explain_fr_single_parent.cmake
# shows the arithmetic), a named failed condition, what is missing, where to claim, in text, JSON and HTML.
FR_DATA = __import__("pathlib").Path(__file__).resolve().parents[2] / "rules" / "fr" / "data"
EXPECTED = {
    "fr": {"amount": "Montant : 485,31 € par mois.", "free": "Cette aide est gratuite : vous n'avez rien à payer.",
           "failed": "Conditions non remplies :\n  - Les ressources du foyer et le forfait logement laissent un RSA",
           "missing": "Pour décider, il nous faut :\n  - Revenu fiscal de référence du foyer",
           "claim": "Par téléphone : 3646", "tenure": "locataire d'un logement social (HLM)"},
    "fr-falc": {"amount": "Vous pouvez recevoir 485,31 € par mois.", "free": "Cette aide est gratuite. Vous ne payez rien.",
                "failed": "Pourquoi vous n'avez pas droit à cette aide :\n  - Vos revenus sont trop élevés. "
                          "Le RSA ferait moins de 6 euros par mois.",
                "missing": "Nous avons besoin de ces informations :\n  - Le revenu écrit sur votre avis d'impôt.",
                "claim": "Sur internet : https://www.ameli.fr", "tenure": "locataire d'un logement social"},
    "en": {"amount": "Amount: EUR 485.31 per month.", "free": "This cover is free: you pay nothing.",
           "failed": "Conditions not met:\n  - Household resources and the housing deduction leave an RSA",
           "missing": "To decide, we need:\n  - Household reference taxable income (tax notice)",
           "claim": "Online: https://chequeenergie.gouv.fr", "tenure": "tenant of social housing"},
}


@pytest.mark.parametrize("language", ["fr", "fr-falc", "en"])
def test_single_parent_in_each_register(language):
    import pandas as pd
    fr = eligo.load_pack("fr")
    persons = pd.read_csv(FR_DATA / "personnes.csv", dtype=str, keep_default_na=False).replace("", None)
    groups = pd.read_csv(FR_DATA / "familles.csv", dtype=str, keep_default_na=False).replace("", None)
    explanation = eligo.explain(fr, persons, groups, "2026-05", "F1", language)
    expected = EXPECTED[language]
    for key in ("amount", "free", "failed", "missing", "claim", "tenure"):
        assert expected[key] in explanation.text, key
    assert "locataire_hlm" not in explanation.text and "hors_ue" not in explanation.text

    data = explanation.to_dict()
    by_id = {benefit["id"]: benefit for benefit in data["benefits"]}
    assert by_id["ppa"]["amount_cents"] == 48531 and by_id["ppa"]["status"] == "eligible"
    assert by_id["css"]["amount_cents"] == 0 and by_id["css"]["amount_text"] == expected["free"]
    rsa_failed = [c["id"] for c in by_id["rsa"]["conditions"] if c["outcome"] == "no"]
    assert rsa_failed == ["ressources"]
    # AAH fails on disability alone: the residence permit and the resources hold.
    assert [c["id"] for c in by_id["aah"]["conditions"] if c["outcome"] == "no"] == ["handicap"]
    assert [m["input"] for m in by_id["cheque_energie"]["missing_inputs"]] == ["revenu_fiscal_reference"]

    page = explanation.html
    assert page.startswith("<!DOCTYPE html>") and f'lang="{"fr" if language == "fr-falc" else language}"' in page
    assert html_escape(expected["free"]) in page and "485" in page


def html_escape(text):
    """As eligo escapes HTML (src/core/html_escape.cpp)."""
    import html
    return html.escape(text, quote=True).replace("&#x27;", "&#39;")
