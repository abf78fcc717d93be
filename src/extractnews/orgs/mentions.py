"""Acronym mentions: every token that names an organisation or body, and the
knowledge-base hits of ambiguous acronyms that the document supports."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ..kb import Hit, KnowledgeBase
from ..text.french import acronym_like, line_of
from .definitions import (
    Definition,
    currency_codes,
    kb_acronym_ids,
    letters_of,
    not_acronyms,
    relaxed_short,
)
from .lexicon import org_words
from .patterns import ACRONYM_TOKEN


@functools.lru_cache(maxsize=1024)
def _upper_case_line(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line))
    return len(letters) > 12 and sum(map(str.isupper, letters)) / len(letters) > 0.7


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
    """Drop the hits of ambiguous acronyms ("CDI", "CEA") that nothing in the document supports,
    and those of the stop list ("AU", "UN") that the text does not define.

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

    # "AU TITRE DES MESURES": a word, not the African Union; "(African Union, AU)" is the union
    never = org_words().acronym_stoplist - defined
    hits = [
        h
        for h in hits
        if h.kind != "acronym" or text[h.start : h.end] not in never or _in_parentheses(text, h.start)
    ]
    context = {h.key for h in hits if not is_open(h)}
    context |= {d.org.id for d in definitions if d.org is not None}
    return [h for h in hits if not is_open(h) or any(oid in context for oid in kb.lineage(h.key))]


def _in_parentheses(text: str, start: int) -> bool:
    """``start`` is inside a parenthesis opened at most 80 characters before."""
    lo = max(0, start - 80)
    return text.rfind("(", lo, start) > text.rfind(")", lo, start)


def _inside_hyphenated(text: str, start: int, end: int) -> bool:
    """ "AP-COI": a knowledge-base acronym that is only part of a hyphenated token."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (before[-1:] == "-" and before[:1].isalnum()) or (after[:1] == "-" and after[1:].isalnum())


def _kb_hit_counts(text: str, h: Hit, defined: set[str], never: frozenset[str]) -> bool:
    """A knowledge-base acronym hit names its body: no stop word, headline word or part of a token."""
    short = text[h.start : h.end]
    if short in defined:
        return True
    return (
        short not in never
        and not _inside_hyphenated(text, h.start, h.end)
        and not _headline(text, h.start, h.end)
    )


def _part_of_other_name(
    kb: KnowledgeBase, name: tuple[int, int, str], start: int, end: int, short: str
) -> bool:
    """The acronym lies inside a knowledge-base name of a body it does not name: opening the
    name, it must be that body's own acronym; further in, that of the body or of a parent."""
    name_start, name_end, key = name
    if not (name_start <= start and end <= name_end and (start, end) != (name_start, name_end)):
        return False
    named = {key} if start == name_start else set(kb.lineage(key))
    return not set(kb.by_acronym(short)) & named


def _relaxed_mention(kb: KnowledgeBase, short: str, present: set[str], country: str | None) -> bool:
    """A short form not written in capitals names a known body: dotted ("F.m.i"), or capitalised
    ("Uemoa", "Bil") when the text names that body otherwise or it is a body of the document's
    country and the form is long enough not to be a word."""
    ids = kb_acronym_ids(kb, short)
    if not ids or not relaxed_short(short) or kb.by_name(short):
        return False  # "Proparco", "LuxDev": a body's name written as a word is a name, not an acronym
    if "." in short or any(i in present for i in ids):
        return True
    return len(short) >= 4 and country is not None and any(kb.orgs[i].country == country for i in ids)


def find_acronym_mentions(
    text: str,
    kb: KnowledgeBase,
    hits: Sequence[Hit],
    definitions: Sequence[Definition],
    country: str | None = None,
) -> list[tuple[int, int, str]]:
    """``(start, end, short)`` of every acronym that names an organisation or body."""
    found: dict[int, tuple[int, int, str]] = {}
    defined = {d.short for d in definitions}
    stop = not_acronyms()
    never = (
        org_words().acronym_stoplist
    )  # "PIB", "TVA", "AU": not an organisation even when the KB has the letters
    for h in hits:
        if h.kind == "acronym" and _kb_hit_counts(text, h, defined, never):
            found[h.start] = (h.start, h.end, text[h.start : h.end])
    present = {k for h in hits if h.kind in ("name", "acronym") for k in (h.keys or (h.key,))}
    ambiguous = org_words().ambiguous_acronyms
    # "ONU" opening "ONU Femmes" and "CDC" closing "Africa CDC" are parts of another body's name;
    # "CEDEAO" closing "Commission de la CEDEAO" still names the CEDEAO, the Commission's parent
    names = sorted((h.start, h.end, h.key) for h in hits if h.kind == "name")
    name_starts = [n[0] for n in names]
    for m in ACRONYM_TOKEN.finditer(text):
        short = m.group("short")
        if m.start() in found or short in stop:
            continue
        if not acronym_like(short):
            if short in defined or _relaxed_mention(kb, short, present, country):
                found[m.start()] = (m.start(), m.end(), short)
            continue
        i = bisect.bisect_right(name_starts, m.start()) - 1
        if short not in defined and i >= 0 and _part_of_other_name(kb, names[i], m.start(), m.end(), short):
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
