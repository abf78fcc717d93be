"""French word lists (``models/lexicon_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .resources import load_json
from .text import fold


@dataclass(frozen=True)
class Lexicon:
    honorifics: tuple[str, ...]
    """As written, longest first, so that "S.E. M." wins over "S.E."."""
    titles: frozenset[str]
    """Folded first words of job titles ("secretaire", "directeur")."""
    role_particles: frozenset[str]
    nationality_suffixes: tuple[str, ...]
    furniture_lines: frozenset[str]
    credit_markers: tuple[str, ...]
    furniture_labels: frozenset[str]
    """Field labels of contact blocks ("Tél", "Courriel"): never entities."""
    imperatives: frozenset[str]
    generic_heads: frozenset[str]
    acronym_stoplist: frozenset[str]
    org_adjective_suffixes: tuple[str, ...]
    """Endings of adjectives that complete a name ("Croix-Rouge sénégalaise", "Police nationale")."""
    portfolio_titles: frozenset[str]
    """Titles whose complement is a portfolio, part of the role ("ministre de la Santé")."""
    ambiguous_acronyms: frozenset[str]
    """Acronyms with a common other meaning ("CDI": a work contract): resolved only in context."""
    org_heads: frozenset[str]
    """Folded nouns that open organisation names ("conseil", "banque")."""
    lowercase_org_heads: frozenset[str]
    """Heads of names that French writes in lower case ("ministère de la Santé")."""
    misc_heads: frozenset[str]
    """Folded nouns that open names of events, treaties, strategies, goals (MISC)."""
    adjective_re: re.Pattern[str]
    """Folded words that look like adjectives ("exécutif", "régionale")."""
    honorific_re: re.Pattern[str]
    """Matches one or more honorifics at a position (``S.E. M. ``)."""


@functools.cache
def lexicon() -> Lexicon:
    raw = load_json("lexicon_fr.json")
    honorifics = tuple(sorted(raw["honorifics"], key=len, reverse=True))
    one = "|".join(re.escape(h) + (r"(?=\s)" if h[-1].isalnum() else "") for h in honorifics)
    return Lexicon(
        honorifics=honorifics,
        titles=frozenset(fold(t) for t in raw["titles"]),
        role_particles=frozenset(fold(t) for t in raw["role_particles"]),
        nationality_suffixes=tuple(sorted(set(raw["nationality_suffixes"]), key=len, reverse=True)),
        furniture_lines=frozenset(fold(t) for t in raw["furniture_lines"]),
        credit_markers=tuple(fold(t) for t in raw["credit_markers"]),
        furniture_labels=frozenset(fold(t) for t in raw["furniture_labels"]),
        imperatives=frozenset(fold(t) for t in raw["imperatives"]),
        generic_heads=frozenset(fold(t) for t in raw["generic_heads"]),
        acronym_stoplist=frozenset(raw["acronym_stoplist"]),
        org_adjective_suffixes=tuple(fold(t) for t in raw["org_adjective_suffixes"]),
        portfolio_titles=frozenset(fold(t) for t in raw["portfolio_titles"]),
        ambiguous_acronyms=frozenset(raw["ambiguous_acronyms"]),
        org_heads=frozenset(fold(t) for t in raw["org_heads"]),
        lowercase_org_heads=frozenset(fold(t) for t in raw["lowercase_org_heads"]),
        misc_heads=frozenset(fold(t) for t in raw["misc_heads"]),
        adjective_re=re.compile(
            r"\w+(?:"
            + "|".join(sorted({fold(x) for x in raw["adjective_suffixes"]}, key=len, reverse=True))
            + ")s?"
        ),
        honorific_re=re.compile(rf"(?:(?:{one})\s*)+"),
    )
