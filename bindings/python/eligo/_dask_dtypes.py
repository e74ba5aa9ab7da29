"""Which dtypes a Dask frame may give an input column, and the dtypes eligo reads CSV with.

Dask gives every partition the dtypes it inferred from the first block of a file (its
``meta``). A dtype that cannot hold a missing value, numpy ``bool`` or a numpy integer, is
untrustworthy there: when a later block has a blank in that column, Dask turns it into a
value (``True`` for a bool column: an undetermined household comes out eligible) or fails
late. Every input of a pack may be missing (missing is *unknown*, never 0), so such a
column is refused, naming it, before anything is evaluated.

Accepted: the nullable dtypes (``boolean``, ``Int64``...), ``float64`` (NaN is missing),
strings, ``object``, categoricals and ``datetime64`` (NaT is missing). An ``object`` column,
even of mixed types, is accepted: each value is converted on its own, and one that does not
fit its input is an error naming the row and the column, never a guess.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._errors import frame_diagnostic, raise_if_any


def entity_of(pack, frame: str) -> str:
    """The pack's entity (e.g. ``personne``) of a frame name; the entity name is accepted too."""
    entities = pack.entities
    names = {"persons": entities["person"], "groups": entities["group"],
             entities["person"]: entities["person"], entities["group"]: entities["group"]}
    if frame not in names:
        raise ValueError(f"entity is 'persons' or 'groups' (or {entities['person']!r}, {entities['group']!r}), "
                         f"not {frame!r}")
    return names[frame]


def untrustworthy(dtype) -> bool:
    """A numpy dtype without a missing value: bool, signed or unsigned integers."""
    return isinstance(dtype, np.dtype) and dtype.kind in "biu"


def refuse_untrustworthy_dtypes(pack, dtypes: pd.Series, frame: str) -> None:
    """EligoError naming each input column of `frame` whose dtype cannot hold a missing value."""
    entity = entity_of(pack, frame)
    inputs = {spec["name"] for spec in pack._rule_pack.inputs if spec["entity"] == entity}
    problems = [
        frame_diagnostic(frame, None, None, str(column),
                         f"dtype {dtype} cannot hold a missing value: Dask gives every partition the dtype "
                         f"it inferred from the first block, so a missing value in another one may have "
                         f"been read as a value; read the file with eligo.dask.read_csv, or give the column "
                         f"a nullable dtype ({_nullable_for(dtype)})")
        for column, dtype in dtypes.items() if column in inputs and untrustworthy(dtype)]
    raise_if_any(problems)


def _nullable_for(dtype: np.dtype) -> str:
    return "'boolean'" if dtype.kind == "b" else "'Int64'"
