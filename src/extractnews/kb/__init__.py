"""The knowledge base room: organisations and places, loaded once, validated, read-only.

- :mod:`.schema`: one organisation entry (:class:`OrgEntry`) and the types;
- :mod:`.index`: :class:`PhraseIndex`, the trie that finds names, acronyms and places in text;
- :mod:`.base`: :class:`KnowledgeBase`, the look-ups;
- :mod:`.load`: the shipped data (``models/organisations/*.jsonl``, ``models/places_fr.json``).
"""

from __future__ import annotations

from .base import KnowledgeBase
from .index import Hit, PhraseIndex
from .load import default_kb, kb_from_folder, load_organisations, load_places, place_person_names
from .schema import MISC_TYPES, ORG_TYPES, OrgEntry, label_of

__all__ = [
    "MISC_TYPES",
    "ORG_TYPES",
    "Hit",
    "KnowledgeBase",
    "OrgEntry",
    "PhraseIndex",
    "default_kb",
    "kb_from_folder",
    "label_of",
    "load_organisations",
    "load_places",
    "place_person_names",
]
