"""A model span being repaired, and the type of a repair rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..candidate import Label


@dataclass(frozen=True)
class Draft:
    """A model span being repaired: ``text[start:end]`` with its label."""

    start: int
    end: int
    label: Label

    def surface(self, text: str) -> str:
        return text[self.start : self.end]

    def parts(self, text: str) -> list[str]:
        """The words of the span, split on spaces and hyphens."""
        return [p for p in re.split(r"[\s-]+", self.surface(text)) if p]


Rule = Callable[[str, Draft], "Draft | None"]
