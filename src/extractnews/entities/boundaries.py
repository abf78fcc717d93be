"""Names that run on past what the model or the knowledge base found, following French name syntax.

Each function reads the text around the candidates and proposes longer ones
(origin "rule", the function's name as ``reason``); reconciliation then keeps
the longest:

- :func:`ministries`: "ministère de l'Économie, des finances et du Développement",
  through every coordinated portfolio;
- :func:`governments`: "gouvernement du Rwanda", "État du Sénégal", "gouvernement
  haïtien" (organisations), "État de New York" (a place);
- :func:`of_a_place`: a body and its country ("Assemblée nationale de Sao Tomé-et-Principe");
- :func:`with_legal_form`: "Celtel Niger SA";
- :func:`facilities`: "centrale hydroélectrique de Péligre", "aéroport international de Malabo";
- :func:`schools`: "lycée Koné Kahlil de Boundiali";
- :func:`near_places`: "ADDI ABEBA" (Addis-Abeba misspelt).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from ..candidate import Candidate
from ..kb import KnowledgeBase
from ..orgs.lexicon import org_words
from ..places import demonyms, is_country
from ..text.french import APOS, UPPER, acronym_like, fold, fold_key, initial_either_case, of_joined
from .chains import is_domain, portfolio, portfolios
from .complements import grow_complements
from .lexicon import entity_words

#: "de la ", "de l'", "du ", "des ", "de ", "d'", in any case ("DE L'ECONOMIE").
_OF = of_joined()
_WORD = re.compile(rf"[\w-]+(?:{APOS}[\w-]+)?")
_COUNTRY_FORM = rf"(?:(?:République|Royaume|Principauté|Sultanat|Émirat|Etat|État)(?:\s+[\w-]+)?\s+{_OF})?"


def _rule(start: int, end: int, label: str, reason: str) -> Candidate:
    return Candidate(start, end, label, "rule", reason=reason)


@functools.cache
def _ministry_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(entity_words().ministry_heads, key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})(?:[^\S\n]+(?!(?:de|du|des|d)\b)[a-z]{{4,}})?")


def ministries(text: str) -> Iterator[Candidate]:
    """ "ministère de l'Économie, des finances et du développement", "Ministère des Affaires
    étrangères et européennes de la République française", "ministère algérien de l'Enseignement
    supérieur et de la Recherche scientifique": from "ministère" to the end of its portfolio."""
    for m in _ministry_head().finditer(fold(text)):
        end = portfolio(text, m.end(), coordinated=False)
        if end is None and m.end() > m.start() + 9:  # the word after was no adjective: "ministère de"
            end = portfolio(text, m.start() + len(m.group(0).split()[0]), coordinated=False)
        if end is None or _a_division(text, m.start()):
            continue
        yield _rule(m.start(), portfolios(text, end), "ORG", "ministry")


_DIVISION = re.compile(rf"département[^\S\n]+{_OF}(?P<word>[\w-]+)")


def _a_division(text: str, start: int) -> bool:
    """ "le département de l'Atacora": in lower case, a "département" of no field of government
    is a territory, not a ministry ("Département des finances" is one)."""
    m = _DIVISION.match(text, start)
    return m is not None and not is_domain(m.group("word"))


def _governed_heads() -> str:
    """The governed heads as a pattern: those in lower case in either case, the others as written."""
    heads = entity_words().governed_heads_as_written
    either = initial_either_case(h for h in heads if h[:1].islower())
    capital = "|".join(re.escape(h) for h in heads if h[:1].isupper())
    return f"(?:{either}|{capital})"


@functools.cache
def _governed_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<head>{_governed_heads()})\s+{_OF}{_COUNTRY_FORM}$")


@functools.cache
def _governed_word() -> re.Pattern[str]:
    return re.compile(rf"\b{_governed_heads()}[^\S\n]+(?P<word>[\w-]+)")


def _after_a_title(text: str, start: int) -> bool:
    """ "chef de l'État burkinabè", "chef du gouvernement malien": the head completes a title."""
    if fold(text[start : start + 15]).split()[0] not in entity_words().title_complements:
        return False
    before = text[max(0, start - 50) : start]
    m = re.search(rf"([\w-]+)\s+{_OF}(?:[\w-]+\s+[Ee][Tt]\s+{_OF})?$", before)
    return m is not None and fold(m.group(1)) in entity_words().state_titles


def governments(text: str, places: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "gouvernement du Rwanda", "État du Sénégal", "gouvernement de la République de
    Madagascar", "gouvernement haïtien", "gouvernement Barnier": organisations; "État de New
    York", where the place is no country: a place."""
    for p in places:
        m = _governed_before().search(text, max(0, p.start - 70), p.start)
        if m and not _after_a_title(text, m.start()):
            head = fold(m.group("head"))
            place = text[p.start : p.end]
            label = "LOC" if head in entity_words().state_heads and not is_country(place) else "ORG"
            yield _rule(m.start(), p.end, label, "government_of_place")
    nations = demonyms()
    for m in _governed_word().finditer(text):
        word = m.group("word")
        if _after_a_title(text, m.start()):
            continue
        if fold(word) in nations:
            yield _rule(m.start(), m.end(), "ORG", "government_of_nation")
        elif (
            fold(m.group(0)).startswith("gouvernement ")
            and re.fullmatch(rf"{UPPER}[a-zà-ÿ]+", word)
            and not _NAME_GOES_ON.match(text, m.end())
        ):
            yield _rule(m.start(), m.end(), "ORG", "government_of_leader")


#: A second capitalised word after "Gouvernement Moustapha": a person's full name follows the
#: word ("Secrétaire général du Gouvernement Moustapha Ali Alifei"), no government named after it.
_NAME_GOES_ON = re.compile(rf"[^\S\n]+{UPPER}[\w'’-]+")


def of_a_place(text: str, cands: Sequence[Candidate], places: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "Assemblée nationale de Sao Tomé-et-Principe", "Parlement du Ghana", "Agence du bassin
    hydraulique du Sebou": a body followed by "de" and a place (known, or the model's) is that
    place's body."""
    starts = {p.start: p for p in places}
    for c in cands:
        if c.label != "ORG" or c.kb_id is not None or acronym_like(text[c.start : c.end]):
            continue  # a known organisation's name is whole: "Nations Unies du Royaume-Uni" is no body
        m = re.compile(rf"\s+{_OF}").match(text, c.end)
        if m and m.end() in starts:
            yield _rule(c.start, starts[m.end()].end, "ORG", "body_of_place")


def with_legal_form(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "Celtel Niger SA", "Capgemini SE": a company's legal form belongs to its name."""
    for c in cands:
        if c.label == "ORG":
            m = entity_words().legal_form.match(text, c.end)
            if m:
                yield Candidate(c.start, m.end(), "ORG", c.origin, c.kb_id, "legal_form")


def _facility(text: str, c: Candidate) -> Candidate:
    """ "aéroport international de Malabo", "Haut Bassin du Mandraré", "Palais national": places."""
    if c.label != "ORG":
        return c
    words = [fold(w) for w in _WORD.findall(text, c.start, c.end)[:2]]
    heads = _facility_heads()
    modifiers = entity_words().place_modifiers
    head = words[0] in heads or (words[0] in modifiers and words[1:2] and words[1] in heads)
    if len(words) > 1 and head:
        return Candidate(c.start, c.end, "LOC", c.origin, c.kb_id, "facility")
    return c


@functools.cache
def _facility_heads() -> frozenset[str]:
    return entity_words().place_heads | entity_words().natural_heads


_OF_AT_END = re.compile(rf"\s{_OF}$")


def _facility_start(text: str, start: int, *, capitalised: bool) -> int | None:
    """Where a facility noun and its adjectives open right before ``start`` and its "de"
    ("centrale hydroélectrique de |Péligre"), or None."""
    before = text[max(0, start - 60) : start]
    of = _OF_AT_END.search(before)
    if not of:
        return None
    words = list(re.finditer(r"[\w'’-]+", before[: of.start()]))[-3:]
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0)
        natural = fold(word) in entity_words().natural_heads and word[:1].isupper()
        if natural or (fold(word) in entity_words().place_heads and (word[:1].isupper() or not capitalised)):
            if _an_adjective(before, words[i]):
                return None  # "la banque centrale du Burundi", "l'Afrique centrale"
            return start - len(before) + words[i].start()
        if not word.islower():
            return None
    return None


_PREVIOUS_WORD = re.compile(r"([\w'’-]+)\s+$")


def _an_adjective(before: str, head: re.Match[str]) -> bool:
    """A facility noun that is also an adjective ("centrale") not right after a determiner."""
    after = entity_words().ambiguous_place_heads.get(fold(head.group(0)))
    if after is None:
        return False
    previous = _PREVIOUS_WORD.search(before, 0, head.start())
    return previous is None or fold(previous.group(1)).split("'")[-1] not in after


def facilities(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "centrale hydroélectrique de Péligre", "Siège de l'UNESCO": a place, or a body, right after
    a facility noun and "de" belongs to the facility's name, a place."""
    for c in cands:
        if c.label not in ("LOC", "ORG"):
            continue
        start = _facility_start(text, c.start, capitalised=c.label == "ORG")
        if start is not None:
            yield _rule(start, c.end, "LOC", "facility")


_INSTITUTION_OPENS = re.compile(r"[\w-]+")
_TOWN = re.compile(rf"(?<!\s)\s+(?:de\s+|d{APOS}){UPPER}[\w-]+")  # read from a name's end


def schools(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "lycée Koné Kahlil de Boundiali", "lycée international Alexandre Dumas d'Alger": a name
    right after a school or hospital noun is that institution, with its town."""
    for c in cands:
        if c.label == "MISC":
            continue
        m = entity_words().institution_heads.search(text, max(0, c.start - 40), c.start)
        head = _INSTITUTION_OPENS.match(text, c.start, c.end)  # the people room's "lycée Koné Kahlil"
        if head and fold(head.group(0)) in entity_words().institution_words:
            start = c.start
        elif m:
            start = m.start()
        else:
            continue
        end = c.end
        town = _TOWN.match(text, end)
        if town:
            end = town.end()
        yield _rule(start, end, "ORG", "school")


def grow(text: str, cands: Sequence[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """The candidates and the longer names the rules above find around them."""
    places = [c for c in cands if c.label == "LOC" and c.origin == "kb"]
    found = [*ministries(text), *governments(text, places), *schools(text, cands)]
    found += near_places(text, cands, kb)
    found += texts_named_after(text, places)
    found += compound_regions(text, cands)
    found += [*roads(text), *region_points(text)]
    found += numbered_places(text, [*cands, *found])
    found += grow_complements(text, [*cands, *found])
    found += of_a_place(text, [*cands, *found], [c for c in [*cands, *found] if c.label == "LOC"])
    found += with_legal_form(text, [*cands, *found])
    found += facilities(text, [*cands, *found])
    return [_facility(text, c) for c in [*cands, *found]]


_CAPITALISED_WORD = re.compile(rf"\b{UPPER}[\w-]+")
_UP_TO_OF = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_OF}")


def texts_named_after(text: str, places: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "Programme d'action d'Accra", "Déclaration de Paris": a text named after a place is MISC,
    and the place in it no place of the news."""
    heads = entity_words().text_heads
    for p in places:
        for m in _CAPITALISED_WORD.finditer(text, max(0, p.start - 50), p.start):
            if fold(m.group(0)) in heads and _UP_TO_OF.fullmatch(text, m.end(), p.start):
                yield _rule(m.start(), p.end, "MISC", "text_named_after_place")
                break


def compound_regions(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "Haute-Savoie", "Basse-Casamance", "Haut-Katanga": a region's compound name is a place."""
    words = entity_words()
    for c in cands:
        parts = text[c.start : c.end].split("-")
        if (
            c.label == "ORG"
            and c.origin == "model"
            and len(parts) == 2
            and " " not in text[c.start : c.end]
            and fold(parts[0]) in words.place_modifiers
            and parts[1][:1].isupper()
            and fold(parts[1]) not in org_words().org_heads
            and fold(parts[1]) not in words.generic_heads
        ):
            yield Candidate(c.start, c.end, "LOC", "rule", None, "compound_region")


def _variants(key: str) -> set[str]:
    """``key`` and every string one letter shorter: two keys one edit apart share one of them."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


@functools.lru_cache(maxsize=4)
def _near_index(kb: KnowledgeBase) -> dict[str, str]:
    """Every variant of every place name of 7 letters or more -> that name."""
    index: dict[str, str] = {}
    for name in kb.places:
        key = fold_key(name).replace(" ", "")
        if len(key) >= 7:
            for v in _variants(key):
                index.setdefault(v, name)
    return index


def _near_place(kb: KnowledgeBase, surface: str) -> str | None:
    """The place ``surface`` misspells by one letter ("Addi Abeba": "Addis-Abeba"), if any."""
    key = fold_key(surface).replace(" ", "")
    if len(key) < 7 or kb.is_place(surface):
        return None
    index = _near_index(kb)
    for v in _variants(key):
        name = index.get(v)
        if name is not None and fold_key(name)[:1] == key[:1]:
            return name
    return None


_NEIGHBOUR_BEFORE = re.compile(rf"(?:^|(?<=\s)){UPPER}[\w]+[ -]$")
_NEIGHBOUR_AFTER = re.compile(rf"[ -]{UPPER}[\w]+(?![\w'’-])")


def near_places(text: str, cands: Iterable[Candidate], kb: KnowledgeBase) -> Iterator[Candidate]:
    """ "ADDI ABEBA" (the model saw "ABEBA"): a name one letter away from a known place, alone
    or with the capitalised word next to it, is that place."""
    for c in cands:
        if c.label == "PER" or c.origin != "model" or len(text[c.start : c.end].split()) > 3:
            continue
        spans = [(c.start, c.end)]
        if m := _NEIGHBOUR_BEFORE.search(text, max(0, c.start - 20), c.start):
            spans.append((m.start(), c.end))
        if m := _NEIGHBOUR_AFTER.match(text, c.end):
            spans.append((c.start, m.end()))
        for start, end in spans:
            if _near_place(kb, text[start:end]) is not None:
                yield _rule(start, end, "LOC", "near_place")
                break


def roads(text: str) -> Iterator[Candidate]:
    """ "la Transgabonaise", "le Transcamerounais", "route nationale 2", "RN2": roads and
    railways are places."""
    for m in entity_words().road.finditer(text):
        yield _rule(m.start(), m.end(), "LOC", "road")


_AFTER_NUMBERED = re.compile(
    r"[^\S\n]{1,3}(?P<n>[0-9]{1,4})"
    r"(?=[^\S\n]*(?:$|[.,;:!?)\n]|(?:et|le|la|les|du|de|au|en|où|dans|pour|sur)\b))"
)


def numbered_places(text: str, cands: Iterable[Candidate]) -> Iterator[Candidate]:
    """ "à Ouaga 2000", "quartier Sicap Liberté 6": after "à" or a district noun, a number right
    after a place's name (before a stop or a function word, not a counted noun: "à Dakar 15
    délégués") is part of that name."""
    lead = entity_words().place_number_lead
    for c in cands:
        if c.label != "LOC":
            continue
        m = _AFTER_NUMBERED.match(text, c.end)
        if m and lead.search(text, max(0, c.start - 20), c.start):
            yield _rule(c.start, m.end("n"), "LOC", "numbered_place")


@functools.cache
def _region_point() -> re.Pattern[str]:
    points = sorted(entity_words().cardinal_points_as_written, key=len, reverse=True)
    capitalised = "|".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in points)
    return re.compile(rf"(?<![\w-])(?:{capitalised})(?![\w'’-])")


_LIST_OF = r"(?:de[^\S\n]+la|de[^\S\n]+l['’]|du|des|de|d['’])[^\S\n]*"
_REGIONS_BEFORE = re.compile(
    rf"\b(?:[Rr]égions?|[Pp]rovinces?|[Dd]épartements?|[Ww]ilayas?)[^\S\n]+{_LIST_OF}"
    rf"(?:{UPPER}[\w'’-]*(?:[^\S\n]+{UPPER}[\w'’-]*){{0,2}}[^\S\n]*(?:,|et)[^\S\n]*{_LIST_OF}){{0,6}}$"
)
_OF_AFTER = re.compile(rf"[^\S\n]+{_LIST_OF}")


def region_points(text: str) -> Iterator[Candidate]:
    """ "la région de l'Extrême-Nord", "les régions du Nord, de l'Adamaoua et de l'Extrême-Nord",
    "dans le Nord-Ouest et le Sud-Ouest": a capitalised cardinal point named as a region (after
    a division noun, or compound) is a place; "le Nord du Mali", "le Nord-Ouest du pays" are
    directions."""
    for m in _region_point().finditer(text):
        listed = _REGIONS_BEFORE.search(text, max(0, m.start() - 160), m.start()) is not None
        if listed or ("-" in m.group() and not _OF_AFTER.match(text, m.end())):
            yield _rule(m.start(), m.end(), "LOC", "region_point")
