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

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .entities import Candidate, relabel_misc
from .kb import MISC_TYPES, Hit, KnowledgeBase, OrgEntry
from .lexicon import lexicon
from .records import Acronym
from .text import acronym_like, fold, fold_key, last_match, line_of

# bounded, so that no run of letters can make the search quadratic; acronym_like checks the capitals
_ACRONYM = r"[A-ZÀ-Ö][A-Za-zÀ-öø-ÿ0-9&]{1,11}(?:-[A-Z0-9][A-Za-z0-9]{0,9})?"
_SP = "[ \u00a0\u202f]"
# not after a capital other than the elisions L' and D': "N'DJAMENA" is a city, "L'ONU" an acronym
ACRONYM_TOKEN = re.compile(rf"(?<![\w/.-])(?<![A-CE-KM-Z]['’])(?P<short>{_ACRONYM})(?![\w/]|-\w)")
_PAREN_AFTER = re.compile(
    rf"""{_SP}*[.,]?{_SP}*                 # "Long Form (" or "Long Form. ("
    \({_SP}*(?:«{_SP}*)?(?P<short>{_ACRONYM}){_SP}*(?:»{_SP}*)?
    (?:[ \u00a0,;][^()\n]{{0,80}})?\)                # "(UNOCT, selon son sigle anglais)"
    """,
    re.VERBOSE,
)
_PAREN_LONG = re.compile(rf"(?<![\w/.-])(?P<short>{_ACRONYM}){_SP}*\((?P<long>[^()\n]{{4,150}})\)")
_OU_SIGLE = re.compile(
    rf",{_SP}+(?:ou|dite?s?|appelée?s?|connue?s?{_SP}+sous{_SP}+le{_SP}+nom{_SP}+d['’])"
    rf"{_SP}*(?:l['’]|le{_SP}+|la{_SP}+)?«?{_SP}*"
    rf"(?P<short>{_ACRONYM}){_SP}*»?(?=[,;.)\s])"
)
_STOPWORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "en",
        "au",
        "aux",
        "a",
        "pour",
        "sur",
        "contre",
        "dans",
        "par",
        "avec",
        "sans",
        "sous",
        "entre",
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "to",
    ]
)
# a comma before "de", "du", "et de"... continues a name ("ministère de l'Économie, de la Planification")
_BOUNDARY = re.compile(r"[.;:!?«»()\[\]\n]|,\s(?!\s*(?:de|du|des|d['’]|et)\b)")


@dataclass(frozen=True)
class Definition:
    short: str
    short_start: int
    long: str
    long_start: int
    long_end: int
    org: OrgEntry | None = None
    """The knowledge-base organisation the definition names, linked once when it is found."""


@functools.cache
def not_acronyms() -> frozenset[str]:
    """Upper-case tokens that are never organisation acronyms: the word list and ISO 4217 codes."""
    import pycountry

    return lexicon().acronym_stoplist | {c.alpha_3 for c in pycountry.currencies}


def _letters(short: str) -> str:
    return "".join(c for c in fold(short) if c.isalnum())


def _words_before(text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """Word spans ending at ``end``, right to left, stopping at a sentence boundary."""
    floor = max(0, end - 300)
    boundary = last_match(_BOUNDARY, text, floor, end)
    lo = boundary.end() if boundary else floor
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", text[lo:end])]
    return [(lo + s, lo + e) for s, e in words][::-1][:limit]


def _word_letters(word: str) -> tuple[str, bool]:
    """The folded letters of a word (elision dropped) and whether it is a stopword."""
    folded = fold(word)
    if "'" in folded:
        folded = folded.partition("'")[2]
    return folded, (not folded or folded in _STOPWORDS)


def _align(letters: str, words: Sequence[str], max_skips: int) -> bool:
    """Can ``letters`` be spelt by the words, left to right?

    Each word gives the first letter of each of its hyphenated parts, its
    first two or three letters, its first letter and one inner letter, or
    nothing: freely for stopwords, at most ``max_skips`` times for content
    words. The first word must give the first letter; one trailing letter may
    stay unmatched for long acronyms (MISMA:
    "Mission internationale de soutien au Mali", the A being "africaine").
    """
    parsed = [_word_letters(w) for w in words]

    @functools.cache
    def go(w: int, i: int, skips: int) -> bool:
        if i == len(letters):
            return all(stop for _, stop in parsed[w:]) or w == len(parsed)
        if w == len(parsed):
            return i == len(letters) - 1 and len(letters) >= 5
        word, stop = parsed[w]
        # initials of hyphenated parts, a prefix, or the first letter and one inner letter
        # of a compound ("interparlementaire" -> "ip")
        options = {"".join(p[0] for p in word.split("-") if p)} | {word[:2], word[:3], word[:1]}
        if not stop and word and i + 1 < len(letters) and letters[i + 1] in word[1:]:
            options.add(word[0] + letters[i + 1])
        for opt in options:
            if opt and letters.startswith(opt, i) and go(w + 1, i + len(opt), skips):
                return True
        if w == 0:
            return False
        if stop:
            return go(w + 1, i, skips)
        return skips < max_skips and go(w + 1, i, skips + 1)

    return go(0, 0, 0)


def match_long_form(text: str, end: int, short: str) -> int | None:
    """Start of the shortest long form ending at ``end`` whose words spell ``short``, or None."""
    letters = _letters(short)
    if len(letters) < 2:
        return None
    spans = _words_before(text, end, 3 * len(letters) + 6)[::-1]  # left to right
    words = [text[s:e] for s, e in spans]
    max_skips = max(1, len(letters) // 2)
    for k in range(len(words) - 1, -1, -1):
        head, stop = _word_letters(words[k])
        if stop or not head.startswith(letters[0]):
            continue
        if _align(letters, words[k:], max_skips):
            start = spans[k][0]
            quote = max(text.rfind("'", start, start + 3), text.rfind("’", start, start + 3))
            if quote != -1:
                start = quote + 1
            head_ok = text[start].isupper() or text[start].isdigit()
            return start if head_ok or fold(words[k]) in lexicon().lowercase_org_heads else None
    return None


def head_word_start(text: str, end: int) -> int | None:
    """Start of the name ending at ``end`` that opens with an organisation head word.

    "Conseil des Ministres Africains chargés de l'Eau (AMCOW)": the nearest
    capitalised "Conseil", "Banque", "Mission"... within the same clause, or a
    head written in lower case by French usage ("ministère de la Santé (MSP)").
    """
    lex = lexicon()
    for s, e in _words_before(text, end, 14):
        word = fold(text[s:e])
        if (text[s].isupper() and word in lex.org_heads) or word in lex.lowercase_org_heads:
            return s
    return None


def _kb_name_ending(names_ending: dict[int, Hit], ids: Sequence[str], end: int, text: str) -> Hit | None:
    """The knowledge-base name of one of ``ids`` that ends right before ``end``."""
    while end > 0 and text[end - 1] in " \u00a0.,":
        end -= 1
    hit = names_ending.get(end)
    return hit if hit is not None and hit.key in ids else None


def find_definitions(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], entities: Sequence[Candidate]
) -> list[Definition]:
    """Every in-text acronym definition, in text order."""
    out: list[Definition] = []
    stop = not_acronyms()
    orgs_ending = {c.end: c for c in entities if c.label == "ORG"}
    names_ending = {h.end: h for h in hits if h.kind == "name"}
    for m in _PAREN_AFTER.finditer(text):
        short = m.group("short")
        if short in stop or not acronym_like(short):
            continue
        end = m.start()
        start = match_long_form(text, end, short)
        if start is None:
            hit = _kb_name_ending(names_ending, kb.by_acronym(short), end, text)
            if hit is not None:
                start = hit.start
        if start is None:
            cand = orgs_ending.get(end)
            if cand is not None and cand.length > len(short) + 3:
                start = cand.start
        if start is None:
            start = head_word_start(text, end)
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start:end], start, end))
    for m in _PAREN_LONG.finditer(text):
        short, long = m.group("short"), m.group("long").strip()
        if short in stop or not acronym_like(short) or long[:1].islower():
            continue
        long_start = m.start("long") + (len(m.group("long")) - len(m.group("long").lstrip()))
        long_end = long_start + len(long)
        if match_long_form(text, long_end, short) == long_start or kb.by_name(long):
            out.append(Definition(short, m.start("short"), long, long_start, long_end))
    for m in _OU_SIGLE.finditer(text):
        short = m.group("short")
        if short in stop or not acronym_like(short):
            continue
        start = match_long_form(text, m.start(), short)
        if start is None and m.start() in orgs_ending:
            start = orgs_ending[m.start()].start
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start : m.start()], start, m.start()))
    out.sort(key=lambda d: d.short_start)
    return [dataclasses.replace(d, org=_link(kb, d)) for d in out]


def definition_candidates(text: str, definitions: Iterable[Definition], kb: KnowledgeBase) -> list[Candidate]:
    """Entity spans for every occurrence of a defined long form.

    ORG, unless it names a programme, event or goal (MISC): by the
    knowledge base's type when it knows the name, else by its head noun.
    """
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
            if (pos == 0 or not folded[pos - 1].isalnum()) and (
                end == len(text) or not folded[end].isalnum()
            ):
                out.append(Candidate(pos, end, _definition_label(kb, text[pos:end]), "definition"))
            pos = folded.find(key, end)
    return out


def _definition_label(kb: KnowledgeBase, long: str) -> str:
    ids = kb.by_name(long)
    if ids:
        return "MISC" if all(kb.orgs[i].type in MISC_TYPES for i in ids) else "ORG"
    return relabel_misc(long, "ORG")


# ---------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Resolution:
    org: OrgEntry | None
    long_fr: str | None
    origin: str | None
    candidates: tuple[str, ...] = ()


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
    ambiguous = lexicon().ambiguous_acronyms
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
    for h in hits:
        if h.kind == "acronym":
            found[h.start] = (h.start, h.end, text[h.start : h.end])
    defined = {d.short for d in definitions}
    stop = not_acronyms()
    ambiguous = lexicon().ambiguous_acronyms
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
            if not kb.by_acronym(short) and len(_letters(short)) < 2:
                continue
        found[m.start()] = (m.start(), m.end(), short)
    return sorted(found.values())


def _pick(
    kb: KnowledgeBase, ids: Sequence[str], present: set[str]
) -> tuple[OrgEntry | None, tuple[str, ...]]:
    if len(ids) == 1:
        return kb.orgs[ids[0]], ()
    here = [i for i in ids if i in present]
    if len(here) == 1:
        return kb.orgs[here[0]], ()
    return None, tuple(ids)


def _link(kb: KnowledgeBase, d: Definition) -> OrgEntry | None:
    """The knowledge-base organisation an in-text definition names, if any.

    The long form is a known name of the organisation, or the acronym is
    known and the long form is close to one of its names (a spelling slip,
    or a shortened name: "Mission internationale de soutien au Mali" for
    "... sous conduite africaine").
    """
    ids = kb.by_acronym(d.short)
    for oid in kb.by_name(d.long):
        if not ids or oid in ids:
            return kb.orgs[oid]
    key = fold_key(d.long)
    best, score = None, 0.0
    for oid in ids:
        for name in kb.orgs[oid].names:
            s = max(fuzz.ratio(key, fold_key(name)), fuzz.token_set_ratio(key, fold_key(name)) - 5)
            if s > score:
                best, score = kb.orgs[oid], s
    if best is not None and score >= 88:
        return best
    by_name = kb.by_name(d.long)
    return kb.orgs[by_name[0]] if len(by_name) == 1 else None


def _best_definitions(definitions: Sequence[Definition]) -> dict[str, Definition]:
    """One definition per acronym: the first, unless a later one spells a known name exactly."""

    def spells_known_name(d: Definition) -> bool:
        return d.org is not None and any(fold_key(d.long) == fold_key(n) for n in d.org.names)

    out: dict[str, Definition] = {}
    for d in definitions:
        if d.short not in out or (spells_known_name(d) and not spells_known_name(out[d.short])):
            out[d.short] = d
    return out


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
    for short, d in _best_definitions(definitions).items():
        by_short[short] = _Resolution(d.org, d.long, "both" if d.org else "text")
        if d.org is not None:
            org_long.setdefault(d.org.id, d.long)
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
                text=text[start:end],
                start=start,
                end=end,
                short=short,
                long_fr=r.long_fr,
                long_en=org.name_en if org else None,
                aliases=aliases,
                org_id=org.id if org else None,
                origin=r.origin,
                candidates=r.candidates,
            )
        )
    return out
