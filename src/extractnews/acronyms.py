"""Acronyms: in-text definitions, then resolution against the knowledge base.

Pure functions over the text, the knowledge-base hits and the entity
candidates. Definitions are found in the French patterns of the genre:

- ``Long Form (SIGLE)``, also with an English acronym after a French name
  ("Office des Nations Unies contre la drogue et le crime (UNODC)") and with
  trailing words in the parentheses ("(UNOCT, selon son sigle anglais)");
- ``SIGLE (Long Form)``;
- ``Long Form, ou SIGLE,`` / ``Long Form, dite SIGLE``.

A long form is accepted when the acronym's letters match the initials of its
words in order (a French-aware Schwartz–Hearst: articles and prepositions may
be skipped, hyphenated words give one letter per part), or when it is a known
name of the organisation the knowledge base gives for the acronym, or an
organisation entity that ends right before the parenthesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .entities import Candidate
from .kb import Hit, KnowledgeBase, OrgEntry
from .lexicon import lexicon
from .records import Acronym
from .text import fold, fold_key

_ACRONYM = r"[A-ZÀ-Ö][A-Za-zÀ-öø-ÿ0-9&]*[A-Z0-9][A-Za-z0-9&]*(?:-[A-Z0-9][A-Za-z0-9]*)?"
ACRONYM_TOKEN = re.compile(rf"(?<![\w/.-])(?P<short>{_ACRONYM})(?![\w/]|-\w)")
_PAREN_AFTER = re.compile(
    rf"[ \u00a0]*[.,]?[ \u00a0]*\([ \u00a0]*(?:«[ \u00a0]*)?(?P<short>{_ACRONYM})[ \u00a0]*(?:»[ \u00a0]*)?(?:[ \u00a0,;][^()\n]{{0,80}})?\)"
)
_PAREN_LONG = re.compile(rf"(?P<short>{_ACRONYM})[ \u00a0]*\((?P<long>[^()\n]{{4,150}})\)")
_OU_SIGLE = re.compile(
    rf",[ \u00a0]+(?:ou|dite?s?|appelée?s?|connue?s?[ \u00a0]+sous[ \u00a0]+le[ \u00a0]+nom[ \u00a0]+d['’])"
    rf"[ \u00a0]*(?:l['’]|le[ \u00a0]+|la[ \u00a0]+)?«?[ \u00a0]*(?P<short>{_ACRONYM})[ \u00a0]*»?(?=[,;.)\s])"
)
_STOPWORDS = frozenset(
    "de du des la le les l d et en au aux a pour sur contre dans par avec sans sous entre "
    "of the and for on in to".split()
)
_BOUNDARY = re.compile(r"[.;:!?«»()\[\]\n]|,\s")


@dataclass(frozen=True)
class Definition:
    short: str
    short_start: int
    long: str
    long_start: int
    long_end: int


def is_acronym_like(token: str) -> bool:
    """At least two capitals (or a capital and a digit), no lower-case run of 3."""
    caps = sum(c.isupper() for c in token)
    return caps >= 2 and not re.search(r"[a-zà-ÿ]{3}", token) and len(token) <= 12


def _letters(short: str) -> str:
    return "".join(c for c in fold(short) if c.isalnum())


def _words_before(text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """Word spans ending at ``end``, right to left, stopping at a sentence boundary."""
    floor = max(0, end - 300)
    boundary = None
    for boundary in _BOUNDARY.finditer(text, floor, end):
        pass
    lo = boundary.end() if boundary else floor
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", text[lo:end])]
    return [(lo + s, lo + e) for s, e in words][::-1][:limit]


def _initials(word: str) -> tuple[str, bool]:
    """The letters a word may give an acronym, and whether it is a skippable stopword."""
    folded = fold(word)
    if "'" in folded:
        head, _, folded = folded.partition("'")
        if not folded:
            return "", True
    parts = [p for p in folded.split("-") if p]
    if not parts:
        return "", True
    if folded in _STOPWORDS:
        return folded[0], True
    return "".join(p[0] for p in parts), False


def match_long_form(text: str, end: int, short: str) -> int | None:
    """Start of the long form ending at ``end`` whose initials spell ``short``, or None."""
    letters = _letters(short)
    if len(letters) < 2:
        return None
    words = _words_before(text, end, 3 * len(letters) + 6)
    # match the acronym's letters right to left against word initials
    i = len(letters) - 1
    start = None
    skipped_content = 0
    for ws, we in words:
        word = text[ws:we]
        initial, stop = _initials(word)
        if i >= 0 and initial and letters[i - len(initial) + 1 : i + 1] == initial and len(initial) <= i + 1:
            i -= len(initial)
            start = ws
            if i < 0:
                break
        elif i >= 0 and initial and len(initial) > 1 and letters[i] == initial[-1] and not stop:
            # a hyphenated word that gives only its last part's letter
            i -= 1
            start = ws
        elif not stop:
            skipped_content += 1
            if skipped_content > max(1, len(letters) // 2):
                return None
    if i >= 0 or start is None:
        return None
    first = text[start]
    if "'" in text[start : start + 3] or "’" in text[start : start + 3]:
        start = start + max(text.find("'", start, start + 3), text.find("’", start, start + 3)) - start + 1
        first = text[start]
    return start if first.isupper() or first.isdigit() else None


def _kb_name_ending(hits: Sequence[Hit], ids: Sequence[str], end: int, text: str) -> Hit | None:
    for h in hits:
        if h.kind == "name" and h.key in ids and text[h.end : end].strip(" \u00a0.,") == "":
            return h
    return None


def find_definitions(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], entities: Sequence[Candidate]
) -> list[Definition]:
    """Every in-text acronym definition, in text order."""
    out: list[Definition] = []
    stop = lexicon().acronym_stoplist
    orgs_ending = {c.end: c for c in entities if c.label == "ORG"}
    for m in _PAREN_AFTER.finditer(text):
        short = m.group("short")
        if short in stop or not is_acronym_like(short):
            continue
        end = m.start()
        start = match_long_form(text, end, short)
        if start is None:
            hit = _kb_name_ending(hits, kb.by_acronym(short), end, text)
            if hit is not None:
                start = hit.start
        if start is None:
            cand = orgs_ending.get(end)
            if cand is not None and cand.length > len(short) + 3:
                start = cand.start
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start:end], start, end))
    for m in _PAREN_LONG.finditer(text):
        short, long = m.group("short"), m.group("long").strip()
        if short in stop or not is_acronym_like(short) or long[:1].islower():
            continue
        long_start = m.start("long") + (len(m.group("long")) - len(m.group("long").lstrip()))
        long_end = long_start + len(long)
        if match_long_form(text, long_end, short) == long_start or kb.by_name(long):
            out.append(Definition(short, m.start("short"), long, long_start, long_end))
    for m in _OU_SIGLE.finditer(text):
        short = m.group("short")
        if short in stop or not is_acronym_like(short):
            continue
        start = match_long_form(text, m.start(), short)
        if start is None and m.start() in orgs_ending:
            start = orgs_ending[m.start()].start
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start : m.start()], start, m.start()))
    out.sort(key=lambda d: d.short_start)
    return out


def definition_candidates(text: str, definitions: Iterable[Definition]) -> list[Candidate]:
    """ORG spans for every occurrence of a defined long form and of its acronym."""
    out = []
    seen: set[str] = set()
    folded = fold(text)
    for d in definitions:
        key = fold(d.long)
        if key in seen:
            continue
        seen.add(key)
        pos = folded.find(key)
        while pos != -1:
            end = pos + len(key)
            if (pos == 0 or not folded[pos - 1].isalnum()) and (end == len(text) or not folded[end].isalnum()):
                out.append(Candidate(pos, end, "ORG", "definition"))
            pos = folded.find(key, end)
    return out


# ---------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Resolution:
    org: OrgEntry | None
    long_fr: str | None
    origin: str | None
    candidates: tuple[str, ...] = ()


def _headline(text: str, start: int, end: int) -> bool:
    """The token stands in an upper-case line or run ("QUINZE ETATS ANNONCENT")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    if len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        return True
    before = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start])[-1:]
    after = re.findall(r"[\w'’-]+", text[end : end + 40])[:1]
    return any(len(w) > 3 and w.isupper() and not is_acronym_like(w.strip("'’")) for w in before + after) or any(
        len(w) > 3 and w.isupper() for w in before + after if w.isalpha() and len(w) > 6
    )


def find_acronym_mentions(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], definitions: Sequence[Definition]
) -> list[tuple[int, int, str]]:
    """``(start, end, short)`` of every acronym that names an organisation or body."""
    lex = lexicon()
    found: dict[int, tuple[int, int, str]] = {}
    for h in hits:
        if h.kind == "acronym":
            found[h.start] = (h.start, h.end, text[h.start : h.end])
    defined = {d.short for d in definitions}
    places = kb.places
    for m in ACRONYM_TOKEN.finditer(text):
        short = m.group("short")
        if m.start() in found or not is_acronym_like(short) or short in lex.acronym_stoplist:
            continue
        if short not in defined:
            if short in places or _headline(text, m.start(), m.end()):
                continue
            if not kb.by_acronym(short) and len(_letters(short)) < 2:
                continue
        found[m.start()] = (m.start(), m.end(), short)
    return sorted(found.values())


def _pick(kb: KnowledgeBase, ids: Sequence[str], present: set[str]) -> tuple[OrgEntry | None, tuple[str, ...]]:
    if len(ids) == 1:
        return kb.orgs[ids[0]], ()
    here = [i for i in ids if i in present]
    if len(here) == 1:
        return kb.orgs[here[0]], ()
    return None, tuple(ids)


def _link(kb: KnowledgeBase, d: Definition) -> OrgEntry | None:
    """The knowledge-base organisation an in-text definition names, if any."""
    by_name = kb.by_name(d.long)
    ids = kb.by_acronym(d.short)
    for oid in by_name:
        if not ids or oid in ids:
            return kb.orgs[oid]
    key = fold_key(d.long)
    best, score = None, 0.0
    for oid in ids:
        org = kb.orgs[oid]
        s = max(fuzz.ratio(key, fold_key(n)) for n in org.names)
        if s > score:
            best, score = org, s
    return best if best is not None and score >= 88 else (kb.orgs[by_name[0]] if by_name else None)


def resolve(
    text: str,
    kb: KnowledgeBase,
    hits: Sequence[Hit],
    definitions: Sequence[Definition],
    mentions: Sequence[tuple[int, int, str]],
) -> list[Acronym]:
    """One :class:`Acronym` record per mention, resolved at document level."""
    present = {h.key for h in hits if h.kind == "name"}
    by_short: dict[str, _Resolution] = {}
    org_long: dict[str, str] = {}
    for d in definitions:
        if d.short in by_short:
            continue
        org = _link(kb, d)
        by_short[d.short] = _Resolution(org, d.long, "both" if org else "text")
        if org is not None:
            org_long.setdefault(org.id, d.long)
    for _, _, short in mentions:
        if short in by_short:
            continue
        org, cands = _pick(kb, kb.by_acronym(short), present | set(org_long))
        if org is not None:
            by_short[short] = _Resolution(org, org_long.get(org.id, org.name_fr), "kb")
        else:
            by_short[short] = _Resolution(None, None, None, cands)
    out = []
    for start, end, short in mentions:
        r = by_short[short]
        org = r.org
        aliases = tuple(a for a in org.acronyms if a != short) if org else ()
        out.append(
            Acronym(
                text=text[start:end], start=start, end=end, short=short,
                long_fr=r.long_fr, long_en=org.name_en if org else None, aliases=aliases,
                org_id=org.id if org else None, origin=r.origin,  # type: ignore[arg-type]
                candidates=r.candidates,
            )
        )
    return out
