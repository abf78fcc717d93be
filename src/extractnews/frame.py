"""Extractions as pandas DataFrames: one row per mention, one table per kind.

```python
from extractnews import Extractor, to_dataframe

results = list(Extractor().extract_many(texts))
to_dataframe(results, "money")[["doc_id", "text", "amount", "currency"]]
```

pandas is an optional dependency (``pip install 'extractnews[pandas]'``); it is
imported when :func:`to_dataframe` is called, never when ``extractnews`` is.

Columns are the fields of the record of each kind, after a ``doc_id`` column
(the :attr:`Extraction.id`, or the position of the extraction in the input
when it has no id). Amounts stay :class:`~decimal.Decimal` objects, dates stay
:class:`datetime.date` objects, optional integers use pandas' nullable
``Int64`` type (a missing one is ``<NA>``); any other missing value is ``None``,
never ``NaN``. Organisations and people have one row per record: their
``mentions`` become ``n_mentions``, ``first_start``, ``first_end`` and
``mention_texts`` (the distinct surface forms, in order of appearance).
Extractions with ``error`` set contribute no rows.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from .extraction import Extraction
from .records import (
    Acronym,
    DateMention,
    Entity,
    Money,
    Organization,
    Person,
    Record,
)

if TYPE_CHECKING:
    import pandas as pd

Kind = Literal["entities", "dates", "money", "acronyms", "organizations", "people"]

#: The record class behind each kind (the field of :class:`Extraction` of the same name).
KINDS: dict[str, type[Record]] = {
    "entities": Entity,
    "dates": DateMention,
    "money": Money,
    "acronyms": Acronym,
    "organizations": Organization,
    "people": Person,
}

_MENTION_COLUMNS = ("n_mentions", "first_start", "first_end", "mention_texts")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "extractnews.to_dataframe needs pandas: pip install 'extractnews[pandas]'"
        ) from None
    return pandas


def _dtype(annotation: Any) -> str | None:
    """The pandas dtype of a field, so that empty and full frames agree."""
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int64"
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and set(
        typing.get_args(annotation)
    ) == {int, type(None)}:
        return "Int64"  # nullable integers: None stays <NA>, not a float NaN
    if annotation is Decimal:
        return "object"  # exact amounts, never floats
    return None


def _columns(cls: type[Record]) -> list[str]:
    columns = ["doc_id"]
    for name in cls.model_fields:
        if name == "mentions":
            columns.extend(_MENTION_COLUMNS)
        else:
            columns.append(name)
    return columns


def _row(doc_id: str | int, record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc_id}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if name == "mentions":
            row["n_mentions"] = len(value)
            row["first_start"] = value[0].start if value else None
            row["first_end"] = value[0].end if value else None
            row["mention_texts"] = tuple(dict.fromkeys(m.text for m in value))
        else:
            row[name] = value
    return row


def _as_extractions(
    extractions: Extraction | Mapping[str, Any] | Iterable[Extraction | Mapping[str, Any]],
) -> list[Extraction]:
    if isinstance(extractions, (Extraction, Mapping)):
        extractions = [extractions]
    out = []
    for i, item in enumerate(extractions):
        if isinstance(item, Extraction):
            out.append(item)
        elif isinstance(item, Mapping):
            # what the CLI, the Dask adapter and model_dump(mode="json") produce
            out.append(Extraction.model_validate(dict(item)))
        else:
            raise TypeError(
                f"to_dataframe expects Extraction objects (or their dumps), "
                f"got {type(item).__name__} at position {i}"
            )
    return out


def to_dataframe(
    extractions: Extraction | Mapping[str, Any] | Iterable[Extraction | Mapping[str, Any]],
    kind: Kind = "entities",
) -> pd.DataFrame:
    """One row per mention (per record for organisations and people) of ``kind``.

    Args:
        extractions: one :class:`Extraction` or an iterable of them (their
            ``model_dump()`` dictionaries are accepted too, as the Dask adapter
            and the CLI produce them).
        kind: ``"entities"``, ``"dates"``, ``"money"``, ``"acronyms"``,
            ``"organizations"`` or ``"people"``.

    Returns:
        A DataFrame whose first column is ``doc_id`` and whose other columns
        are the fields of the record (see the module documentation for
        organisations and people). It has these columns even when empty.

    Raises:
        ValueError: ``kind`` is not one of the kinds above.
        ImportError: pandas is not installed.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of: {', '.join(KINDS)}")
    pandas = _pandas()
    cls = KINDS[kind]
    rows: list[dict[str, Any]] = []
    for position, extraction in enumerate(_as_extractions(extractions)):
        doc_id: str | int = extraction.id if extraction.id is not None else position
        rows.extend(_row(doc_id, record) for record in getattr(extraction, kind))
    columns = _columns(cls)
    # built as objects so that a missing value stays None (pandas would make it NaN in a
    # column that also holds strings, and leave it None in a column of None only)
    frame = pandas.DataFrame.from_records(rows, columns=columns).astype(object)
    frame = frame.where(frame.notna(), None)
    dtypes = {name: _dtype(field.annotation) for name, field in cls.model_fields.items()}
    if "mentions" in dtypes:
        dtypes.update(n_mentions="int64", first_start="Int64", first_end="Int64")
    typed: pd.DataFrame = frame.astype(
        {name: dtype for name, dtype in dtypes.items() if dtype and name in frame}
    )
    return typed
