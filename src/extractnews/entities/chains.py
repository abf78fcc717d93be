"""The grammar of long French names: a head, then complements coordinated by commas and "et".

"ministère de l'Économie, des Finances et du Secteur bancaire", "commission des finances et
du budget", "Société nationale d'Eau et d'Électricité": a French name runs on through its
complements ("de" and a noun, with its adjectives) while they are coordinated by a comma or
"et" and open with "de". The functions here read that grammar from a position in the text
and return where the name ends. They never cross a line break: a heading is no name's tail.
"""

from __future__ import annotations

import functools
import re

from ..text.french import DATA, fold, of_joined
from .lexicon import entity_words

#: White space inside a line.
S = r"[^\S\n]+"
#: "de la ", "de l'", "du ", "des ", "de ", "d'", in any case ("DE L'ECONOMIE").
OF = of_joined(r"[^\S\n]")
_OF_WORD = re.compile(rf"{S}{OF}(?P<word>[\w-]+)")
_OF_WORD_HERE = re.compile(rf"{OF}(?P<word>[\w-]+)")
_AND = re.compile(rf"[^\S\n]*,{S}(?:[Ee][Tt]{S})?(?=[Dd])|{S}[Ee][Tt]{S}(?=[Dd])")
_LINK = re.compile(rf"[^\S\n]*,{S}(?:[Ee][Tt]{S})?|{S}[Ee][Tt]{S}")
AND_WORD = re.compile(rf"{S}[Ee][Tt]{S}(?P<word>[\w-]+)")
_NEXT_WORD = re.compile(rf"{S}(?P<word>[\w-]+)")
_WORD_HERE = re.compile(r"[\w-]+")
_SPACE = re.compile(S)
_SMALL = frozenset(
    fold(w) for w in (*DATA.articles, *DATA.of, *DATA.prepositions, *DATA.conjunctions, *DATA.function_words)
)


@functools.lru_cache(maxsize=4096)
def is_adjective(word: str) -> bool:
    """A lower-case (or all-capitals) word with the ending of an adjective ("étrangères",
    "NATIONALE"). An ending with an accent ("é") needs its accent: "informe" is no "informé"."""
    if not (word.islower() or word.isupper()) or len(word) < 4 or fold(word) in _SMALL:
        return False
    if fold(word) in entity_words().not_adjectives:
        return False  # "MINISTÈRE DE LA SANTÉ COMMUNIQUÉ DE PRESSE": the next heading
    accented, folded = _adjective_endings()
    lower = word.lower()
    for stem in (lower, lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower):
        if stem.endswith(accented) or fold(stem).endswith(folded):
            return True
    return False


@functools.cache
def _adjective_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings that need their accent ("é", "ée"), and the others, folded."""
    endings = entity_words().adjective_endings_as_written
    accented = tuple(e for e in endings if fold(e) != e and len(e) <= 2)
    return accented, tuple(fold(e) for e in endings if e not in accented)


def is_small(word: str) -> bool:
    """An article, a preposition, a conjunction, a determiner or another function word."""
    return fold(word) in _SMALL


def is_domain(word: str) -> bool:
    """A field of government ("finances", "Économie"), in either case."""
    return fold(word) in entity_words().domain_words


def adjectives(text: str, end: int) -> int:
    """The end of the adjectives right after ``end`` ("Enseignement| supérieur")."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, end)
        if not m or not is_adjective(m.group("word")):
            break
        end = m.end()
    return end


def _lower_complement(text: str, end: int) -> int:
    """ "Réforme| du système éducatif", "Mauritaniens| de l'extérieur", "Gestion| des déchets
    solides", "Aménagement| du territoire, de ...": a lower-case complement that an adjective, or
    the next portfolio of the list, makes part of the portfolio."""
    m = _OF_WORD.match(text, end)
    if not m or not m.group("word").islower() or fold(m.group("word")) in _SMALL:
        return end
    after = adjectives(text, m.end())
    listed = _AND.match(text, after) is not None  # "Aménagement du territoire, de l'Agriculture"
    return after if after > m.end() or listed or is_adjective(m.group("word")) else end


def portfolio(text: str, pos: int, *, coordinated: bool) -> int | None:
    """The end of one portfolio, "de l'Économie" or "des finances", opening at ``pos``."""
    m = _OF_WORD.match(text, pos)
    if not m:
        return None
    word = m.group("word")
    if not (word[:1].isupper() or (coordinated and is_domain(word))):
        return None
    if len(word) < 3 or (text.startswith(".", m.end()) and len(word) <= 3):
        return None  # "et de M. Dupont": an honorific, no portfolio
    end = adjectives(text, m.end())
    more = AND_WORD.match(text, end)  # "Affaires étrangères et européennes"
    if more and is_adjective(more.group("word")):
        end = more.end()
    return _lower_complement(text, end) if word[:1].isupper() else end


def portfolios(text: str, end: int) -> int:
    """From the end of a first portfolio, the end of those coordinated with it ("de l'Économie|,
    des Finances et du Budget") and of a capitalised complement ("... de la République française")."""
    while True:
        link = _AND.match(text, end)
        nxt = portfolio(text, link.end() - 1, coordinated=True) if link is not None else None
        if nxt is None:
            nxt = portfolio(text, end, coordinated=False)
        if nxt is None:
            nxt = _bare_portfolio(text, end)
        if nxt is None:
            return end
        end = nxt


_BARE_FIELD = re.compile(rf"(?:[^\S\n]*,{S}|{S}[Ee][Tt]{S})(?P<word>[A-ZÀ-ÖØ-Þ][\w-]+)")


def _bare_portfolio(text: str, end: int) -> int | None:
    """ "Santé publique|, Hygiène et Prévention": a capitalised field of government after a
    comma or "et", with no article (the style of some governments' ministry names)."""
    m = _BARE_FIELD.match(text, end)
    return adjectives(text, m.end()) if m and is_domain(m.group("word")) else None


def _committee_part(text: str, pos: int) -> tuple[int, bool] | None:
    """One part of a committee's name at ``pos``: "des finances", "économique", "économie";
    with whether it is a field of government after "de"."""
    m = _OF_WORD_HERE.match(text, pos)
    if m and is_domain(m.group("word")):
        return adjectives(text, m.end()), True
    m = _WORD_HERE.match(text, pos)
    if m and is_adjective(m.group()):
        return m.end(), False
    if m and is_domain(m.group()) and m.group()[:1].islower():
        return adjectives(text, m.end()), False
    return None


def committee(text: str, pos: int) -> int | None:
    """After "commission" at ``pos``: the end of a committee's fields, "des finances et du
    budget", "économique, financière et de contrôle budgétaire", "parlementaire des Finances",
    or None when the name has neither two coordinated parts nor a field after "de". Fields
    written with capitals run on like a minister's portfolios, with the body the committee
    belongs to: "des Affaires étrangères et européennes, de la Défense, de la Coopération et de
    l'Immigration de la Chambre des députés"."""
    fields = _lower_fields(text, pos)
    first = _OF_WORD.match(text, pos)
    if first is None or not first.group("word")[:1].isupper() or not is_domain(first.group("word")):
        return fields
    end = portfolio(text, pos, coordinated=False)
    capitalised = portfolios(text, end) if end is not None else None
    if capitalised is None:
        return fields
    return max(capitalised, fields or 0)


def _lower_fields(text: str, pos: int) -> int | None:
    end, parts, field = pos, 0, False
    pending = (end, parts, field)  # a list "A, B" closes with "et": "A, B et C"
    link: re.Match[str] | None = _SPACE.match(text, end)
    while link is not None:
        part = _committee_part(text, link.end())
        if part is None or (parts and link.group().isspace() and not part[1]):
            break  # "Commission européenne accompagnée": no part without "et" or "de"
        open_list = link.group().strip() == ","
        end, parts, field = part[0], parts + 1, field or part[1]
        if not open_list:
            pending = (end, parts, field)
        link = _LINK.match(text, end) or _SPACE.match(text, end)
    end, parts, field = pending
    return end if parts >= 2 or field else None


_MINISTER = re.compile(r"(?i)\bministres?\b")


def in_a_portfolio(text: str, start: int) -> bool:
    """ "ministre des Affaires étrangères, de la |Coopération et des Mauritaniens de l'extérieur":
    ``start`` lies inside the coordinated portfolios of a minister's title."""
    lo = max(0, start - 300)
    heads = list(_MINISTER.finditer(text, lo, start))
    if not heads:
        return False
    head = heads[-1].end()
    first = portfolio(text, head, coordinated=False)
    return first is not None and head < start < portfolios(text, first)
