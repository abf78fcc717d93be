"""Access to the data files under ``models/`` (shipped as ``extractnews.models``).

Every file is read once per process and cached; callers get read-only views
(tuples, frozensets, ``MappingProxyType``) built by the module that owns the data.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from importlib import resources

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover
    from importlib.abc import Traversable
from typing import Any


def models_dir() -> Traversable:
    """The folder holding the shipped data files."""
    return resources.files("extractnews.models")


@functools.cache
def load_json(name: str) -> Any:
    """Parse ``models/<name>`` (JSON) once per process."""
    return json.loads(models_dir().joinpath(name).read_text(encoding="utf-8"))


def iter_jsonl(path: Traversable) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank line of a JSON Lines file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield number, json.loads(line)
