"""Repair of the statistical model's spans, as a list of small named rules.

:func:`clean_model_span` passes a span through :data:`RULES` in order. Each
rule takes the text and the span so far and returns the span, changed or not,
or None to drop it. A rule changes one thing for one reason, so that a span's
fate can be read rule by rule (``explain``) and each rule tested on its own.
"""

from __future__ import annotations

import functools
import re

from ..candidate import Candidate, Label
from ..orgs.labels import relabel_misc
from ..orgs.lexicon import org_words
from ..people.lexicon import is_title, people_words
from ..places import country_of
from ..structure.lexicon import structure_words
from ..structure.sections import is_furniture
from ..text.french import (
    DATA,
    FUNCTION_WORDS,
    acronym_like,
    dotted_acronym,
    findall_set,
    fold,
    sentence_initial,
)
from .chains import in_a_portfolio
from .draft import Draft, Rule
from .labels import (
    a_country_acronym,
    a_dated_programme,
    a_known_place,
    a_place_not_a_body,
    a_road,
    a_signed_name,
    named_company,
    national_body,
    not_a_compound_title,
    not_a_currency,
    not_a_motto,
    not_a_title_initial,
    not_a_unit,
    not_an_initial,
)
from .lexicon import entity_words
from .patterns import (
    DEMONSTRATIVE_TAIL,
    LEADING_ARTICLE,
    NATIONALITY_AFTER,
    OF_CAPITAL,
    ORDINAL,
    PORTFOLIO_BEFORE,
    TRAILING_JUNK,
    WORD,
)
from .precision import (
    acronym_then_verb,
    glued_place_is_cut,
    legal_form_is_org,
    no_bracket_inside,
    no_glued_elision,
    no_leading_of,
    no_number_tail,
    no_period_tail,
    no_spaced_dash,
    not_a_collective,
    not_a_date,
    not_a_field,
    not_a_heading,
    not_a_lone_common_word,
    not_a_title_complement,
)

_WORD_ONLY = re.compile(r"[\w-]+")
#: Words of a title that are no name ("général", "adjoint"): the role words that join nothing.
_TITLE_WORDS = people_words().role_particles - {
    fold(w) for w in (*DATA.of, *DATA.prepositions, *DATA.conjunctions)
}


_INITIAL = re.compile(r"\b[A-Z]\.$")
_NON_SPACE = re.compile(r"\S+")


def _initial_at(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends with an initial ("John F."): read on its last characters only."""
    return _INITIAL.search(text[max(start, end - 4) : end]) is not None


def no_line_break_or_furniture(text: str, d: Draft) -> Draft | None:
    """A span across a line break, or on a navigation or credit line, is no entity."""
    if "\n" in d.surface(text) or is_furniture(text, d.start, d.end):
        return None
    return d


def no_leading_article(text: str, d: Draft) -> Draft | None:
    """ "l'Union africaine" -> "Union africaine" (as often as there are articles)."""
    start = d.start
    while (m := LEADING_ARTICLE.match(text, start, d.end)) and m.end() < d.end:
        start = m.end()
    return d.but(start=start)


def no_leading_ordinal(text: str, d: Draft) -> Draft | None:
    """ "74e Assemblée mondiale de la Santé" -> "Assemblée mondiale de la Santé"."""
    m = ORDINAL.match(text, d.start, d.end)
    return d.but(start=m.end()) if m and m.end() < d.end else d


def strip_honorifics(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Move ``start`` past leading honorifics; return it and the honorific as written."""
    m = people_words().honorific_re.match(text, start, end)
    if not m or m.end() >= end:
        return start, None
    return m.end(), text[start : m.end()].strip()


def no_honorific(text: str, d: Draft) -> Draft | None:
    """ "M. Martin Chungong" -> "Martin Chungong", a person whatever the model said;
    "Son Excellence" or "Monsieur" alone is no one."""
    alone = people_words().honorific_re.fullmatch
    if alone(d.surface(text) + " ") or alone(text[d.start : d.end + 1] + " "):
        return None  # "Son Excellence"; "Ing" whose full stop the model left out
    start, honorific = strip_honorifics(text, d.start, d.end)
    if honorific is None:
        start, honorific = _honorific_across_start(text, d)
    if honorific is not None and (m := LEADING_ARTICLE.match(text, start, d.end)) and m.end() < d.end:
        start = m.end()  # "S.A.R. [le] Prince Moulay Rachid": the title after it names the person
    return d.but(start=start, label="PER" if honorific else d.label)


def _honorific_across_start(text: str, d: Draft) -> tuple[int, str | None]:
    """ "Général de [Brigade Salou Djibo]": a span that starts inside an honorific of several
    words starts after it."""
    honorific = people_words().honorific_re
    for m in _NON_SPACE.finditer(text, max(0, d.start - 30), d.start):
        h = honorific.match(text, m.start())
        if h and d.start < h.end() < d.end and not text[h.end() - 1].isalnum():
            return h.end(), h.group().strip()
    return d.start, None


def name_after_title(text: str, d: Draft) -> Draft | None:
    """ "Ministre-Président Elio Di Rupo", "Président Kagame": the name after the title words is a person."""
    words = list(WORD.finditer(d.surface(text)))
    if not words or not is_title(words[0].group()):
        return d
    lex = people_words()
    i = 0
    while i < len(words) and (is_title(words[i].group()) or fold(words[i].group()) in _TITLE_WORDS):
        i += 1
    rest = [w.group() for w in words[i:]]
    particles = set(lex.name_particles)
    if not rest or not rest[0][:1].isupper() or fold(rest[0]) in org_words().org_heads:
        return d
    if country_of(" ".join(rest)) or (len(rest) == 1 and lex.adjective_re.fullmatch(fold(rest[0]))):
        return d  # "Premier ministre Sénégal": a place; "Représentante Résidente": a title
    if not all(w[:1].isupper() or w in particles for w in rest) or len(rest) > 5:
        return d
    return Draft(d.start + words[i].start(), d.end, "PER")


def defined_short_form(text: str, d: Draft) -> Draft | None:
    """ "la Bourse régionale des valeurs mobilières (Brvm) ... La Brvm est": a word the text
    defines in parentheses is the body's short name, not a person."""
    surface = d.surface(text)
    if d.label == "PER" and " " not in surface and _in_parentheses(text, surface):
        return d.but(label="ORG")
    return d


def _in_parentheses(text: str, word: str) -> bool:
    """ "(word)" is in ``text``; one pass over the text for all its spans (a long document has thousands)."""
    if "(" in word or ")" in word:
        return f"({word})" in text
    return word in findall_set(_PARENTHESISED, text)


_PARENTHESISED = re.compile(r"\(([^()]*)\)")


def not_named_after(text: str, d: Draft) -> Draft | None:
    """ "lycée Alexandre Dumas", "rue Jean Jaurès": a name after such a noun is the school or street."""
    if d.label != "PER":
        return d
    named_after = people_words().named_after
    lo = max(0, d.start - 40)
    end = d.start
    # the noun right before the name, or the noun and up to two adjectives ("lycée international")
    for m in reversed(list(_WORD_ONLY.finditer(text, lo, d.start))[-3:]):
        if text[m.end() : end].strip() or not m.group()[:1].islower():
            return d
        label = named_after.get(fold(m.group()))
        if label is not None:
            return Draft(m.start(), d.end, label)
        end = m.start()
    return d


def title_names_its_body(text: str, d: Draft) -> Draft | None:
    """ "Présidente du Parlement X" -> "Parlement X"; a bare title, or titles all the way, is dropped."""
    words = WORD.findall(d.surface(text))
    if not words:
        return None
    if fold(words[0]).strip(".") not in people_words().titles:
        return d
    if d.label == "PER":
        return None
    m = OF_CAPITAL.search(d.surface(text))
    if not m:
        return None
    start = d.start + m.end()
    head = fold(text[start : d.end].split()[0])
    if fold(text[start : d.end]) in entity_words().national_bodies:
        return Draft(start, d.end, "ORG")  # "Directeur général du Trésor"
    if head in people_words().titles or head not in org_words().org_heads:
        # "Représentant spécial du Secrétaire général": titles all the way;
        # "Haut-Commissaire des Nations Unies pour les réfugiés": no organisation named
        return None
    return d.but(start=start, label="ORG")


def no_demonstrative_tail(text: str, d: Draft) -> Draft | None:
    """ "Commission de cette organisation" -> "Commission"."""
    m = DEMONSTRATIVE_TAIL.search(text, d.start, d.end)
    return d.but(end=m.start()) if m and d.label != "PER" else d


def no_trailing_junk(text: str, d: Draft) -> Draft | None:
    """No dangling "de l'", "et", "," at the end: "Banque mondiale et" -> "Banque mondiale"."""
    m = TRAILING_JUNK.search(d.surface(text))  # on the span alone: its start is a start
    return d.but(end=d.start + m.start()) if m and m.start() > 0 else d


_LAST_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)?$")


def no_contact_label_tail(text: str, d: Draft) -> Draft | None:
    """ "Bujumbura – Tél" -> "Bujumbura": a telephone or mail label on a contact line ends the name."""
    surface = d.surface(text)
    m = _LAST_WORD.search(surface)
    if m is None or fold(m.group()) not in structure_words().contact_media:
        return d
    end = len(surface[: m.start()].rstrip(" \u00a0\t-–—,"))
    return d.but(end=d.start + end) if 0 < end < m.start() else d


def no_stray_punctuation(text: str, d: Draft) -> Draft | None:
    """ "Awa Diop &" -> "Awa Diop", but an initial keeps its full stop ("John F.")."""
    start, end = d.start, d.end
    while end > start and not text[end - 1].isalnum() and not _initial_at(text, start, end):
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return d.but(start=start, end=end)


def not_a_common_word(text: str, d: Draft) -> Draft | None:
    """Generic heads ("Commission"), contact-field labels, imperatives, words in lower case."""
    surface = d.surface(text)
    folded = fold(surface).strip()
    words = entity_words()
    if not surface.strip() or (folded in words.generic_heads and folded not in words.national_bodies):
        return None
    if folded.rstrip(" :") in structure_words().furniture_labels:
        return None
    if " " not in surface and fold(surface) in words.imperatives and sentence_initial(text, d.start):
        return None
    if not any(c.isupper() for c in surface):
        return None  # "veuillez" as a place
    return d


def person_not_a_title(text: str, d: Draft) -> Draft | None:
    """A "person" that opens with a title word ("Président-directeur général du groupe"), or made
    only of the words of titles and of bodies ("Directeur de [Cabinet Adjoint]"), is no one."""
    if d.label != "PER":
        return d
    words = d.surface(text).split()
    if len(words) > 1 and fold(words[0]) in ("le", "la"):
        words = words[1:]  # "Madame [la Ministre de la Santé]"
    if is_title(re.sub(r"^[lL]['’]", "", words[0])):
        return None
    heads = org_words().org_heads
    if all(is_title(w) or fold(w) in heads or fold(w) in _TITLE_WORDS for w in words):
        return None
    return d


def not_a_stoplisted_acronym(text: str, d: Draft) -> Draft | None:
    """ "COVID", "TPE-PME": tokens that are never names ("RDC" is a country: :func:`a_country_acronym`)."""
    if d.label == "LOC" and country_of(d.surface(text)):
        return d
    parts = d.parts(text)
    if all(p.upper() in org_words().acronym_stoplist or p.isdigit() for p in parts):
        return None
    return d


def unknown_acronym_is_org(text: str, d: Draft) -> Draft | None:
    """An unknown acronym is an organisation far more often than a place or a person; one
    that names a country ("RDC") stays a place."""
    surface = d.surface(text)
    if (
        d.label in ("LOC", "PER")
        and len(d.parts(text)) == 1
        and (acronym_like(surface) or dotted_acronym(surface))
        and not (d.label == "LOC" and country_of(surface))
    ):
        return d.but(label="ORG")
    return d


def not_counted_people(text: str, d: Draft) -> Draft | None:
    """ "400 000 Soudanais", "les Maliens": people, not a place."""
    words = entity_words()
    if (
        d.label in ("LOC", "ORG")
        and len(d.parts(text)) == 1
        and words.demonym.fullmatch(d.surface(text))
        and words.counted.search(text, max(0, d.start - 25), d.start)
    ):
        return None
    return d


def organisation_head_is_org(text: str, d: Draft) -> Draft | None:
    """ "Gouvernement allemand", "Banque centrale du Congo": a place with an organisation head is ORG."""
    parts = d.parts(text)
    if d.label == "LOC" and fold(parts[0]) in org_words().org_heads and len(parts) > 1:
        return d.but(label="ORG")
    return d


def not_a_portfolio(text: str, d: Draft) -> Draft | None:
    """ "ministre de la Santé et de l'Action sociale", "ministre des Finances, du Budget et du
    Secteur bancaire": a portfolio, not a body."""
    if d.label == "PER" or acronym_like(d.surface(text)):
        return d  # "ministre de l'Emploi et de l'IFAPME": an acronym names a body of its own
    if PORTFOLIO_BEFORE.search(text, max(0, d.start - 80), d.start) or in_a_portfolio(text, d.start):
        return None
    return d


def with_nationality_adjective(text: str, d: Draft) -> Draft | None:
    """ "Croix-Rouge sénégalaise", "Police nationale": an adjective after a short name completes it."""
    if d.label != "ORG":
        return d
    m = NATIONALITY_AFTER.match(text, d.end)
    word = fold(m.group(1)) if m else ""
    if m and len(d.parts(text)) <= 3 and len(word) >= 6 and word.endswith(org_words().org_adjective_suffixes):
        return d.but(end=m.end())
    return d


def appositive_person(text: str, d: Draft) -> Draft | None:
    """ "Tedros Adhanom Ghebreyesus, Directeur général de l'OMS": a name before a title is a person."""
    if d.label == "PER":
        return d
    parts = d.parts(text)
    if not 2 <= len(parts) <= 5 or not all(p[:1].isupper() for p in parts):
        return d
    orgs = org_words()
    if any(fold(p) in orgs.org_heads or fold(p) in orgs.misc_heads for p in parts):
        return d
    if any(fold(p) in _heading_words() for p in parts):
        return d  # "AU TITRE DES MESURES INDIVIDUELLES, le Président...": a heading, no name
    m = re.match(r",\s*(?:(?:le|la)\s+|l['’])?([\w-]+)", text[d.end : d.end + 40])
    return d.but(label="PER") if m and fold(m.group(1)) in people_words().titles else d


@functools.cache
def _heading_words() -> frozenset[str]:
    """French function words that are no name particle ("des", "au"; not "de", "le")."""
    return FUNCTION_WORDS - {fold(p) for p in people_words().name_particles}


def no_english_article(text: str, d: Draft) -> Draft | None:
    """ "The World Bank" -> "World Bank"."""
    m = re.match(r"(?:The|This|Our|Its|Their|An?)\s+", d.surface(text))
    return d.but(start=d.start + m.end()) if m and m.end() < d.end - d.start else d


def holds_up_abroad(text: str, d: Draft) -> Draft | None:
    """In a sentence that is not French, a span holds up when it is an acronym or two
    capitalised words or more ("African Development Bank"); a lone capitalised word is
    often just the start of the sentence."""
    words = d.surface(text).split()
    if len(words) == 1 and acronym_like(words[0]):
        return d
    if len(words) >= 2 and all(w[:1].isupper() or len(w) <= 3 for w in words) and words[-1][:1].isupper():
        return d
    return None


RULES: tuple[Rule, ...] = (
    no_line_break_or_furniture,
    not_a_motto,
    not_an_initial,
    not_a_unit,
    not_a_currency,
    no_bracket_inside,
    no_spaced_dash,
    no_glued_elision,
    no_leading_article,
    no_leading_of,
    no_leading_ordinal,
    no_honorific,
    name_after_title,
    title_names_its_body,
    no_demonstrative_tail,
    no_number_tail,
    no_period_tail,
    acronym_then_verb,
    no_trailing_junk,
    no_contact_label_tail,
    no_stray_punctuation,
    not_a_title_initial,
    national_body,
    not_a_compound_title,
    not_a_common_word,
    not_a_title_complement,
    not_a_lone_common_word,
    not_a_heading,
    not_a_date,
    not_a_collective,
    not_a_field,
    glued_place_is_cut,
    person_not_a_title,
    a_country_acronym,
    not_a_stoplisted_acronym,
    unknown_acronym_is_org,
    a_dated_programme,
    a_road,
    not_counted_people,
    a_known_place,
    a_place_not_a_body,
    a_signed_name,
    organisation_head_is_org,
    not_a_portfolio,
    with_nationality_adjective,
    appositive_person,
    legal_form_is_org,
    not_named_after,
    named_company,
    defined_short_form,
)
"""The repairs, in the order they apply."""

FOREIGN_RULES: tuple[Rule, ...] = (
    no_line_break_or_furniture,
    no_bracket_inside,
    no_stray_punctuation,
    no_english_article,
    not_a_date,
    not_a_stoplisted_acronym,
    holds_up_abroad,
    unknown_acronym_is_org,
)
"""The repairs of a span in a sentence that is not French: no French word rule, and only
spans that hold up on their own ("African Development Bank", "UNICEF") are kept."""


Steps = list[tuple[str, "Draft | None"]]


def _run(text: str, draft: Draft, rules: tuple[Rule, ...]) -> tuple[Draft | None, Steps]:
    """The span after ``rules``, and each rule that changed it with what it made."""
    steps: Steps = []
    current = draft
    for rule in rules:
        after = rule(text, current)
        if after is current:
            continue
        if after != current:
            steps.append((rule.__name__, after))
        if after is None:
            return None, steps
        current = after
    return current, steps


def clean_model_span(
    text: str, start: int, end: int, label: Label, *, french: bool = True
) -> Candidate | None:
    """Repair one span of the statistical NER, or drop it (None).

    ``french=False`` for a span in a sentence that is not French (:data:`FOREIGN_RULES`).
    The candidate's ``reason`` names the rules that changed the span, in order.
    """
    draft, steps = _run(text, Draft(start, end, label), RULES if french else FOREIGN_RULES)
    if draft is None:
        return None
    reason = "+".join(name for name, _ in steps) or None
    return Candidate(
        draft.start, draft.end, relabel_misc(draft.surface(text), draft.label), "model", reason=reason
    )


def explain(
    text: str, start: int, end: int, label: Label, *, french: bool = True
) -> list[tuple[str, str, str]]:
    """What each rule did to a model span: ``(rule, surface, label)`` after every rule that changed it."""
    _, steps = _run(text, Draft(start, end, label), RULES if french else FOREIGN_RULES)
    return [
        (name, after.surface(text) if after else "(dropped)", after.label if after else "")
        for name, after in steps
    ]
