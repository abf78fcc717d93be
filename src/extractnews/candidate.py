"""The candidate entity span that the rooms propose and reconciliation chooses among."""

from __future__ import annotations

from dataclasses import dataclass

from .records import Origin

Label = str
"""An entity label: "PER", "ORG", "LOC" or "MISC"."""

PRIORITY: dict[str, int] = {"definition": 3, "kb": 2, "rule": 1, "model": 0}
"""Which origin wins between two candidates of the same length."""


@dataclass(frozen=True)
class Candidate:
    """A proposed entity: ``text[start:end]``, its label, where it came from, its KB id."""

    start: int
    end: int
    label: Label
    origin: Origin
    kb_id: str | None = None
    reason: str | None = None
    """Why the candidate exists beyond its origin: the rule that made it, or the repairs of a model span."""

    @property
    def length(self) -> int:
        return self.end - self.start
