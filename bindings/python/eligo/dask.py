"""Evaluation of Dask DataFrames, partition by partition.

Requirement: partition *i* of the persons frame and partition *i* of the groups frame must
hold whole households: every member of a group sits in the partition that holds the group.
:func:`partition_by_group` arranges that (both frames hashed on the group id into the same
number of partitions); :func:`evaluate` calls it unless told the frames are already so
partitioned. The pack travels to the workers by value (it pickles its files), so workers
need eligo installed but not the pack's folder.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._evaluate import AMOUNT_PERIOD_DTYPE, STATUS_DTYPE, _pack_of, _period_text, evaluate as _evaluate

_KEY = "_eligo_partition"


def _hash_key(ids: pd.Series, npartitions: int) -> pd.Series:
    # Hashing the ids as text gives the same key in both frames whatever their dtypes.
    hashes = pd.util.hash_array(ids.astype(str).to_numpy(dtype=object))
    return pd.Series((hashes % np.uint64(npartitions)).astype(np.int64), index=ids.index)


def partition_by_group(persons, groups, pack="fr", npartitions: int | None = None):
    """Returns (persons, groups) repartitioned so that partition i of both holds the same
    whole groups: each row goes to partition hash(group id) % npartitions."""
    pack = _pack_of(pack)
    link = pack.group_id_column
    npartitions = npartitions or max(persons.npartitions, groups.npartitions)

    def keyed(frame: pd.DataFrame, column: str) -> pd.DataFrame:
        return frame.assign(**{_KEY: _hash_key(frame[column], npartitions)})

    persons_keyed = persons.map_partitions(keyed, link, meta=persons._meta.assign(**{_KEY: np.int64(0)}))
    groups_keyed = groups.map_partitions(keyed, "id", meta=groups._meta.assign(**{_KEY: np.int64(0)}))
    persons_out = persons_keyed.shuffle(on=_KEY, npartitions=npartitions).map_partitions(
        lambda f: f.drop(columns=_KEY), meta=persons._meta)
    groups_out = groups_keyed.shuffle(on=_KEY, npartitions=npartitions).map_partitions(
        lambda f: f.drop(columns=_KEY), meta=groups._meta)
    return persons_out, groups_out


def result_meta(pack) -> pd.DataFrame:
    """The empty frame whose columns and dtypes :func:`eligo.evaluate` returns."""
    pack = _pack_of(pack)
    benefits = list(pack.benefits["id"])
    return pd.DataFrame({
        pack.group_id_column: pd.Series([], dtype=object),
        "benefit": pd.Categorical([], categories=benefits),
        "status": pd.Categorical([], dtype=STATUS_DTYPE),
        "amount": pd.Series([], dtype=object),
        "amount_cents": pd.array([], dtype="Int64"),
        "amount_period": pd.Categorical([], dtype=AMOUNT_PERIOD_DTYPE),
        "failed_conditions": pd.Series([], dtype=object),
        "missing_inputs": pd.Series([], dtype=object),
    })


def _evaluate_partition(persons: pd.DataFrame, groups: pd.DataFrame, *, pack, period, options) -> pd.DataFrame:
    if len(groups) == 0 and len(persons) == 0:
        return result_meta(pack)
    result = _evaluate(pack, persons, groups, period, **options)
    return result.astype({pack.group_id_column: object})


def evaluate(pack, persons, groups, period, *, partitioned: bool = False, npartitions: int | None = None,
             **options):
    """Evaluates Dask DataFrames of persons and groups; returns a lazy Dask DataFrame with
    the columns of :func:`eligo.evaluate` (compute() it, or write it out).

    `partitioned=True` says both frames already hold whole groups partition by partition
    (same number of partitions, group i's members in the partition of group i); otherwise
    they are repartitioned with :func:`partition_by_group`. `options` are those of
    :func:`eligo.evaluate` (threads, overrides, missing_columns...).
    """
    import dask.dataframe as dd

    pack = _pack_of(pack)
    period = _period_text(period)
    if not partitioned:
        persons, groups = partition_by_group(persons, groups, pack, npartitions)
    elif persons.npartitions != groups.npartitions:
        raise ValueError("partitioned=True needs the same number of partitions in persons and groups")
    return dd.map_partitions(_evaluate_partition, persons, groups, pack=pack, period=period, options=options,
                             meta=result_meta(pack), align_dataframes=False, enforce_metadata=False)
