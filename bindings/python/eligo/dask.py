"""Evaluation of Dask DataFrames, partition by partition.

Requirement: partition *i* of the persons frame and partition *i* of the groups frame must
hold whole households: every member of a group sits in the partition that holds the group.
:func:`partition_by_group` arranges that (both frames hashed on the group id into the same
number of partitions); :func:`evaluate` calls it unless told the frames are already so
partitioned. The pack travels to the workers by value (it pickles its files), so workers
need eligo installed but not the pack's folder.

Dask infers a file's dtypes from its first block: :func:`read_csv` reads the files so that
nothing is inferred, and :func:`evaluate` refuses the dtypes that cannot hold a missing
value (see eligo/_dask_dtypes.py).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._dask_dtypes import entity_of, refuse_untrustworthy_dtypes
from ._evaluate import AMOUNT_PERIOD_DTYPE, STATUS_DTYPE, _pack_of, _period_text, evaluate as _evaluate
from ._optional import require

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


def read_csv(pack, path, entity: str, **kwargs):
    """A lazy Dask DataFrame of a persons or groups CSV file (``entity``: ``"persons"`` or
    ``"groups"``), whose every column is text: the values are parsed by eligo as its own
    CSV reader parses them (same notation, errors naming row and column), in whatever block
    they sit, and an empty field is missing (``pd.NA``), whatever its column. Other
    arguments go to ``dask.dataframe.read_csv`` (``blocksize``, ``sep``...), except those
    that would give the columns other dtypes or other missing values."""
    dd = require("dask.dataframe", "eligo.dask.read_csv")
    entity_of(_pack_of(pack), entity)
    refused = sorted({"dtype", "converters", "na_values", "keep_default_na", "parse_dates",
                      "true_values", "false_values", "assume_missing"} & set(kwargs))
    if refused:
        raise TypeError(f"eligo.dask.read_csv sets {', '.join(refused)} itself: the pack's inputs are read as text")
    return dd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""], **kwargs)


def _evaluate_partition(persons: pd.DataFrame, groups: pd.DataFrame, *, pack, period, options) -> pd.DataFrame:
    # The partitions' own dtypes, which a map_partitions upstream may have made differ from meta.
    refuse_untrustworthy_dtypes(pack, persons.dtypes, "persons")
    refuse_untrustworthy_dtypes(pack, groups.dtypes, "groups")
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

    An input column whose dtype cannot hold a missing value (numpy ``bool`` or integers)
    is refused with an :class:`eligo.EligoError` naming it: Dask may have turned a missing
    value of another block into a value. Read files with :func:`read_csv`, or give such
    columns a nullable dtype (``boolean``, ``Int64``).
    """
    dd = require("dask.dataframe", "eligo.dask.evaluate")
    pack = _pack_of(pack)
    refuse_untrustworthy_dtypes(pack, persons.dtypes, "persons")
    refuse_untrustworthy_dtypes(pack, groups.dtypes, "groups")
    period = _period_text(period)
    if not partitioned:
        persons, groups = partition_by_group(persons, groups, pack, npartitions)
    elif persons.npartitions != groups.npartitions:
        raise ValueError("partitioned=True needs the same number of partitions in persons and groups")
    return dd.map_partitions(_evaluate_partition, persons, groups, pack=pack, period=period, options=options,
                             meta=result_meta(pack), align_dataframes=False, enforce_metadata=False)
