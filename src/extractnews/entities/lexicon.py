"""The entities room's words (``models/entities_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import DataFile, load_model
from ..text.french import UPPER, alternation, fold


class EntitiesData(DataFile):
    """Schema of ``models/entities_fr.json``."""

    imperatives: tuple[str, ...]
    generic_heads: tuple[str, ...]
    demonym_endings: tuple[str, ...]
    counted_before: tuple[str, ...]


@dataclass(frozen=True)
class EntityWords:
    imperatives: frozenset[str]
    """Folded imperatives ("regardez") that open page furniture, never a name."""
    generic_heads: frozenset[str]
    """Folded generic nouns that are never a name on their own ("agence", "commission")."""
    demonym: re.Pattern[str]
    """A capitalised plural demonym ("Maliens", "Soudanais")."""
    counted: re.Pattern[str]
    """A number or a quantifier right before a position ("400 000", "les", "des milliers de")."""


@functools.cache
def entity_words() -> EntityWords:
    raw = load_model("entities_fr.json", EntitiesData)
    endings = "|".join(raw.demonym_endings)
    counted = alternation(raw.counted_before, space=r"\s+")
    return EntityWords(
        imperatives=frozenset(fold(t) for t in raw.imperatives),
        generic_heads=frozenset(fold(t) for t in raw.generic_heads),
        demonym=re.compile(rf"{UPPER}[\w-]*(?:{endings})"),
        counted=re.compile(rf"(?:\d|\b{counted})\s*$"),
    )
