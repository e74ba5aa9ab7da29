"""Dask: partition-by-partition evaluation on a real two-process LocalCluster equals the
in-process evaluation."""

import numpy as np
import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

import eligo  # noqa: E402
import eligo.dask  # noqa: E402


def population(size: int):
    rng = np.random.default_rng(7)
    groups = pd.DataFrame({"id": [f"f{i}" for i in range(size)],
                           "revenu_fiscal_reference": np.round(rng.uniform(0, 30_000, size), 2),
                           "statut_occupation_logement": "locataire"})
    groups.loc[::7, "revenu_fiscal_reference"] = np.nan
    persons = pd.DataFrame({"id": [f"p{i}" for i in range(2 * size)],
                            "foyer_id": [f"f{i // 2}" for i in range(2 * size)],
                            "role": ["demandeur", "enfant"] * size,
                            "date_naissance": pd.to_datetime(["1980-01-01", "2016-05-05"] * size),
                            # Nullable dtypes: eligo.dask.evaluate refuses numpy bool and int inputs
                            "handicap": pd.array([False] * (2 * size), dtype="boolean"),
                            "taux_incapacite": 0.0, "heures": pd.array([35] * (2 * size), dtype="Int64")})
    return persons, groups


def normalized(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({"foyer_id": object, "benefit": object})
    return frame.sort_values(["foyer_id", "benefit"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_partitions_hold_whole_groups(typed):
    persons, groups = population(60)
    p, g = eligo.dask.partition_by_group(dd.from_pandas(persons, npartitions=3),
                                         dd.from_pandas(groups, npartitions=2), typed, npartitions=4)
    assert p.npartitions == g.npartitions == 4
    for i in range(4):
        members = set(p.get_partition(i).compute()["foyer_id"])
        assert members == set(g.get_partition(i).compute()["id"])


def test_dask_evaluation_equals_in_process(typed, client):
    persons, groups = population(300)
    local = eligo.evaluate(typed, persons, groups, "2025-06")
    lazy = eligo.dask.evaluate(typed, dd.from_pandas(persons, npartitions=3), dd.from_pandas(groups, npartitions=4),
                               "2025-06")
    distributed_result = client.compute(lazy).result()
    assert len(client.scheduler_info()["workers"]) == 2
    pd.testing.assert_frame_equal(normalized(distributed_result), normalized(local), check_categorical=False)


def test_errors_come_back_from_workers(typed, client):
    persons, groups = population(20)
    persons.loc[3, "role"] = "roi"
    lazy = eligo.dask.evaluate(typed, dd.from_pandas(persons, npartitions=2), dd.from_pandas(groups, npartitions=2),
                               "2025-06")
    with pytest.raises(eligo.EligoError, match="column .role.: error: unknown role"):
        client.compute(lazy).result()
