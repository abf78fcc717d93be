"""In-text acronym definitions and the French-aware Schwartz–Hearst alignment.

Definitions are found in the French patterns of the genre:

- ``Long Form (SIGLE)``, also with an English acronym after a French name
  ("Office des Nations Unies contre la drogue et le crime (UNODC)") and with
  trailing words in the parentheses ("(UNOCT, selon son sigle anglais)");
- ``SIGLE (Long Form)``;
- ``Long Form, ou SIGLE,`` / ``Long Form, dite SIGLE``.

A long form is accepted when the acronym's letters match the initials of its
words in order (articles and prepositions may be skipped, hyphenated words
give one letter per part), or when it is a known name of the organisation
the knowledge base gives for the acronym, or an organisation entity that
ends right before the parenthesis.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..candidate import Candidate
from ..kb import Hit, KnowledgeBase, OrgEntry
from ..text.french import acronym_like, fold, fold_key, last_match
from .labels import name_label
from .lexicon import org_words
from .patterns import NAME_BOUNDARY, OU_SIGLE, PAREN_ACRONYM, PAREN_LEAD_SPACES, PAREN_LONG


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
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("USD", "CAD"): currencies, unless the context makes them an organisation."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@functools.cache
def not_acronyms() -> frozenset[str]:
    """Upper-case tokens that are never acronyms of their own: the word list and ISO 4217 codes."""
    return org_words().acronym_stoplist | currency_codes()


def kb_acronym_ids(kb: KnowledgeBase, token: str) -> tuple[str, ...]:
    """The organisations of a short form as written, or as the knowledge base spells it in
    capitals when written otherwise ("F.m.i", "Brvm", "FMi" -> "FMI", "BRVM")."""
    found = kb.by_acronym(token)
    if found:
        return found
    capitals = token.replace(".", "").upper()
    found = kb.by_acronym(capitals)
    if found:
        return found
    bare = "".join(c for c in unicodedata.normalize("NFD", capitals) if not unicodedata.combining(c))
    return kb.by_acronym(bare)


def relaxed_short(token: str) -> bool:
    """A short form not written in capitals: dotted ("A.f.d") or capitalised ("Uemoa", "Sonatel")."""
    letters = token.replace(".", "")
    return not acronym_like(token) and token[:1].isupper() and letters.isalpha() and 3 <= len(letters) <= 10


_TIMES_LETTER = re.compile(r"([2-9])([a-z])")


def letters_of(short: str) -> str:
    """The folded letters an acronym spells; a digit before a letter repeats it ("C2D": "cdd",
    the Contrat de Désendettement et de Développement)."""
    letters = "".join(c for c in fold(short) if c.isalnum())
    return _TIMES_LETTER.sub(lambda m: m.group(2) * int(m.group(1)), letters)


def _words_before(text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """Word spans ending at ``end``, right to left, stopping at a sentence boundary."""
    floor = max(0, end - 300)
    boundary = last_match(NAME_BOUNDARY, text, floor, end)
    lo = boundary.end() if boundary else floor
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’-]+", text[lo:end])]
    return [(lo + s, lo + e) for s, e in words][::-1][:limit]


def _word_letters(word: str) -> tuple[str, bool]:
    """The folded letters of a word (elision dropped) and whether it is a stopword."""
    folded = fold(word)
    if "'" in folded:
        folded = folded.partition("'")[2]
    elif _glued_elision(word, 0):
        folded = folded[1:]  # "LAgence": "agence"
    return folded, (not folded or folded in org_words().alignment_stopwords)


def _align(letters: str, words: Sequence[str], max_skips: int) -> bool:
    """Can ``letters`` be spelt by the words, left to right?

    Each word gives the first letter of each of its hyphenated parts, its
    first two or three letters, its first letter and one inner letter, or
    nothing: freely for stopwords, at most ``max_skips`` times for content
    words (trailing ones included). The first word must give the first letter;
    one trailing letter may stay unmatched for long acronyms (MISMA:
    "Mission internationale de soutien au Mali", the A being "africaine").
    """
    parsed = [_word_letters(w) for w in words]

    @functools.cache
    def go(w: int, i: int, skips: int) -> bool:
        if i == len(letters):
            # the rest is stopwords, or a complement the acronym leaves out ("Sonatel":
            # "Société nationale des télécommunications du Sénégal")
            return sum(not stop for _, stop in parsed[w:]) <= max_skips - skips
        if w == len(parsed):
            return i == len(letters) - 1 and len(letters) >= 5
        word, stop = parsed[w]
        # initials of hyphenated parts, a prefix, or the first letter and one inner letter
        # of a compound ("interparlementaire" -> "ip"); a short word whole ("Sonelgaz": "gaz");
        # the last digits of a number ("SND30": "2020-2030")
        options = {"".join(p[0] for p in word.split("-") if p)} | {word[:2], word[:3], word[:1]}
        if len(word) <= 5:
            options.add(word)
        if word[:1].isdigit():
            options |= {word[-2:], word[-4:]}
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
    letters = letters_of(short)
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
            if _glued_elision(text, start):
                start += 1  # "LAssociation": an apostrophe lost in copying
            head_ok = text[start].isupper() or text[start].isdigit()
            head = fold(words[k]).partition("'")[2] or fold(words[k])
            lex = org_words()
            if head_ok or head in lex.lowercase_org_heads or head in lex.defined_lowercase_heads:
                return start
            # "facilité élargie de crédit (FEC)": lower case, but every word gives its initial
            spelt = acronym_like(short) and len(letters) >= 3 and _initials(words[k:]) == letters
            return start if spelt else None
    return None


def _glued_elision(text: str, start: int) -> bool:
    """ "LAssociation", "DOrganisation": an elided article glued to a capitalised word."""
    return (
        text[start : start + 1] in ("L", "D")
        and text[start + 1 : start + 2].isupper()
        and (text[start + 2 : start + 3].islower())
    )


def _initials(words: Sequence[str]) -> str:
    """The first letters of the content words (of each hyphenated part)."""
    out: list[str] = []
    for word in words:
        folded, stop = _word_letters(word)
        if not stop:
            out.extend(p[0] for p in folded.split("-") if p)
    return "".join(out)


def head_word_start(text: str, end: int) -> int | None:
    """Start of the name ending at ``end`` that opens with an organisation head word.

    "Conseil des Ministres Africains chargés de l'Eau (AMCOW)": the nearest
    capitalised "Conseil", "Banque", "Mission"... within the same clause, or a
    head written in lower case by French usage ("ministère de la Santé (MSP)").
    """
    lex = org_words()
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
    return hit if hit is not None and any(k in ids for k in hit.keys or (hit.key,)) else None


def _usable_short(short: str, stop: frozenset[str]) -> bool:
    """An acronym in capitals, or a dotted or capitalised short form, that is not a stop word."""
    return (
        short not in stop
        and short.replace(".", "").upper() not in stop
        and (acronym_like(short) or relaxed_short(short))
    )


def _long_form_before(
    text: str,
    end: int,
    short: str,
    kb: KnowledgeBase,
    names_ending: dict[int, Hit],
    orgs_ending: dict[int, Candidate],
) -> int | None:
    """Where the long form that ``(short)`` defines starts, if it ends at ``end``.

    Its words spell the short form; or it is a knowledge-base name of the organisation
    the short form names. For an acronym in capitals, also an organisation entity ending
    right there, or a name opening with an organisation head word; not for a capitalised
    word in parentheses, which is as often a place or a name ("(Dakar)").
    """
    start = match_long_form(text, end, short)
    if start is None:
        hit = _kb_name_ending(names_ending, kb_acronym_ids(kb, short), end, text)
        start = hit.start if hit is not None else None
    if start is None and acronym_like(short):
        cand = orgs_ending.get(end)
        long_enough = cand is not None and cand.length > len(short) + 3
        start = cand.start if cand is not None and long_enough else head_word_start(text, end)
    if start is not None and _glued_elision(text, start):
        start += 1  # "LAssociation internationale de développement (IDA)"
    return start


def spelt_name(short: str, names: Sequence[str]) -> str | None:
    """The first of ``names`` whose words spell ``short`` ("BPI": "Banque publique d'investissement")."""
    letters = letters_of(short)
    if len(letters) < 2:
        return None
    for name in names:
        words = re.findall(r"[\w'’-]+", name)
        content = [w for w in words if not _word_letters(w)[1]]
        if len(content) >= 2 and _align(letters, words, max(1, len(letters) // 2)):
            return name  # a one-word brand ("Bpifrance") spells nothing
    return None


def paren_acronyms(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Every "(SIGLE)" with where the long form before it ends: before the spaces, the
    one "." or "," and the spaces that separate them ("Long Form (", "Long Form. (").

    Found from the parenthesis and read backwards: a pattern that starts with optional
    spaces, searched across the text, would be cubic in a run of spaces.
    """
    floor = 0
    for m in PAREN_ACRONYM.finditer(text):
        end = m.start()
        while end > floor and text[end - 1] in PAREN_LEAD_SPACES:
            end -= 1
        if end > floor and text[end - 1] in ".,":
            end -= 1
            while end > floor and text[end - 1] in PAREN_LEAD_SPACES:
                end -= 1
        yield end, m
        floor = m.end()


def find_definitions(
    text: str, kb: KnowledgeBase, hits: Sequence[Hit], entities: Sequence[Candidate]
) -> list[Definition]:
    """Every in-text acronym definition, in text order."""
    out: list[Definition] = []
    stop = not_acronyms()
    orgs_ending = {c.end: c for c in entities if c.label == "ORG"}
    names_ending = {h.end: h for h in hits if h.kind == "name"}
    for end, m in paren_acronyms(text):
        short = m.group("short")
        if not _usable_short(short, stop):
            continue
        start = _long_form_before(text, end, short, kb, names_ending, orgs_ending)
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start:end], start, end))
    for m in PAREN_LONG.finditer(text):
        short, long = m.group("short"), m.group("long").strip()
        if not _usable_short(short, stop) or long[:1].islower():
            continue
        long_start = m.start("long") + (len(m.group("long")) - len(m.group("long").lstrip()))
        long_end = long_start + len(long)
        if match_long_form(text, long_end, short) == long_start or any(
            oid in kb_acronym_ids(kb, short) or acronym_like(short) for oid in kb.by_name(long)
        ):
            out.append(Definition(short, m.start("short"), long, long_start, long_end))
    for m in OU_SIGLE.finditer(text):
        short = m.group("short")
        if short in stop or not acronym_like(short):
            continue
        start = match_long_form(text, m.start(), short)
        if start is None and m.start() in orgs_ending:
            start = orgs_ending[m.start()].start
        if start is not None:
            out.append(Definition(short, m.start("short"), text[start : m.start()], start, m.start()))
    out.sort(key=lambda d: d.short_start)
    documents = org_words().document_heads  # "loi de finances rectificative (LFR)": a text, no body
    return [dataclasses.replace(d, org=_link(kb, d)) for d in out if not fold(d.long).startswith(documents)]


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
                out.append(Candidate(pos, end, name_label(kb, text[pos:end]), "definition"))
            pos = folded.find(key, end)
    return out


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
