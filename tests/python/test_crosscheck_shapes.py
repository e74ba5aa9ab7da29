"""The generator's households in time (tools/crosscheck/shapes.py): the legal retirement age
of each cohort (CSS L161-17-2) and the shapes' own streams."""
import datetime
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))
import households  # noqa: E402
import shapes  # noqa: E402

D = datetime.date


def test_legal_retirement_age_by_cohort():
    before = D(2025, 5, 1)
    assert shapes.legal_retirement_months(D(1961, 8, 31), before) == 62 * 12
    assert shapes.legal_retirement_months(D(1961, 9, 1), before) == 62 * 12 + 3
    assert shapes.legal_retirement_months(D(1964, 6, 1), before) == 63 * 12
    assert shapes.legal_retirement_months(D(1968, 1, 1), before) == 64 * 12
    # from 1 September 2026 the rise is suspended: 62 years 9 months for 1964 and early 1965
    after = D(2026, 9, 1)
    assert shapes.legal_retirement_months(D(1964, 6, 1), after) == 62 * 12 + 9
    assert shapes.legal_retirement_months(D(1965, 3, 31), after) == 62 * 12 + 9
    assert shapes.legal_retirement_months(D(1965, 4, 1), after) == 63 * 12
    assert shapes.legal_retirement_months(D(1968, 1, 1), after) == 63 * 12 + 9


def test_reached_on_the_day():
    # born 9 August 1962: 62 years 6 months on 9 February 2025
    assert not shapes.reached_legal_retirement_age(D(1962, 8, 9), D(2025, 2, 8))
    assert shapes.reached_legal_retirement_age(D(1962, 8, 9), D(2025, 2, 9))


def test_no_shape_gives_the_stationary_households():
    start = D(2025, 5, 1)
    plain = households.generate(50, start, 3, shapes=())
    shaped = households.generate(50, start, 3)
    assert [m["date_naissance"] for _, ms in plain for m in ms] != [m["date_naissance"] for _, ms in shaped for m in ms]
    # the shapes draw from streams of their own: the base draw is the same
    assert [f["statut_occupation_logement"] for f, _ in plain] == [f["statut_occupation_logement"] for f, _ in shaped]
    assert all(f["residence"] == "metropole" for f, _ in plain)
    assert any(m["enceinte"] for _, ms in shaped for m in ms)


def test_one_household_draws_the_households_of_the_run():
    # h844 of 2025-01 (docs/crosscheck.md, B1): the eldest child born on 2 October 2004
    import one_household
    drawn = {fam["id"]: members for fam, members in
             one_household.draw("2025-01", 2000, 1, one_household.hh.household_shapes.SHAPES, 0.5)}
    assert [m["date_naissance"] for m in drawn["h844"]] == ["1987-05-29", "2012-10-03", "2010-08-28", "2004-10-02"]
    assert one_household.shown({"a": 0.0, "b": False, "c": 1.5}) == {"c": 1.5}
