"""The data files under ``models/`` (shipped as ``extractnews.models``), read and validated once.

Every file is parsed once per process and validated by the pydantic schema of
the room that owns it (:func:`load_model`); a file that does not validate
raises :class:`~extractnews.errors.DataFileError` naming the file and the
entry. Rooms expose read-only views (tuples, frozensets, ``MappingProxyType``)
built from the validated model.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import DataFileError

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover
    from importlib.abc import Traversable

S = TypeVar("S", bound=BaseModel)


class DataFile(BaseModel):
    """Base of the schemas of ``models/*.json``: unknown keys are errors, ``_doc`` keys are notes."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def models_dir() -> Traversable:
    """The folder holding the shipped data files."""
    return resources.files("extractnews.models")


@functools.cache
def load_json(name: str) -> Any:
    """Parse ``models/<name>`` (JSON) once per process."""
    try:
        return json.loads(models_dir().joinpath(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataFileError(f"models/{name}: not valid JSON ({e})") from None


def _without_notes(value: Any) -> Any:
    """Drop the ``_doc`` notes that data files carry for their readers."""
    if isinstance(value, dict):
        return {k: _without_notes(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_without_notes(v) for v in value]
    return value


def validate(raw: Any, schema: type[S], where: str) -> S:
    """``schema`` built from ``raw``, or a DataFileError that names ``where`` and the entry."""
    try:
        return schema.model_validate(_without_notes(raw))
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in e.errors()[:5]
        )
        raise DataFileError(f"{where}: {problems}") from None


@functools.cache
def _load_model(name: str, schema: type[BaseModel]) -> BaseModel:
    return validate(load_json(name), schema, f"models/{name}")


def load_model(name: str, schema: type[S]) -> S:
    """``models/<name>`` parsed and validated by ``schema``, once per process."""
    model = _load_model(name, schema)
    assert isinstance(model, schema)
    return model


def iter_jsonl(path: Traversable) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataFileError(f"{path.name}:{number}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise DataFileError(f"{path.name}:{number}: expected a JSON object")
        yield number, obj
