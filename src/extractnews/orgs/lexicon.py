"""The organisations room's words (``models/orgs_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import DataFile, load_model
from ..text.french import fold


class OrgsData(DataFile):
    """Schema of ``models/orgs_fr.json``."""

    org_heads: tuple[str, ...]
    lowercase_org_heads: tuple[str, ...]
    defined_lowercase_heads: tuple[str, ...]
    misc_heads: tuple[str, ...]
    org_adjective_suffixes: tuple[str, ...]
    acronym_stoplist: tuple[str, ...]
    ambiguous_acronyms: tuple[str, ...]
    alignment_stopwords: tuple[str, ...]
    national_heads: tuple[str, ...]
    document_heads: tuple[str, ...]


@dataclass(frozen=True)
class OrgWords:
    org_heads: frozenset[str]
    """Folded nouns that open organisation names ("conseil", "banque")."""
    lowercase_org_heads: frozenset[str]
    """Heads of names that French writes in lower case ("ministère de la Santé")."""
    defined_lowercase_heads: frozenset[str]
    """Heads that open a lower-case long form when an acronym defined right after it spells
    it ("office cantonal des bâtiments (OCBA)")."""
    misc_heads: frozenset[str]
    """Folded nouns that open names of events, treaties, strategies, goals (MISC)."""
    org_adjective_suffixes: tuple[str, ...]
    """Endings of adjectives that complete a name ("Croix-Rouge sénégalaise", "Police nationale")."""
    acronym_stoplist: frozenset[str]
    """Upper-case tokens that are never organisation acronyms ("PIB", "COVID")."""
    ambiguous_acronyms: frozenset[str]
    """Acronyms with a common other meaning ("CDI": a work contract): resolved only in context."""
    alignment_stopwords: frozenset[str]
    """Folded words an acronym's letters may skip in its long form ("de", "of")."""
    national_heads: tuple[str, ...]
    """Folded openings of the names of national bodies ("ministere", "assemblee nationale")."""
    document_heads: tuple[str, ...]
    """Folded openings of the names of texts and laws ("loi", "decret"): their acronyms name no body."""


@functools.cache
def org_words() -> OrgWords:
    raw = load_model("orgs_fr.json", OrgsData)
    return OrgWords(
        org_heads=frozenset(fold(t) for t in raw.org_heads),
        lowercase_org_heads=frozenset(fold(t) for t in raw.lowercase_org_heads),
        defined_lowercase_heads=frozenset(fold(t) for t in raw.defined_lowercase_heads),
        misc_heads=frozenset(fold(t) for t in raw.misc_heads),
        org_adjective_suffixes=tuple(fold(t) for t in raw.org_adjective_suffixes),
        acronym_stoplist=frozenset(raw.acronym_stoplist),
        ambiguous_acronyms=frozenset(raw.ambiguous_acronyms),
        alignment_stopwords=frozenset(raw.alignment_stopwords),
        national_heads=tuple(fold(t) for t in raw.national_heads),
        document_heads=tuple(fold(t) + " " for t in raw.document_heads),
    )
