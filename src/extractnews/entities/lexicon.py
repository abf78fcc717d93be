"""The entities room's words (``models/entities_fr.json``), loaded once, read-only."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..resources import DataFile, load_model
from ..text.french import UPPER, alternation, fold, initial_either_case


class EntitiesData(DataFile):
    """Schema of ``models/entities_fr.json``."""

    imperatives: tuple[str, ...]
    generic_heads: tuple[str, ...]
    demonym_endings: tuple[str, ...]
    counted_before: tuple[str, ...]
    common_word_endings: tuple[str, ...]
    unlikely_name_endings: tuple[str, ...]
    collective_heads: tuple[str, ...]
    domain_words: tuple[str, ...]
    ministry_heads: tuple[str, ...]
    legal_forms: tuple[str, ...]
    place_heads: tuple[str, ...]
    ambiguous_place_heads: dict[str, tuple[str, ...]]
    institution_heads: tuple[str, ...]
    cardinal_points: tuple[str, ...]
    governed_heads: tuple[str, ...]
    state_heads: tuple[str, ...]
    title_complements: tuple[str, ...]
    state_titles: tuple[str, ...]
    text_heads: tuple[str, ...]
    sub_body_heads: tuple[str, ...]
    english_function_words: tuple[str, ...]
    months_en: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    place_modifiers: tuple[str, ...]
    committee_heads: tuple[str, ...]
    office_heads: tuple[str, ...]
    office_holders: tuple[str, ...]
    natural_heads: tuple[str, ...]
    division_heads: tuple[str, ...]
    national_bodies: tuple[str, ...]
    company_nouns: tuple[str, ...]
    not_adjectives: tuple[str, ...]
    period_tails: tuple[str, ...]
    title_initials: tuple[str, ...]
    road_heads: tuple[str, ...]
    road_name_prefixes: tuple[str, ...]
    place_number_leads: tuple[str, ...]


@dataclass(frozen=True)
class EntityWords:
    imperatives: frozenset[str]
    """Folded imperatives ("regardez") that open page furniture, never a name."""
    generic_heads: frozenset[str]
    """Folded generic nouns that are never a name on their own ("agence", "commission")."""
    demonym: re.Pattern[str]
    """A capitalised plural demonym ("Maliens", "Soudanais")."""
    counted: re.Pattern[str]
    """A number or a quantifier right before a position ("400 000", "les", "des milliers de")."""
    common_word_endings: tuple[str, ...]
    """Folded endings of common words ("tion", "ons"): a lone capitalised word opening a sentence."""
    unlikely_name_endings: tuple[str, ...]
    """The endings of those that no name has ("ons", "ible"): they apply to persons too."""
    collective_heads: frozenset[str]
    """Folded collective nouns ("ministres", "corps diplomatique") that open no name."""
    domain_words: frozenset[str]
    """Folded fields of government ("education", "finances"): portfolios, not bodies."""
    ministry_heads: frozenset[str]
    """Folded words that open a ministry ("ministere")."""
    legal_form: re.Pattern[str]
    """A company's legal form right after its name (" SA", " SE", " GmbH")."""
    place_heads: frozenset[str]
    ambiguous_place_heads: dict[str, frozenset[str]]
    """Folded facility nouns that are also adjectives -> the words after which they are nouns."""
    """Folded nouns that open a facility or a natural place ("aeroport", "bassin")."""
    institution_heads: re.Pattern[str]
    """A school or hospital noun, with an adjective, right before a name ("lycée international ")."""
    institution_words: frozenset[str]
    """The same nouns, folded ("lycee")."""
    institution_heads_as_written: tuple[str, ...]
    """The same nouns as written ("hôpital")."""
    cardinal_points: frozenset[str]
    """Folded cardinal points ("nord", "sud-ouest")."""
    cardinal_points_as_written: tuple[str, ...]
    """The same with their accents ("extrême-nord")."""
    governed_heads: frozenset[str]
    """Folded nouns naming a government when a country follows ("gouvernement", "etat")."""
    governed_heads_as_written: tuple[str, ...]
    """The same as written: in lower case, either case is taken; with a capital, only that."""
    title_complements: frozenset[str]
    """Folded nouns that complete a title after "de" ("chef de l'État")."""
    state_titles: frozenset[str]
    """Folded titles they complete ("chef")."""
    text_heads: frozenset[str]
    """Folded nouns of texts named after a place ("programme", "declaration")."""
    sub_body_heads: frozenset[str]
    """Folded administrative units of an organisation ("bureau", "conseil des ministres")."""
    state_heads: frozenset[str]
    """Folded nouns of a composite place when a region or city follows ("etat", "province")."""
    english: frozenset[str]
    """Frequent English function words."""
    months_en: frozenset[str]
    """Folded English month names."""
    adjective_endings: tuple[str, ...]
    """Folded endings of French adjectives ("ique", "ale")."""
    adjective_endings_as_written: tuple[str, ...]
    """The same with their accents ("é", "ère")."""
    place_modifiers: frozenset[str]
    """Folded words before a place noun in a name ("haut", "grand")."""
    committee_heads: tuple[str, ...]
    """Nouns of a committee named by its fields ("commission"), as written."""
    office_heads: tuple[str, ...]
    """Nouns of the office of a title holder ("cabinet", "bureau de presse"), as written."""
    office_holders: tuple[str, ...]
    """The titles such an office belongs to ("ministre", "premier ministre"), as written."""
    natural_heads: frozenset[str]
    """Folded nouns of a natural place ("lac", "ile")."""
    division_heads: frozenset[str]
    """Folded nouns of an administrative division ("region", "wilaya")."""
    national_bodies: frozenset[str]
    """Folded names of a state's body that stand alone ("tresor", "parlement")."""
    company_nouns: frozenset[str]
    """Folded nouns of a company before its name ("groupe", "entreprise")."""
    not_adjectives: frozenset[str]
    """Folded words with an adjective's ending that continue no name ("communique")."""
    period_tail: re.Pattern[str]
    """ " pour l'exercice", " au titre de l'année": a name stops before it."""
    title_initials: frozenset[str]
    """Initials of job titles as written ("PDG", "GM")."""
    road: re.Pattern[str]
    """The name of a road or a railway: "route nationale 2", "RN2", "Transgabonaise"."""
    place_number_lead: re.Pattern[str]
    """The words before a place whose name goes on with a number ("à |Ouaga 2000")."""


#: White space inside a line.
_SPACE = r"[^\S\n]+"


@functools.cache
def entity_words() -> EntityWords:
    raw = load_model("entities_fr.json", EntitiesData)
    endings = "|".join(raw.demonym_endings)
    counted = alternation(raw.counted_before, space=r"\s+")
    legal = alternation(raw.legal_forms, space=r"\s+")
    institutions = initial_either_case(raw.institution_heads)
    return EntityWords(
        imperatives=frozenset(fold(t) for t in raw.imperatives),
        generic_heads=frozenset(fold(t) for t in raw.generic_heads),
        demonym=re.compile(rf"{UPPER}[\w-]*(?:{endings})"),
        counted=re.compile(rf"(?:\d|\b{counted})\s*$"),
        common_word_endings=tuple(fold(e) for e in raw.common_word_endings),
        unlikely_name_endings=tuple(fold(e) for e in raw.unlikely_name_endings),
        collective_heads=frozenset(fold(t) for t in raw.collective_heads),
        domain_words=frozenset(fold(t) for t in raw.domain_words),
        ministry_heads=frozenset(fold(t) for t in raw.ministry_heads),
        # never started inside a run of spaces: a span is searched for one (quadratic otherwise)
        legal_form=re.compile(rf"(?<![\s\u00a0])[\s\u00a0]+{legal}(?![\w])"),
        place_heads=frozenset(fold(t) for t in raw.place_heads),
        ambiguous_place_heads={
            fold(k): frozenset(map(fold, after)) for k, after in raw.ambiguous_place_heads.items()
        },
        institution_words=frozenset(fold(t) for t in raw.institution_heads),
        institution_heads_as_written=raw.institution_heads,
        institution_heads=re.compile(
            rf"\b{institutions}(?:\s+(?!(?:de|du|des|la|le|les|et)\b)[a-zà-ÿ]+)?\s+$"
        ),
        cardinal_points=frozenset(fold(t) for t in raw.cardinal_points),
        cardinal_points_as_written=raw.cardinal_points,
        governed_heads=frozenset(fold(t) for t in raw.governed_heads),
        governed_heads_as_written=raw.governed_heads,
        title_complements=frozenset(fold(t) for t in raw.title_complements),
        state_titles=frozenset(fold(t) for t in raw.state_titles),
        text_heads=frozenset(fold(t) for t in raw.text_heads),
        sub_body_heads=frozenset(fold(t) for t in raw.sub_body_heads),
        state_heads=frozenset(fold(t) for t in raw.state_heads),
        english=frozenset(raw.english_function_words),
        months_en=frozenset(fold(t) for t in raw.months_en),
        adjective_endings=tuple(fold(t) for t in raw.adjective_endings),
        adjective_endings_as_written=raw.adjective_endings,
        place_modifiers=frozenset(fold(t) for t in raw.place_modifiers),
        committee_heads=raw.committee_heads,
        office_heads=raw.office_heads,
        office_holders=raw.office_holders,
        natural_heads=frozenset(fold(t) for t in raw.natural_heads),
        division_heads=frozenset(fold(t) for t in raw.division_heads),
        national_bodies=frozenset(fold(t) for t in raw.national_bodies),
        company_nouns=frozenset(fold(t) for t in raw.company_nouns),
        **_names_and_tails(raw),
    )


def _names_and_tails(raw: EntitiesData) -> dict[str, Any]:
    """The words that end a name or make it a title, a road or a numbered place."""
    return dict(
        not_adjectives=frozenset(fold(t) for t in raw.not_adjectives),
        period_tail=re.compile(
            rf"(?<!\s){_SPACE}{alternation(raw.period_tails, space=_SPACE)}(?![\w])", re.I
        ),
        title_initials=frozenset(raw.title_initials),
        road=_road(raw.road_heads, raw.road_name_prefixes),
        place_number_lead=re.compile(
            rf"(?<![\w-]){alternation(raw.place_number_leads, space=_SPACE)}{_SPACE}$", re.I
        ),
    )


def _road(heads: tuple[str, ...], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """ "route nationale 2", "Nationale 1", "RN2", "RN 7", "autoroute A1"; "Transgabonaise"."""
    named = "|".join(re.escape(p) for p in prefixes)
    return re.compile(
        rf"(?:{alternation(heads, space=_SPACE)})[^\S\n]?(?:[A-Z][^\S\n]?)?[0-9]{{1,3}}(?![\w-])"
        rf"|(?:{named})[a-zàâçéèêëîïôûùüÿœ]{{2,30}}(?:aise?|aine?|ienne|ien|éenne|éen|ale|ique)(?![\w-])"
    )
