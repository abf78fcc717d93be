"""The structure room's words (``models/structure_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import DataFile, load_model
from ..text.french import fold


class StructureData(DataFile):
    """Schema of ``models/structure_fr.json``."""

    furniture_lines: tuple[str, ...]
    credit_markers: tuple[str, ...]
    furniture_labels: tuple[str, ...]
    contact_media: tuple[str, ...]
    about_openers: tuple[str, ...]
    contact_openers: tuple[str, ...]


@dataclass(frozen=True)
class StructureWords:
    furniture_lines: frozenset[str]
    """Folded whole lines of navigation and sharing ("aller au contenu", "partager")."""
    credit_markers: tuple[str, ...]
    """Folded markers of photo credits ("©", "crédit photo")."""
    furniture_labels: frozenset[str]
    contact_media: frozenset[str]
    """Folded labels of a telephone, fax or mail address ("tél", "courriel")."""
    """Folded field labels of contact blocks ("tél", "courriel"): never entities."""
    about: re.Pattern[str]
    """The heading of an "À propos de …" block, at the start of a line."""
    contact: re.Pattern[str]
    """The heading of a contact block, at the start of a line."""


@functools.cache
def structure_words() -> StructureWords:
    raw = load_model("structure_fr.json", StructureData)
    return StructureWords(
        furniture_lines=frozenset(fold(t) for t in raw.furniture_lines),
        credit_markers=tuple(fold(t) for t in raw.credit_markers),
        furniture_labels=frozenset(fold(t) for t in raw.furniture_labels),
        contact_media=frozenset(fold(t) for t in raw.contact_media),
        about=_openers(raw.about_openers),
        contact=_openers(raw.contact_openers),
    )


def _openers(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(patterns) + ")", re.IGNORECASE | re.MULTILINE)
