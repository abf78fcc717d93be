"""Acronym mentions: every token that names an organisation or body, and the
knowledge-base hits of ambiguous acronyms that the document supports."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ..kb import Hit, KnowledgeBase
from ..text.french import DATA, acronym_like, line_of
from .definitions import Definition, currency_codes, letters_of, not_acronyms
from .lexicon import org_words
from .patterns import ACRONYM_TOKEN


@functools.lru_cache(maxsize=1024)
def _upper_case_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def _headline(text: str, start: int, end: int) -> bool:
    """The token stands in an upper-case line or run ("QUINZE ETATS ANNONCENT", "NEW YORK")."""
    if _upper_case_line(line_of(text, start, end)):
        return True
    left = re.search(r"(?:^|[^\w'’])[A-ZÀ-ÖØ-Þ]{2,}[ \u00a0/-]$", text[max(0, start - 30) : start])
    right = re.match(r"[ \u00a0/-][A-ZÀ-ÖØ-Þ]{2,}(?![\w'’])", text[end : end + 30])
    return bool(left or right)


def supported_hits(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], definitions: Sequence[Definition]
) -> list[Hit]:
    """Drop the hits of ambiguous acronyms ("CDI", "CEA") that nothing in the document supports.

    Such an acronym stands for its organisation only when the text defines it,
    or names the organisation or one of its parents ("la CDI" in a release
    that names the General Assembly or the UN), otherwise it is most likely
    the common word ("un CDI", a work contract).
    """
    ambiguous = org_words().ambiguous_acronyms | currency_codes()  # "CAD": the OECD's committee or a dollar
    defined = {d.short for d in definitions}

    def is_open(h: Hit) -> bool:
        return (
            h.kind == "acronym"
            and text[h.start : h.end] in ambiguous
            and text[h.start : h.end] not in defined
        )

    context = {h.key for h in hits if not is_open(h)}
    context |= {d.org.id for d in definitions if d.org is not None}
    return [h for h in hits if not is_open(h) or any(oid in context for oid in kb.lineage(h.key))]


def find_acronym_mentions(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], definitions: Sequence[Definition]
) -> list[tuple[int, int, str]]:
    """``(start, end, short)`` of every acronym that names an organisation or body."""
    found: dict[int, tuple[int, int, str]] = {}
    defined = {d.short for d in definitions}
    stop = not_acronyms()
    never = org_words().acronym_stoplist  # "PIB", "TVA": not an organisation even when the KB has the letters
    for h in hits:
        short = text[h.start : h.end]
        if h.kind == "acronym" and (short not in never or short in defined):
            if short.lower() in DATA.function_words + DATA.prepositions and _headline(text, h.start, h.end):
                continue  # "AU TITRE DE LA RÉFORME": the preposition, not the African Union
            found[h.start] = (h.start, h.end, short)
    ambiguous = org_words().ambiguous_acronyms
    # "ONU" opening "ONU Femmes" is part of another organisation's name; "CEDEAO" closing
    # "Commission de la CEDEAO" still names the CEDEAO
    names = sorted((h.start, h.end, h.key) for h in hits if h.kind == "name")
    name_starts = [n[0] for n in names]
    for m in ACRONYM_TOKEN.finditer(text):
        short = m.group("short")
        if m.start() in found or not acronym_like(short) or short in stop:
            continue
        i = bisect.bisect_right(name_starts, m.start()) - 1
        inside = i >= 0 and names[i][0] == m.start() and m.end() < names[i][1]
        if short not in defined and inside and names[i][2] not in kb.by_acronym(short):
            continue
        if short in ambiguous and short not in defined:
            continue  # its supported knowledge-base hits are already in `found`
        parts = [p for p in short.split("-") if not p.isdigit()]
        if parts and all(p in stop for p in parts):
            continue  # "COVID-19", "TPE-PME"
        if short not in defined:
            if kb.is_place(short) or _headline(text, m.start(), m.end()):
                continue
            if not kb.by_acronym(short) and len(letters_of(short)) < 2:
                continue
        found[m.start()] = (m.start(), m.end(), short)
    return sorted(found.values())
