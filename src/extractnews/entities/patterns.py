"""Regular expressions of the entities room, built from the French word classes.

Each is applied inside or right next to one model span (``match`` at a
position, or ``search`` within the span), never across the whole text. A span
may hold a long run of spaces (the model reads "Union" and "africaine" across
it), so no search may start at every space of a run.
"""

from __future__ import annotations

import re

from ..people.lexicon import people_words
from ..text.french import (
    APOS,
    DATA,
    DETERMINER,
    LOWERCASE,
    OF,
    SPACE,
    UPPER,
    alternation,
    initial_either_case,
)

_LEADING = [w for w in (*DATA.articles, *DATA.of) if w != "de" and (not w.endswith("'") or " " in w)]
#: A leading article or elision: "l'", "d'", "le ", "La ", "de la ", "Du ".
LEADING_ARTICLE = re.compile(rf"(?:[LlDd]{APOS}\s*|{initial_either_case(_LEADING)}\s+)")

_DANGLING = alternation((*DATA.of, *DATA.articles, *DATA.prepositions, *DATA.conjunctions), space=r"\s+")
#: What may not end a name: a preposition or article, a comma, an opening bracket, a dash.
#: Never starts inside a run of spaces (the run's first space is an earlier start that
#: matches as well): searched from every space of a run, it would be quadratic.
TRAILING_JUNK = re.compile(rf"(?<!\s)(?:\s+{_DANGLING}|\s*[,;:(\-–—/]|\s*l{APOS}|\s*d{APOS})+\s*$")
#: "de cette organisation", "pour son pays": the rest of the span is no name.
DEMONSTRATIVE_TAIL = re.compile(rf"\s(?:de|du|des|d{APOS}|à|pour)\s*{DETERMINER}\b.*$")
#: A word of a span, with its apostrophes, dots and hyphens.
WORD = re.compile(r"[\w'’.-]+")
#: "74e ", "1er ", "3ème ".
ORDINAL = re.compile(r"\d+(?:e|ème|eme|er|re|ère)\s+")
#: "ministre de la Santé et …" right before a span: the span is a portfolio.
PORTFOLIO_BEFORE = re.compile(rf"\b[Mm]inistre\s+{OF}\s*[^,.;:()\n]{{0,60}}$")
#: The lower-case word right after a span ("sénégalaise").
NATIONALITY_AFTER = re.compile(rf"{SPACE}([{LOWERCASE}]+)(?![\w'’-])")
#: " de la " / " du " before a capital, inside a span: a title's complement ("Présidente du Parlement").
OF_CAPITAL = re.compile(rf"\s{OF}\s*(?=[A-ZÀ-Ö])")

_NAME_WORD = rf"(?:{UPPER}[\w'’-]*\.?|{UPPER}\.)"
_PARTICLES = "|".join(people_words().name_particles)
#: A person's name after an honorific: capitalised words, with particles ("Ould", "bin") between them.
PERSON_AFTER_HONORIFIC = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:{SPACE}(?:(?:{_PARTICLES}){SPACE})?{_NAME_WORD}){{0,5}})"
)
#: A capitalised word and "des"/"du"/"de la" right before a position ("Conférence des ").
CAPITALISED_OF_BEFORE = re.compile(rf"{UPPER}[\w'’-]*\s+(?:des|du|de\s+la|de\s+l{APOS}|d{APOS})\s*$")

_TITLE_CASE = rf"{UPPER}[{LOWERCASE}'’]+(?:-{UPPER}[{LOWERCASE}'’]+)*"
_ALL_CAPS = rf"(?:{UPPER}['’])?{UPPER}{{2,}}(?:[-'’]{UPPER}{{2,}})*"
_INITIALS = rf"(?:{UPPER}\.){{1,3}}"
#: A name of two to six words, capitalised or in capitals, with particles: "Filiga Michel SAWADOGO",
#: "BETY Aichatou Habibou Oumani", "Jean-Baptiste M.P. COMPAORE". Which ones hold a surname in
#: capitals is decided by :func:`~extractnews.entities.sources.capitalised_surname_people`.
NAME_WITH_CAPITALS = re.compile(
    rf"(?<![\w'’.-])(?:{_TITLE_CASE}|{_ALL_CAPS}|{_INITIALS})"
    rf"(?:{SPACE}(?:(?:{_PARTICLES}){SPACE})?(?:{_TITLE_CASE}|{_ALL_CAPS}|{_INITIALS})){{1,5}}(?![\w'’-])"
)
#: One word of such a name.
NAME_PART = re.compile(rf"{_INITIALS}|[\w'’-]+")

#: A surname alone, capitalised or in capitals ("KABORÉ", "N'GUESSAN", "Ondo").
SURNAME = re.compile(rf"{_TITLE_CASE}|{_ALL_CAPS}")
_MARRIED_LINK = alternation(people_words().married_name_links, space=SPACE)
#: After a woman's name, her married or maiden name: "/TRAORÉ", " épouse NZÉ", " née Ondo Mba".
MARRIED_NAME = re.compile(
    rf"[^\S\n]?/[^\S\n]?(?P<slash>{_TITLE_CASE}|{_ALL_CAPS})(?![\w'’/-])"
    rf"|{SPACE}{_MARRIED_LINK}{SPACE}(?:{_TITLE_CASE}|{_ALL_CAPS})(?:{SPACE}(?:{_TITLE_CASE}|{_ALL_CAPS})){{0,2}}(?![\w'’-])"
)
#: A word in capitals, for a surname after a title ("le ministre NSENGIYUMVA").
CAPITALS_WORD = re.compile(rf"(?<![\w'’.-]){_ALL_CAPS}(?![\w'’.-])")
#: The word right before a position, on the same line.
WORD_BEFORE = re.compile(r"([\w'’-]+)[^\S\n]+$")
