"""Precision rules on one model span: words that are not names, and junk glued to a name.

Each is a repair rule (``rule(text, draft) -> draft | None``, see :mod:`.repair`)
placed in :data:`~extractnews.entities.repair.RULES`. The word lists are data
(``models/entities_fr.json``, :mod:`.lexicon`).
"""

from __future__ import annotations

import functools
import re

from ..people.lexicon import people_words
from ..places import is_country
from ..text.french import DATA, UPPER, acronym_like, findall_set, fold, line_bounds, line_of, sentence_initial
from .chains import is_domain
from .draft import Draft
from .lexicon import entity_words

_GLUED_ELISION = re.compile(rf"[LlDd](?={UPPER}[\w-])")
# searched within a span, so never started inside a run of spaces (quadratic in a long one)
_SPACED_DASH = re.compile(r"(?<!\s)\s+[-–—]\s+")
_ARTICLE = r"(?:[Ll][ea]s?|[Dd]es?|[Dd]u)"
#: An elision and an article, or either, or nothing, then spaces (one run: two in a row are quadratic).
_ARTICLE_ONLY = re.compile(rf"(?:[LlDd]['’]\s*(?:{_ARTICLE}\s*)?|{_ARTICLE}\s*|\s*)$")
_BAR = re.compile(r"(?<!\s)\s*\|")
_CAPITALISED = re.compile(rf"(?:^|(?<=[\s'’])){UPPER}")
_NUMBER_TAIL = re.compile(r"(?<!\s)(?:\s+(?:n°|nº|no\.?|N°|Nº|No\.?)\s*\d.*$|\s+\d+(?:/\d+)+$)")
_LINE_OPENER = re.compile(r"(?:^|\n)[\s•·\-–—*>#\d.)]*$")


@functools.lru_cache(maxsize=1024)
def _capitals_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def in_capitals_line(text: str, start: int, end: int) -> bool:
    """The span stands in a line written in capitals (a headline, a heading)."""
    return _capitals_line(line_of(text, start, end))


def opens_a_sentence(text: str, start: int) -> bool:
    """``text[start:]`` opens a sentence, or a line after a bullet or a number ("• Progression")."""
    return sentence_initial(text, start) or _LINE_OPENER.search(text, max(0, start - 12), start) is not None


def no_glued_elision(text: str, d: Draft) -> Draft | None:
    """ "LAssociation" -> "Association", "lÉtat" -> "État": an elision whose apostrophe was lost."""
    if _GLUED_ELISION.match(text, d.start, d.end) and not acronym_like(d.surface(text).split()[0]):
        return d.but(start=d.start + 1)
    return d


def no_leading_of(text: str, d: Draft) -> Draft | None:
    """ "ambassadeur de France" cut as "de France" -> "France"; "Laccord" (an elided common noun) dropped."""
    surface = d.surface(text)
    if d.label != "PER" and (m := re.match(r"(?:de|du|des)\s+(?=[^\W\d_])", surface)):
        return d.but(start=d.start + m.end())
    if re.match(r"[LlDd][aeiouyhéèêâ]", surface) and fold(surface[1:]) in entity_words().generic_heads:
        return None
    return d


def no_number_tail(text: str, d: Draft) -> Draft | None:
    """ "Communiqué de presse n° 11/3" -> "Communiqué de presse": a number is no part of a name."""
    m = _NUMBER_TAIL.search(d.surface(text))
    return d.but(end=d.start + m.start()) if m and m.start() > 0 else d


def no_period_tail(text: str, d: Draft) -> Draft | None:
    """ "Ministère de la Santé pour l'exercice 2025" -> "Ministère de la Santé": the period a
    body acts for is no part of its name."""
    m = entity_words().period_tail.search(text, d.start, d.end)
    return d.but(end=m.start()) if m and m.start() > d.start else d


_ACRONYM_THEN_WORD = re.compile(
    r"(?P<acronym>[A-Z][A-Z0-9]{1,9})[^\S\n]+(?P<word>[a-zàâçéèêëîïôûùüÿœ][\w'’-]*)"
)


def acronym_then_verb(text: str, d: Draft) -> Draft | None:
    """ "C2D finance des routes" -> "C2D": an acronym the model ran on into lower-case words
    (a verb, a complement) stands alone; "FAO pour l'Afrique" keeps its preposition."""
    m = _ACRONYM_THEN_WORD.match(text, d.start, d.end)
    if m is None or not acronym_like(m.group("acronym")):
        return d
    word = fold(m.group("word"))
    if word in _LINKS or ("'" in word and word.split("'")[0] + "'" in _LINKS):
        return d
    return d.but(end=m.end("acronym"))


_LINKS = frozenset(("de", "du", "des", "d'", "pour", "en", "et", "la", "le", "les", "l'", "au", "aux"))


def not_a_title_complement(text: str, d: Draft) -> Draft | None:
    """ "chef de l'État burkinabè": the state of a title is no entity of its own."""
    first = fold(d.surface(text).split()[0]) if d.surface(text).split() else ""
    if d.label == "PER" or first not in entity_words().title_complements:
        return d
    m = re.search(r"([\w-]+)\s+(?:de\s+la|de\s+l['’]|du|de|d['’])\s*$", text[max(0, d.start - 30) : d.start])
    return None if m and fold(m.group(1)) in entity_words().state_titles else d


def no_bracket_inside(text: str, d: Draft) -> Draft | None:
    """ "SA,(AIRTEL" -> "AIRTEL", "FEC)1" -> "FEC": a bracket that opens or closes inside the span."""
    surface = d.surface(text)
    if "(" in surface and ")" not in surface:
        cut = surface.rindex("(") + 1
        return d.but(start=d.start + cut) if surface[cut:].strip() else d.but(end=d.start + cut - 1)
    if ")" in surface and "(" not in surface:
        return d.but(end=d.start + surface.index(")"))
    return d


def _named(text: str, start: int, end: int) -> bool:
    """A capitalised word in ``text[start:end]`` that does not merely open a sentence ("Cinq pays")."""
    return any(not opens_a_sentence(text, m.start()) for m in _CAPITALISED.finditer(text, start, end))


def no_spaced_dash(text: str, d: Draft) -> Draft | None:
    """ "Gambie - participaient" -> "Gambie", "pays - l'Afghanistan" -> "l'Afghanistan",
    "Nouvelliste | Publié" -> "Nouvelliste",
    "Francophonie - La" -> "Francophonie": a spaced dash parts two things; the capitalised one is kept."""
    bar = _BAR.search(text, d.start, d.end)
    if bar and bar.start() > d.start:
        return d.but(end=bar.start())  # "Nouvelliste | Publié le": a bar parts fields of a line
    m = _SPACED_DASH.search(text, d.start, d.end)
    if not m:
        return d
    right = text[m.end() : d.end]
    left_named = _named(text, d.start, m.start())
    right_named = _named(text, m.end(), d.end) and not _ARTICLE_ONLY.fullmatch(right)
    if left_named and not right_named:
        return d.but(end=m.start())
    if right_named and not left_named:
        return d.but(start=m.end())
    return d


def _first(words: list[str]) -> str:
    return fold(words[0]) if words else ""


def not_a_lone_common_word(text: str, d: Draft) -> Draft | None:
    """One capitalised word with the ending of a common word, opening a sentence or a line
    ("Progression de 24 %", "Rappelons que"), a cardinal point alone ("le Nord du pays"),
    or a long word of a headline in capitals ("DÉCLARATION CONJOINTE")."""
    surface = d.surface(text)
    if " " in surface.strip():
        return d
    words = entity_words()
    folded = fold(surface)
    if len(surface) >= 8 and surface.isupper() and in_capitals_line(text, d.start, d.end):
        return None
    endings = words.unlikely_name_endings if d.label == "PER" else words.common_word_endings
    if folded in words.cardinal_points and d.label != "PER":
        return None
    if not surface.isupper() and folded.endswith(endings) and opens_a_sentence(text, d.start):
        return None
    return d


def not_a_heading(text: str, d: Draft) -> Draft | None:
    """A "person" that is a heading or a common word: a whole line in capitals that is one word
    with the ending of a common one ("TOURISME", "INVESTISSEMENTS") or holds a function word that
    no name holds ("TITRE DES MESURES INDIVIDUELLES"); one capitalised word alone on its line
    ("Riposte"), or opening a sentence while the text writes it in lower case elsewhere."""
    surface = d.surface(text)
    if d.label != "PER":
        return d
    words = [fold(w) for w in surface.split()]
    alone = _alone_on_its_line(text, d.start, d.end)
    if alone and surface.isupper():
        if len(words) == 1 and words[0].endswith(entity_words().common_word_endings):
            return None
        if any(w in _FUNCTION_WORDS for w in words):
            return None
    if len(words) == 1 and not surface.isupper():
        return None if alone or _written_in_lower_case(text, d.start, surface) else d
    return d


#: What a heading line may hold besides its words: bullets, numbers, colons, spaces.
_HEADING_MARKS = re.compile(r"[\s•·*#:.)(\d-]*")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Nothing but heading marks between ``text[start:end]`` and the ends of its line (read
    from the span outwards, never the whole line: a paragraph is one line)."""
    line_start, line_end = line_bounds(text, start, end)
    return (
        _HEADING_MARKS.fullmatch(text, line_start, start) is not None
        and _HEADING_MARKS.fullmatch(text, end, line_end) is not None
    )


#: Function words that no name holds ("des", "et", "pour"; not "de" nor "la": "Jean de Dieu").
_FUNCTION_WORDS = frozenset(
    fold(w) for w in (*DATA.articles, *DATA.of, *DATA.prepositions, *DATA.conjunctions)
) - frozenset(fold(w) for w in people_words().name_particles)


def _written_in_lower_case(text: str, start: int, word: str) -> bool:
    """ "Riposte" opening a sentence, and "riposte" elsewhere in the text."""
    lower = word.lower()
    if lower == word or not opens_a_sentence(text, start):
        return False
    if _WORD_RUN.fullmatch(lower):
        return lower in findall_set(_WORD_RUN, text)
    return re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", text) is not None


_WORD_RUN = re.compile(r"[\w'’-]+")


def not_a_date(text: str, d: Draft) -> Draft | None:
    """ "June 20", "20 June": an English date is no place."""
    parts = fold(d.surface(text)).replace(",", " ").split()
    if (
        parts
        and any(p in entity_words().months_en for p in parts)
        and all(p.isdigit() or p in entity_words().months_en for p in parts)
    ):
        return None
    return d


def not_a_collective(text: str, d: Draft) -> Draft | None:
    """ "les Ministres", "les Autorités nationales et les Institutions communautaires",
    "membres du Corps Diplomatique", "petits États insulaires": groups, not names."""
    if d.label == "PER":
        return d
    words = fold(d.surface(text)).split()
    heads = entity_words().collective_heads
    if words and (words[0] in heads or " ".join(words[:2]) in heads):
        return None
    return d


def not_a_field(text: str, d: Draft) -> Draft | None:
    """ "l'Enseignement supérieur et la Recherche", "les Assurances sociales", "l'Education
    nationale": fields of government, with no other capitalised word, are not bodies."""
    if d.label == "PER":
        return d
    domains = entity_words().domain_words
    words = re.findall(r"[\w-]+", d.surface(text))
    if not words or fold(words[0]) not in domains:
        return d
    if all(w[:1].islower() or fold(w) in domains for w in words[1:]):
        return None
    return d


def legal_form_is_org(text: str, d: Draft) -> Draft | None:
    """ "Capgemini SE", "Nordia inc.": a name that ends in a company's legal form is an
    organisation, with the full stop of an abbreviated form."""
    surface = d.surface(text)
    dotted = entity_words().legal_form.search(surface + ".") if text[d.end : d.end + 1] == "." else None
    if dotted is not None and dotted.end() == len(surface) + 1:
        surface, d = surface + ".", d.but(end=d.end + 1)  # "Boréal inc|." keeps its full stop
    m = entity_words().legal_form.search(surface)
    if m and m.end() == len(surface) and d.label != "PER":
        return d.but(label="ORG")
    return d


_GLUED = re.compile(rf"(?:[a-zà-ÿ'’-]+\s+)+?(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)?(?={UPPER})")


def glued_place_is_cut(text: str, d: Draft) -> Draft | None:
    """ "coopération de Panama", "lac de Kankossa", "île Rodrigues", "wilaya d'Ouargla": a place's
    span that opens with lower-case words keeps its capitalised end, unless they open the name of
    a facility ("aéroport international de Malabo"), a state ("canton de Genève") or what follows
    is a country the noun is part of ("lac Tchad", "golfe de Guinée"). A division the model
    took for a body ("département de l'Atacora") is the place too."""
    m = _GLUED.match(d.surface(text))
    words = entity_words()
    if not m or d.label not in ("LOC", "ORG"):
        return d
    first = fold(m.group(0).split()[0])
    rest = d.surface(text)[m.end() :]
    if d.label == "ORG":  # "le département de l'Atacora" as a body; "département des Finances" is one
        if first not in words.division_heads or not rest.split() or is_domain(rest.split()[0]):
            return d
        return Draft(d.start + m.end(), d.end, "LOC")
    kept = words.place_heads | (words.state_heads - words.division_heads)
    if first in kept or (first in words.natural_heads and is_country(rest)):
        return d
    if not re.search(r"\s(?:de\s+la|de|du|des)\s+$|['’]$", m.group(0)) and first not in (
        words.natural_heads | words.division_heads
    ):
        return d  # "coopération Panama": no "de", no place noun
    return d.but(start=d.start + m.end())


__all__ = [
    "glued_place_is_cut",
    "in_capitals_line",
    "legal_form_is_org",
    "no_bracket_inside",
    "no_glued_elision",
    "no_leading_of",
    "no_number_tail",
    "no_spaced_dash",
    "not_a_collective",
    "not_a_date",
    "not_a_field",
    "not_a_heading",
    "not_a_lone_common_word",
    "not_a_title_complement",
    "opens_a_sentence",
]
