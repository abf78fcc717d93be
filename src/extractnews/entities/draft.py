"""A model span being repaired, and the type of a repair rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..candidate import Label

_PARTS = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Draft:
    """A model span being repaired: ``text[start:end]`` with its label."""

    start: int
    end: int
    label: Label

    def but(self, *, start: int | None = None, end: int | None = None, label: Label | None = None) -> Draft:
        """This span with the given fields changed; itself when nothing changes (the rules'
        usual answer, so that :func:`~extractnews.entities.repair._run` sees no change at once)."""
        new = (self.start if start is None else start, self.end if end is None else end, label or self.label)
        return self if new == (self.start, self.end, self.label) else Draft(*new)

    def surface(self, text: str) -> str:
        return text[self.start : self.end]

    def parts(self, text: str) -> list[str]:
        """The words of the span, split on spaces and hyphens."""
        return [p for p in _PARTS.split(self.surface(text)) if p]


Rule = Callable[[str, Draft], "Draft | None"]
