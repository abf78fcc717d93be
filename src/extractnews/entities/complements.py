"""Names whose complement the model cut off, read with the grammar of :mod:`.chains`.

Each function proposes longer candidates (origin "rule", its name as ``reason``);
reconciliation keeps the longest:

- :func:`committees`: "commission des finances et du budget", "Commission économique,
  financière et de contrôle budgétaire", written in lower case as often as not;
- :func:`offices_of`: "Cabinet du Ministre", "Bureau de la ministre de l'Économie, de
  l'Innovation et de l'Énergie";
- :func:`coordinated`: "Société Anjouanaise d'Eau et d'Électricité", "Bureau d'information et
  de communication de l'État de Vaud", "Afrique de l'Ouest et du Centre";
- :func:`purposes`: "Fonds Hassan II pour le développement économique et social";
- :func:`bodies_of_bodies`: "commission des affaires économiques de l'Assemblée populaire
  nationale": a committee of another named body is named with it;
- :func:`institutions_of_places`: "Hôpital général de référence de Niamey";
- :func:`body_lines`: "Service de la Communication" on a line of its own;
- :func:`aliases`: "(Statistique Vaud)" after a body's name is that body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from ..candidate import Candidate
from ..orgs.lexicon import org_words
from ..text.french import APOS, acronym_like, fold, initial_either_case
from .chains import (
    AND_WORD,
    OF,
    S,
    adjectives,
    committee,
    is_adjective,
    is_domain,
    is_small,
    portfolio,
    portfolios,
)
from .lexicon import entity_words


def _rule(start: int, end: int, label: str, reason: str) -> Candidate:
    return Candidate(start, end, label, "rule", reason=reason)


@functools.cache
def _committee_head() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){initial_either_case(entity_words().committee_heads, space=S)}(?![\w-])")


def committees(text: str) -> Iterator[Candidate]:
    """ "commission des finances et du budget", "Commission économie et finances": a committee
    named by its fields of government, with two parts or a field after "de"."""
    for m in _committee_head().finditer(text):
        end = committee(text, m.end())
        if end is not None:
            yield _rule(m.start(), end, "ORG", "committee")


@functools.cache
def _office() -> re.Pattern[str]:
    words = entity_words()
    heads = "|".join(re.escape(h) for h in sorted(words.office_heads, key=len, reverse=True))
    holders = "|".join(re.escape(h) for h in sorted(words.office_holders, key=len, reverse=True))
    return re.compile(rf"(?i:(?:{heads}){S}(?:du{S}|de{S}la{S})(?:{holders}))(?![\w-])")


def offices_of(text: str) -> Iterator[Candidate]:
    """ "Cabinet du Ministre", "Bureau du Premier ministre", "Cabinet de la ministre de
    l'Économie, de l'Innovation et de l'Énergie": the office of a holder of a public title,
    with its portfolio. The head is capitalised: "le cabinet du ministre" is a common noun."""
    for m in _office().finditer(text):
        if not text[m.start()].isupper():
            continue
        first = portfolio(text, m.end(), coordinated=False)
        end = portfolios(text, first) if first is not None else m.end()
        yield _rule(m.start(), end, "ORG", "office_of")


_LAST_OF = re.compile(rf"(?<!\s){S}{OF}(?P<word>[\w-]+)(?:{S}[\w-]+){{0,2}}$")
_AND_OF = re.compile(rf"{S}[Ee][Tt]{S}(?={OF})")
_NEXT = re.compile(rf"{OF}(?P<word>[\w-]+)")


def _same_kind(last: str, word: str, label: str) -> bool:
    """The next complement is of the kind of the last one: a cardinal point after a cardinal
    point for a place; for a body, a capitalised word after a capitalised word ("d'Eau et
    d'Électricité"), a common noun after a common noun ("d'information et de communication")."""
    if label == "LOC":
        points = entity_words().cardinal_points
        return fold(last) in points and fold(word) in points
    if acronym_like(word) or is_adjective(word) or is_small(word):
        return False
    return word[:1].isupper() == last[:1].isupper() and (word[:1].isupper() or word.islower())


def _coordinated_end(text: str, c: Candidate, places: frozenset[int]) -> int | None:
    last = _LAST_OF.search(text, c.start, c.end)
    if last is None or any(not is_adjective(w) for w in text[last.end("word") : c.end].split()):
        return None
    link = _AND_OF.match(text, c.end)
    nxt = _NEXT.match(text, link.end()) if link else None
    if nxt is None or nxt.start("word") in places or not _same_kind(last.group("word"), nxt["word"], c.label):
        return None
    end = adjectives(text, nxt.end())
    return portfolios(text, end) if c.label == "ORG" else end


def coordinated(text: str, cands: Sequence[Candidate]) -> Iterator[Candidate]:
    """A name that ends in a complement, followed by "et" and a complement of the same kind:
    "Société Anjouanaise d'Eau| et d'Électricité", "Bureau d'information| et de communication de
    l'État de Vaud", "Afrique de l'Ouest| et du Centre". A known organisation is whole, and an
    acronym, a known place or a known body after "et" is another name ("Banque de France et de
    la BCE", "Groupe de la Banque mondiale et du Fonds monétaire international")."""
    places = frozenset(c.start for c in cands if c.origin in ("kb", "definition"))
    heads = org_words().org_heads
    for c in cands:
        if c.label not in ("ORG", "LOC") or (c.kb_id is not None and c.label == "ORG"):
            continue
        if c.label == "ORG" and fold(text[c.start : c.end].split()[0]) not in heads:
            continue
        end = _coordinated_end(text, c, places)
        if end is not None:
            yield _rule(c.start, end, c.label, "coordinated")


_PURPOSE = re.compile(rf"{S}pour{S}(?:l[ea]{S}|l{APOS}|les{S})(?P<word>[\w-]+)")


def purposes(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "Fonds Hassan II pour le développement économique et social", "Agence nationale pour
    l'emploi": a body the model cut before "pour" and its field of action. A known
    organisation's name is whole."""
    heads = org_words().org_heads
    for c in cands:
        if c.label != "ORG" or c.kb_id is not None or fold(text[c.start : c.end].split()[0]) not in heads:
            continue
        m = _PURPOSE.match(text, c.end)
        if m and is_domain(m.group("word")):
            end = adjectives(text, m.end())
            more = AND_WORD.match(text, end)
            if more and is_adjective(more.group("word")):
                end = more.end()
            yield _rule(c.start, end, "ORG", "purpose")


_OF_HERE = re.compile(rf"{S}{OF}")


def bodies_of_bodies(text: str, cands: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "commission des affaires économiques| de l'Assemblée populaire nationale", "Commission de
    l'Économie| du Parlement de Wallonie": a committee followed by "de" and another named body is
    that body's, and named with it. Other units keep their own names ("Conseil d'administration"
    and "Banque européenne d'investissement"), and a known name is whole."""
    starts: dict[int, Candidate] = {}
    for c in cands:
        if c.label == "ORG" and (c.start not in starts or c.length > starts[c.start].length):
            starts[c.start] = c
    heads = {fold(h).split()[0] for h in entity_words().committee_heads}
    for c in cands:
        surface = text[c.start : c.end]
        if c.label != "ORG" or c.kb_id is not None or fold(surface).split()[0] not in heads:
            continue
        m = _OF_HERE.match(text, c.end)
        inner = starts.get(m.end()) if m else None
        if m is not None and inner is not None and text[m.end()].isupper():
            yield _rule(c.start, inner.end, "ORG", "body_of_body")


@functools.cache
def _institution_before() -> re.Pattern[str]:
    heads = "|".join(re.escape(h[:1].upper() + h[1:]) for h in entity_words().institution_heads_as_written)
    return re.compile(rf"(?<![\w-])(?:{heads})(?:{S}[a-zà-ÿ'’-]+){{0,5}}?{S}{OF}$")


def institutions_of_places(text: str, places: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "Hôpital général de référence de Niamey", "Institut supérieur de gestion de Dakar": a
    capitalised school or hospital noun, lower-case words, and "de" a place name one body."""
    for p in places:
        if p.label == "LOC":
            m = _institution_before().search(text, max(0, p.start - 70), p.start)
            if m:
                yield _rule(m.start(), p.end, "ORG", "institution_of_place")


_LINE = re.compile(r"^[^\S\n]*(?:[-•·*][^\S\n]*)?(?P<head>[\w-]+)(?=[^\S\n])", re.M)


def body_lines(text: str) -> Iterator[Candidate]:
    """ "Service de la Communication", "Direction des Affaires juridiques" on a line of their own
    (a signature, a heading): a body's noun and its fields make the whole line one body."""
    orgs = org_words()
    for m in _LINE.finditer(text):
        head = m.group("head")
        if not head[:1].isupper() or fold(head) not in orgs.org_heads or fold(head) in orgs.misc_heads:
            continue
        first = portfolio(text, m.end("head"), coordinated=True)
        if first is None:
            continue
        end = portfolios(text, first)
        line_end = text.find("\n", end)
        if not text[end : line_end if line_end >= 0 else len(text)].strip():
            yield _rule(m.start("head"), end, "ORG", "body_line")


def aliases(text: str, cands: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "Office cantonal de la statistique (Statistique Vaud)": a name in brackets right after a
    body's name is that body's other name, whatever the model's label."""
    ends = {c.end for c in cands if c.label == "ORG"}
    for c in cands:
        bracketed = text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"
        if c.label in ("LOC", "PER") and bracketed:
            before = c.start - 1
            while before > 0 and text[before - 1] in " \u00a0":
                before -= 1
            if before in ends:
                yield _rule(c.start, c.end, "ORG", "alias_of_body")


def grow_complements(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """Every longer name the functions above read around ``cands``."""
    found = [*committees(text), *offices_of(text), *body_lines(text)]
    found += institutions_of_places(text, cands)
    found += coordinated(text, [*cands, *found])
    found += purposes(text, [*cands, *found])
    found += bodies_of_bodies(text, [*cands, *found])
    found += aliases(text, [*cands, *found])
    return found
