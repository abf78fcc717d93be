"""The people room's words (``models/people_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import DataFile, load_model
from ..text.french import fold


class PeopleData(DataFile):
    """Schema of ``models/people_fr.json``."""

    honorifics: tuple[str, ...]
    titles: tuple[str, ...]
    role_particles: tuple[str, ...]
    portfolio_titles: tuple[str, ...]
    nationality_suffixes: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]
    name_particles: tuple[str, ...]


@dataclass(frozen=True)
class PeopleWords:
    honorifics: tuple[str, ...]
    """As written, longest first, so that "S.E. M." wins over "S.E."."""
    titles: frozenset[str]
    """Folded first words of job titles ("secretaire", "directeur")."""
    role_particles: frozenset[str]
    portfolio_titles: frozenset[str]
    """Titles whose complement is a portfolio, part of the role ("ministre de la Santé")."""
    nationality_suffixes: tuple[str, ...]
    name_particles: tuple[str, ...]
    """Lower-case words inside a name ("Ould", "bin"), as written."""
    adjective_re: re.Pattern[str]
    """Folded words that look like adjectives ("exécutif", "régionale")."""
    honorific_re: re.Pattern[str]
    """Matches one or more honorifics at a position (``S.E. M. ``)."""


@functools.cache
def people_words() -> PeopleWords:
    raw = load_model("people_fr.json", PeopleData)
    honorifics = tuple(sorted(raw.honorifics, key=len, reverse=True))
    one = "|".join(re.escape(h) + (r"(?=\s)" if h[-1].isalnum() else "") for h in honorifics)
    return PeopleWords(
        honorifics=honorifics,
        titles=frozenset(fold(t) for t in raw.titles),
        role_particles=frozenset(fold(t) for t in raw.role_particles),
        portfolio_titles=frozenset(fold(t) for t in raw.portfolio_titles),
        nationality_suffixes=tuple(sorted(set(raw.nationality_suffixes), key=len, reverse=True)),
        name_particles=raw.name_particles,
        adjective_re=re.compile(
            r"\w+(?:"
            + "|".join(sorted({fold(x) for x in raw.adjective_suffixes}, key=len, reverse=True))
            + ")s?"
        ),
        honorific_re=re.compile(rf"(?:(?:{one})\s*)+"),
    )
