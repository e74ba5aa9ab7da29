"""Dask infers a CSV file's dtypes from its first block: a bool column whose blanks sit in a
later block reads them as True, and an undetermined household comes out eligible.
eligo.dask.read_csv reads the files so that nothing is inferred, and eligo.dask.evaluate
refuses the dtypes that cannot hold a missing value, naming the column."""

from pathlib import Path

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")

import eligo  # noqa: E402
import eligo.dask  # noqa: E402

HOUSEHOLDS = 6000
BLANKS = 10  # the last households: their only member's disability is not known
BLOCK = 40_000  # bytes: the persons file is four blocks, the blanks in the last one


@pytest.fixture(scope="module")
def disability():
    return eligo.load_pack(Path(__file__).parent / "data" / "disability_pack")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask_csv")
    persons = ["id,foyer_id,role,handicap,heures"]
    for i in range(HOUSEHOLDS):
        handicap = "" if i >= HOUSEHOLDS - BLANKS else ("true" if i % 3 == 0 else "false")
        persons.append(f"p{i},f{i},demandeur,{handicap},35")
    (folder / "personnes.csv").write_text("\n".join(persons) + "\n")
    groups = ["id,revenu_fiscal_reference"] + [f"f{i},1000.00" for i in range(HOUSEHOLDS)]
    (folder / "foyers.csv").write_text("\n".join(groups) + "\n")
    return folder / "personnes.csv", folder / "foyers.csv"


def blank_households() -> set[str]:
    return {f"f{i}" for i in range(HOUSEHOLDS - BLANKS, HOUSEHOLDS)}


def status_of(results: pd.DataFrame) -> dict[str, str]:
    return dict(zip(results["foyer_id"].astype(str), results["status"].astype(str)))


def test_dask_alone_reads_a_later_blank_as_true(disability, files):
    persons = dd.read_csv(files[0], blocksize=BLOCK)
    assert persons.npartitions >= 3
    assert persons.dtypes["handicap"] == bool and persons.dtypes["heures"] == "int64"
    raw = persons.compute(scheduler="synchronous")
    assert raw["handicap"].tail(BLANKS).tolist() == [True] * BLANKS  # the blanks became True
    # What evaluating that frame gives: the undetermined households eligible, to the cent.
    groups = dd.read_csv(files[1], blocksize=BLOCK).compute(scheduler="synchronous")
    results = eligo.evaluate(disability, raw, groups, "2025-06")
    assert {status_of(results)[group] for group in blank_households()} == {"eligible"}


def test_dask_evaluation_refuses_dtypes_without_missing_values(disability, files):
    persons = dd.read_csv(files[0], blocksize=BLOCK)
    groups = dd.read_csv(files[1], blocksize=BLOCK)
    with pytest.raises(eligo.EligoError) as raised:
        eligo.dask.evaluate(disability, persons, groups, "2025-06")
    message = str(raised.value)
    assert ("persons, column 'handicap': error: dtype bool cannot hold a missing value: Dask gives every "
            "partition the dtype it inferred from the first block") in message
    assert "give the column a nullable dtype ('boolean')" in message
    assert "persons, column 'heures': error: dtype int64 cannot hold a missing value" in message
    assert [d["field"] for d in raised.value.diagnostics] == ["handicap", "heures"]


def test_partitions_are_checked_too(disability):
    """A frame whose meta says 'boolean' but whose partitions hold numpy bool is refused when
    the partition is evaluated."""
    persons = pd.DataFrame({"id": ["p0"], "foyer_id": ["f0"], "role": ["demandeur"],
                            "handicap": pd.array([True], dtype="boolean"), "heures": pd.array([35], dtype="Int64")})
    groups = pd.DataFrame({"id": ["f0"], "revenu_fiscal_reference": [1000.0]})
    lying = dd.from_pandas(persons, npartitions=1).map_partitions(
        lambda frame: frame.astype({"handicap": bool}), meta=persons.iloc[:0])
    lazy = eligo.dask.evaluate(disability, lying, dd.from_pandas(groups, npartitions=1), "2025-06", partitioned=True)
    with pytest.raises(eligo.EligoError, match="persons, column 'handicap': error: dtype bool cannot hold"):
        lazy.compute(scheduler="synchronous")


def test_read_csv_leaves_households_with_a_blank_undetermined(disability, files):
    persons = eligo.dask.read_csv(disability, files[0], "persons", blocksize=BLOCK)
    groups = eligo.dask.read_csv(disability, files[1], "groups", blocksize=BLOCK)
    assert persons.npartitions >= 3
    assert {str(dtype) for dtype in persons.dtypes} == {"string"}
    results = eligo.dask.evaluate(disability, persons, groups, "2025-06").compute(scheduler="synchronous")
    statuses = status_of(results)
    assert len(statuses) == HOUSEHOLDS
    assert {statuses[group] for group in blank_households()} == {"undetermined"}
    eligible = {f"f{i}" for i in range(HOUSEHOLDS - BLANKS) if i % 3 == 0}
    assert {group for group, status in statuses.items() if status == "eligible"} == eligible
    blank = results[results["foyer_id"].astype(str) == f"f{HOUSEHOLDS - 1}"].iloc[0]
    assert list(blank["missing_inputs"]) == ["handicap"]
    assert results.loc[results["status"] == "eligible", "amount_cents"].unique().tolist() == [10000]


def test_read_csv_refuses_arguments_that_would_infer_or_hide_values(disability, files):
    with pytest.raises(TypeError, match="sets dtype itself"):
        eligo.dask.read_csv(disability, files[0], "persons", dtype={"handicap": bool})
    with pytest.raises(ValueError, match="entity is 'persons' or 'groups'"):
        eligo.dask.read_csv(disability, files[0], "people")
