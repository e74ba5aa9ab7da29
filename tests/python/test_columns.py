"""Each pandas dtype becomes the exact int64 representation of the input's type."""

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import eligo
from eligo import _eligo
from eligo._columns import WrongDtype, convert


def values(typed, name, series):
    spec = typed.input_spec(name)
    converted = convert(typed._rule_pack, spec, series)
    column = converted.column
    return [column.get(row) for row in range(column.size)], converted.bad


def test_money_from_floats_is_exact_to_the_cent(typed):
    got, bad = values(typed, "revenu_fiscal_reference", pd.Series([646.52, 0.1 + 0.2, 1e6, np.nan, 19.99]))
    assert got == [64652, 30, 100_000_000, None, 1999] and bad == []


def test_money_with_more_than_two_decimals_is_reported(typed):
    got, bad = values(typed, "revenu_fiscal_reference", pd.Series([12.345, 1.005, 2.5]))
    assert got == [None, None, 250]
    assert [row for row, _ in bad] == [0, 1] and bad[0][1] == "value is not money (euros, at most 2 decimals)"


def test_money_from_decimals_integers_and_text(typed):
    got, _ = values(typed, "revenu_fiscal_reference",
                    pd.Series([Decimal("646.52"), Decimal("1E+3"), None, "7.10", 12], dtype=object))
    assert got == [64652, 100000, None, 710, 1200]
    got, _ = values(typed, "revenu_fiscal_reference", pd.Series(pd.array([9000, None], dtype="Int64")))
    assert got == [900000, None]
    got, _ = values(typed, "revenu_fiscal_reference", pd.Series([9000, 1], dtype=np.int32))
    assert got == [900000, 100]


def test_money_below_the_minimum_is_reported(typed):
    _, bad = values(typed, "revenu_fiscal_reference", pd.Series([-1.0]))
    assert bad and "minimum" in bad[0][1]


def test_dates_from_datetimes_objects_and_text(typed):
    epoch_days = (dt.date(1984, 5, 2) - dt.date(1970, 1, 1)).days
    got, _ = values(typed, "date_naissance", pd.Series(pd.to_datetime(["1984-05-02 13:45", None])))
    assert got == [epoch_days, None]
    got, _ = values(typed, "date_naissance", pd.Series(pd.to_datetime(["1984-05-02"]).as_unit("s")))
    assert got == [epoch_days]
    got, _ = values(typed, "date_naissance", pd.Series([dt.date(1984, 5, 2), "1984-05-02", None], dtype=object))
    assert got == [epoch_days, epoch_days, None]
    got, _ = values(typed, "date_naissance", pd.Series(pd.to_datetime(["1960-01-01"])))
    assert got == [(dt.date(1960, 1, 1) - dt.date(1970, 1, 1)).days]


def test_enumerations_from_categoricals_and_strings(typed):
    allowed = typed.input_spec("statut_occupation_logement")["values"]
    got, _ = values(typed, "statut_occupation_logement", pd.Series(pd.Categorical([allowed[1], None, allowed[0]])))
    assert got == [1, None, 0]
    got, bad = values(typed, "statut_occupation_logement", pd.Series([allowed[2], None, "chateau"], dtype=object))
    assert got == [2, None, None] and bad[0][1].startswith("not a value of statut_occupation_logement;")
    got, _ = values(typed, "statut_occupation_logement", pd.Series([allowed[0]], dtype="string"))
    assert got == [0]


def test_booleans_plain_nullable_and_text(typed):
    got, _ = values(typed, "handicap", pd.Series([True, False]))
    assert got == [1, 0]
    got, _ = values(typed, "handicap", pd.Series(pd.array([True, None], dtype="boolean")))
    assert got == [1, None]
    got, _ = values(typed, "handicap", pd.Series([True, None, "false"], dtype=object))
    assert got == [1, None, 0]


def test_decimals_and_integers(typed):
    got, _ = values(typed, "taux_incapacite", pd.Series([0.5, 0.123456, np.nan]))
    assert got == [500_000, 123_456, None]
    got, bad = values(typed, "heures", pd.Series([35.0, 35.5]))
    assert got == [35, None] and bad
    got, _ = values(typed, "heures", pd.Series(np.array([35, 0], dtype=np.int64)))
    assert got == [35, 0]


def test_impossible_dtype_is_refused(typed):
    with pytest.raises(WrongDtype, match="cannot hold"):
        convert(typed._rule_pack, typed.input_spec("date_naissance"), pd.Series([1.5]))


def test_int64_columns_are_read_in_place(typed):
    """The numpy buffer is handed to C++ as it is: no int64 copy is made on the way."""
    array = np.arange(10, dtype=np.int64)
    series = pd.Series(array, copy=False)
    assert np.shares_memory(series.to_numpy(), array)
    got, _ = values(typed, "heures", series)
    assert got == list(range(10))


def test_the_engine_reads_int64_boolean_and_categorical_buffers_without_a_copy(typed):
    """Columns the engine can read as they are borrow the frame's buffer (and keep it alive)."""
    rule_pack = typed._rule_pack
    heures = pd.Series(pd.array([35, None, 20], dtype="Int64"))
    handicap = pd.Series(pd.array([True, None, False], dtype="boolean"))
    allowed = typed.input_spec("statut_occupation_logement")["values"]
    statut = pd.Series(pd.Categorical([allowed[2], None, allowed[0]], categories=allowed))
    for name, series, width, expected in (("heures", heures, 8, [35, None, 20]),
                                          ("handicap", handicap, 1, [1, None, 0]),
                                          ("statut_occupation_logement", statut, 1, [2, None, 0])):
        column = convert(rule_pack, typed.input_spec(name), series).column
        assert column.borrowed and column.width == width, name
        del series
        assert [column.get(row) for row in range(3)] == expected, name


def test_converted_columns_take_no_more_bytes_than_their_type_needs(typed):
    rule_pack = typed._rule_pack
    allowed = typed.input_spec("statut_occupation_logement")["values"]
    reordered = pd.Series(pd.Categorical([allowed[2], allowed[0]], categories=list(reversed(allowed))))
    statut = convert(rule_pack, typed.input_spec("statut_occupation_logement"), reordered).column
    assert (statut.borrowed, statut.width, [statut.get(0), statut.get(1)]) == (False, 1, [2, 0])
    births = pd.Series(pd.to_datetime(["1984-05-02", None]))
    born = convert(rule_pack, typed.input_spec("date_naissance"), births).column
    assert (born.borrowed, born.width, born.get(0), born.get(1)) == (False, 4, 5235, None)
    money = convert(rule_pack, typed.input_spec("revenu_fiscal_reference"), pd.Series([646.52])).column
    assert (money.borrowed, money.width, money.get(0)) == (False, 8, 64652)


def test_results_views_share_memory_with_the_results(typed):
    persons = pd.DataFrame({"id": ["a"], "foyer_id": ["1"], "role": "demandeur"})
    groups = pd.DataFrame({"id": ["1"], "revenu_fiscal_reference": [100.0]})
    population = eligo._frames.build_population(typed, persons, groups, missing_columns="unknown")
    results = typed.program.evaluate(population, "2025-06")
    first = results.amount_cents(0)
    second = results.amount_cents(0)
    assert np.shares_memory(first, second) and not first.flags.writeable
    assert isinstance(results, _eligo.Results)
