"""The one exception eligo raises for problems in what it was given."""

from __future__ import annotations

from typing import Any


class EligoWarning(UserWarning):
    """Something an evaluation went on with but that its user should know: a parameter read
    past the date someone last checked it against the law. ``frame.attrs["warnings"]`` of
    the result lists each warning line."""


class EligoError(ValueError):
    """A problem in a rule pack, in data, or during an evaluation.

    The message is the C++ one: one line per problem, each starting with its place
    (``file:line:column`` in a pack, the frame, row and column in a DataFrame).
    ``diagnostics`` lists the same problems as dicts with the keys ``severity``, ``file``,
    ``line``, ``column``, ``message`` and ``text`` (DataFrame problems add ``frame``,
    ``row``, ``id`` and ``field``).
    """

    def __init__(self, message: str, diagnostics: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.diagnostics: list[dict[str, Any]] = list(diagnostics or [])

    def __reduce__(self):
        # Exceptions pickle through their args only; keep the diagnostics when a Dask
        # worker sends the error back.
        return (type(self), (str(self), self.diagnostics))


def frame_diagnostic(frame: str, row: int | None, row_id: Any, field: str | None, message: str) -> dict[str, Any]:
    """A problem in a DataFrame, located by frame, row position, id and column name."""
    place = frame
    if row is not None:
        place += f" row {row}"
        if row_id is not None:
            place += f" (id {row_id!r})"
    if field is not None:
        place += f", column {field!r}"
    text = f"{place}: error: {message}"
    return {
        "severity": "error",
        "file": frame,
        "line": 0 if row is None else row + 1,
        "column": 0,
        "message": message,
        "text": text,
        "frame": frame,
        "row": row,
        "id": row_id,
        "field": field,
    }


def raise_if_any(diagnostics: list[dict[str, Any]]) -> None:
    """Raises one EligoError listing every problem, as the C++ side does."""
    if diagnostics:
        raise EligoError("\n".join(d["text"] for d in diagnostics), diagnostics)
