"""People records: one per person, by the fullest form of the name, with every mention.

A later short mention ("M. Fedotov") is linked to the fullest name of the
document when its words match (rapidfuzz, to absorb spelling variants).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..kb import KnowledgeBase
from ..records import Entity, Person, Span
from ..text.french import fold
from .lexicon import people_words
from .roles import role_after, role_before


@dataclass
class _Draft:
    name: str
    honorific: str | None = None
    role: str | None = None
    organization: str | None = None
    organization_id: str | None = None
    mentions: list[Span] = field(default_factory=list)


def _same_person(short: str, full: str) -> bool:
    s, f = short.split(), full.split()
    if len(s) >= len(f):
        return False
    return all(any(fuzz.ratio(fold(a), fold(b)) >= 85 for b in f) for a in s)


def find_people(text: str, entities: Sequence[Entity], kb: KnowledgeBase) -> list[Person]:
    """One :class:`Person` per named person, by the fullest form of the name."""
    lex = people_words()
    entities_at = {e.start: e for e in entities if e.label in ("ORG", "LOC")}
    pers = [e for e in entities if e.label == "PER"]
    per_ends = sorted({e.end for e in pers})
    drafts: list[_Draft] = []
    by_name: dict[str, _Draft] = {}
    for e in sorted(pers, key=lambda e: -len(e.text.split())):
        draft = by_name.get(e.text) or next((d for d in drafts if _same_person(e.text, d.name)), None)
        if draft is None:
            draft = _Draft(e.text)
            drafts.append(draft)
        by_name[e.text] = draft
        draft.mentions.append(Span(text=e.text, start=e.start, end=e.end))
        h = re.search(rf"(?:{lex.honorific_re.pattern})$", text[max(0, e.start - 30) : e.start])
        if h and draft.honorific is None:
            draft.honorific = h.group().strip()
        h_start = e.start - (len(h.group()) if h else 0)
        role = role_after(text, e.end, entities_at) or role_before(text, h_start, entities_at, per_ends)
        if role and draft.role is None:
            draft.role, draft.organization = role
    out = []
    for d in sorted(drafts, key=lambda d: min(m.start for m in d.mentions)):
        org_id = None
        if d.organization:
            ids = kb.by_acronym(d.organization) or kb.by_name(d.organization)
            org_id = ids[0] if len(ids) == 1 else None
        out.append(
            Person(
                name=d.name,
                honorific=d.honorific,
                role=d.role,
                organization=d.organization,
                organization_id=org_id,
                mentions=tuple(sorted(d.mentions, key=lambda m: m.start)),
            )
        )
    return out
