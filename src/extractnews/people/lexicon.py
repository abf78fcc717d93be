"""The people room's words (``models/people_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..resources import DataFile, load_model
from ..text.french import alternation, fold, lookup_key


class PeopleData(DataFile):
    """Schema of ``models/people_fr.json``."""

    honorifics: tuple[str, ...]
    titles: tuple[str, ...]
    role_particles: tuple[str, ...]
    portfolio_titles: tuple[str, ...]
    portfolio_openers: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]
    name_particles: tuple[str, ...]
    head_of_state_titles: tuple[str, ...]
    compound_titles: tuple[str, ...]
    role_lead_ins: tuple[str, ...]
    lowercase_org_heads: tuple[str, ...]
    complement_org_heads: tuple[str, ...]
    internal_bodies: tuple[str, ...]
    named_after: dict[str, str]
    not_surnames: tuple[str, ...]
    not_first_names: tuple[str, ...]
    married_name_links: tuple[str, ...]
    title_openers: tuple[str, ...]
    verbs: tuple[str, ...]
    role_ends: tuple[str, ...]
    role_links: tuple[str, ...]
    professions: tuple[str, ...]
    contact_headings: tuple[str, ...]


@dataclass(frozen=True)
class PeopleWords:
    honorifics: tuple[str, ...]
    """As written, longest first, so that "S.E. M." wins over "S.E."."""
    titles: frozenset[str]
    """Folded first words of job titles ("secretaire", "directeur")."""
    role_particles: frozenset[str]
    portfolio_titles: frozenset[str]
    """Titles whose complement is a portfolio, part of the role ("ministre de la Santé")."""
    portfolio_openers: frozenset[str]
    """Folded words after a title that open a portfolio ("chargée" du Budget)."""
    portfolio_openers_as_written: tuple[str, ...]
    name_particles: tuple[str, ...]
    """Lower-case words inside a name ("Ould", "bin"), as written."""
    adjective_re: re.Pattern[str]
    """Folded words that look like adjectives ("exécutif", "régionale")."""
    honorific_re: re.Pattern[str]
    """Matches one or more honorifics at a position (``S.E. M. ``)."""
    head_of_state_titles: tuple[str, ...]
    """Folded fixed titles ("president du faso"), longest first."""
    compound_titles_re: re.Pattern[str]
    """Titles of several words ("directeur de cabinet", "attachée de presse"), any case."""
    role_lead_ins: frozenset[str]
    """Folded words allowed between a name's comma and its title ("alors", "un des")."""
    lowercase_org_heads: frozenset[str]
    complement_org_heads: frozenset[str]
    """Folded heads that a lower-case complement names ("commission des finances")."""
    internal_bodies: tuple[str, ...]
    """Folded bodies that stay in the role ("comite de direction"), longest first."""
    named_after: Mapping[str, str]
    """Folded noun ("lycee") -> the label of a name after it ("ORG")."""
    not_surnames: frozenset[str]
    not_first_names: frozenset[str]
    """Folded words that open a sentence and are no first name ("selon", "ensuite")."""
    married_name_links: tuple[str, ...]
    """Words before a married or maiden name ("épouse", "née"), as written."""
    title_openers: frozenset[str]
    """Folded words before a title that belong to the role ("ancien", "ex")."""
    verbs: frozenset[str]
    """Verb forms, lower case as written ("est", "a", "s'est"): no title holds one."""
    role_ends_re: re.Pattern[str]
    """Words and phrases that end a title phrase ("depuis", "dès", "en remplacement"), or a year."""
    role_link_re: re.Pattern[str]
    """What may stand between a name and its title: a comma, "au poste de", "en tant que"."""
    nomination_re: re.Pattern[str]
    """The links of ``role_link_re`` that are a verb ("est nommé", "a été élue")."""
    professions: frozenset[str]
    """Folded trades and grades that describe a person rather than give a post ("economiste")."""
    contact_heading_re: re.Pattern[str]
    """A line that heads a contact or source block ("Source :", "Contacts presse :")."""


@functools.lru_cache(maxsize=8192)
def is_title(word: str) -> bool:
    """A job-title word, or a compound opening with one ("Président-directeur", "responsable-pays")."""
    titles = people_words().titles
    w = fold(word).strip(".,;:")
    if w.endswith(("s", "x")) and len(w) > 3 and w[:-1] in titles:
        return True  # "directeurs", "chefs"
    return w in titles or w.split("-")[0] in titles


def is_plural_title(word: str) -> bool:
    """ "ministres", "directeurs": a title word in the plural, shared by the names listed with it."""
    titles = people_words().titles
    w = fold(word).strip(".,;:")
    return w not in titles and w.endswith(("s", "x")) and w[:-1] in titles


@functools.cache
def people_words() -> PeopleWords:
    raw = load_model("people_fr.json", PeopleData)
    honorifics = tuple(sorted(raw.honorifics, key=len, reverse=True))
    one = "|".join(re.escape(h) + (r"(?=\s)" if h[-1].isalnum() else "") for h in honorifics)
    return PeopleWords(
        honorifics=honorifics,
        titles=frozenset(fold(t) for t in raw.titles),
        role_particles=frozenset(fold(t) for t in raw.role_particles),
        portfolio_titles=frozenset(fold(t) for t in raw.portfolio_titles),
        portfolio_openers=frozenset(fold(t) for t in raw.portfolio_openers),
        portfolio_openers_as_written=raw.portfolio_openers,
        name_particles=raw.name_particles,
        adjective_re=re.compile(
            r"\w+(?:"
            + "|".join(sorted({fold(x) for x in raw.adjective_suffixes}, key=len, reverse=True))
            + ")s?"
        ),
        # not the end of a word: "d'UM. Le", "PRESSE Filière" hold no "M." nor "SE"
        honorific_re=re.compile(rf"(?:(?<![\w'’.-])(?:{one})\s*)+"),
        head_of_state_titles=tuple(
            sorted({lookup_key(t) for t in raw.head_of_state_titles}, key=len, reverse=True)
        ),
        compound_titles_re=re.compile(
            r"(?<![\w'’-])" + alternation(raw.compound_titles, space=r"\s+", accents=True) + r"(?![\w'’-])",
            re.IGNORECASE,
        ),
        role_lead_ins=frozenset(fold(t) for t in raw.role_lead_ins),
        lowercase_org_heads=frozenset(fold(t) for t in raw.lowercase_org_heads),
        complement_org_heads=frozenset(fold(t) for t in raw.complement_org_heads),
        internal_bodies=tuple(sorted({lookup_key(t) for t in raw.internal_bodies}, key=len, reverse=True)),
        named_after=MappingProxyType({fold(k): v for k, v in raw.named_after.items()}),
        not_surnames=frozenset(raw.not_surnames),
        not_first_names=frozenset(fold(w) for w in raw.not_first_names),
        married_name_links=raw.married_name_links,
        title_openers=frozenset(fold(w) for w in raw.title_openers),
        verbs=frozenset(raw.verbs),
        role_ends_re=re.compile(
            r"(?<![\w'’-])(?:" + alternation(raw.role_ends, space=r"\s+") + r"|(?:1[89]|20)\d\d)(?![\w-])",
            re.IGNORECASE,
        ),
        contact_heading_re=re.compile(
            r"[ \t]*" + alternation(raw.contact_headings, space=r"\s+") + r"[ \t]*(?::[ \t]*)?$",
            re.IGNORECASE,
        ),
        nomination_re=_nomination_re(raw),
        professions=frozenset(fold(w) for w in raw.professions),
        role_link_re=re.compile(
            r"(?:\s*,)?\s+" + alternation(raw.role_links, space=r"\s+") + r"\s*|\s*,\s*|[ \t]+[-–—][ \t]+"
        ),
    )


def _nomination_re(raw: PeopleData) -> re.Pattern[str]:
    """The role links that open with a verb: "est nommé", "a été élue"."""
    links = [w for w in raw.role_links if w.split()[0] in raw.verbs]
    return re.compile(r"(?<![\w'’-])" + alternation(links, space=r"\s+") + r"(?![\w'’-])")
