"""Label repairs on one model span: bodies, titles, units and places the model mislabels.

Each is a repair rule (``rule(text, draft) -> draft | None``, see :mod:`.repair`)
placed in :data:`~extractnews.entities.repair.RULES`; their words are data
(``models/entities_fr.json``, :mod:`.lexicon`).
"""

from __future__ import annotations

import re

from ..kb import place_person_names
from ..money.parse import currency_key
from ..orgs.lexicon import org_words
from ..people.lexicon import is_title, people_words
from ..places import country_of, is_country
from ..text.french import acronym_like, fold
from .chains import is_adjective
from .draft import Draft
from .lexicon import entity_words


def national_body(text: str, d: Draft) -> Draft | None:
    """ "le Trésor", "le Trésor public", "la Confédération": a capitalised word that names a
    state's body is an organisation, whatever the model said."""
    surface = d.surface(text)
    bodies = entity_words().national_bodies
    if not surface[:1].isupper() or fold(surface) not in bodies:
        return d
    more = _NEXT_WORD.match(text, d.end)  # "Trésor| public"
    end = more.end() if more and fold(surface + " " + more.group(1)) in bodies else d.end
    return Draft(d.start, end, "ORG")


_NEXT_WORD = re.compile(r"[^\S\n]+([\w-]+)")


def not_a_compound_title(text: str, d: Draft) -> Draft | None:
    """ "Ministre-Présidente", "Président-directeur général": titles all the way, no one and no
    body; "(Directeur de) Cabinet Adjoint" as a person: a body's noun and a title word."""
    words = [w for w in re.split(r"[\s-]+", d.surface(text)) if w]
    particles = people_words().role_particles
    if len(words) >= 2 and is_title(words[0]) and all(is_title(w) or fold(w) in particles for w in words):
        return None
    heads = org_words().org_heads
    if (
        d.label == "PER"
        and len(words) >= 2
        and fold(words[0]) in heads
        and all(fold(w) in heads or is_title(w) or fold(w) in particles for w in words[1:])
    ):
        return None
    return d


_MOTTO = re.compile(r"\W*[\w'’]+(?:\s[\w'’]+){0,2}(?:\s+[–—-]\s+[\w'’]+(?:\s[\w'’]+){0,2}){2}\W*")


def not_a_motto(text: str, d: Draft) -> Draft | None:
    """ "Fraternité – Justice – Travail", "Un Peuple – Un But – Une Foi": the three words of a
    national motto on a line of their own are no names."""
    line = _short_line(text, d.start, d.end)
    return None if line is not None and _MOTTO.fullmatch(line) else d


def _short_line(text: str, start: int, end: int, longest: int = 120) -> str | None:
    """The line holding ``[start, end)`` when it is no longer than ``longest`` (a motto, a
    sign-off), else None: a long line is read no further."""
    lo = text.rfind("\n", max(0, start - longest), start) + 1
    hi = text.find("\n", end, end + longest)
    hi = len(text) if hi < 0 and len(text) - end <= longest else hi
    if (lo == 0 and start > longest) or hi < 0 or hi - lo > longest or "\n" in text[start:end]:
        return None
    return text[lo:hi]


def named_company(text: str, d: Draft) -> Draft | None:
    """ "le groupe japonais Kanto Denka", "l'entreprise Solaris": a name right after a noun of
    company (and its adjectives) is that company."""
    if d.label not in ("PER", "LOC"):
        return d
    words = _WORDS_BEFORE.findall(text, max(0, d.start - 50), d.start)
    if not words or text[d.start - 1 : d.start] not in (" ", "\u00a0"):
        return d
    while len(words) > 1 and is_adjective(words[-1]):
        words.pop()  # "japonais"
    return d.but(label="ORG") if fold(words[-1]) in entity_words().company_nouns else d


_WORDS_BEFORE = re.compile(r"[\w-]+")


def a_country_acronym(text: str, d: Draft) -> Draft | None:
    """ "RDC": a stop-listed acronym that names a country is that country."""
    surface = d.surface(text)
    if surface.isupper() and surface in org_words().acronym_stoplist and country_of(surface):
        return d.but(label="LOC")
    return d


_NUMBER_BEFORE = re.compile(r"\d[\s\u00a0\u202f]*$")
_NUMBER_AFTER = re.compile(r"\.?[\s\u00a0\u202f]*\d")
_UNIT = re.compile(r"[A-Za-z]{1,4}\.?")


def not_a_unit(text: str, d: Draft) -> Draft | None:
    """ "7 700 MD", "Rs 4,2 milliards", "Fr. 450 000": a short word written against a number is
    a unit or a currency, no name."""
    if not _UNIT.fullmatch(d.surface(text)):
        return d
    before = _NUMBER_BEFORE.search(text, max(0, d.start - 3), d.start)
    if before is not None or _NUMBER_AFTER.match(text, d.end):
        return None
    return d


_SIGN_OFF = re.compile(r"[A-Z]{2,6}(?:/[A-Z]{2,6})+")


def not_an_initial(text: str, d: Draft) -> Draft | None:
    """ "ACP/KGM/LNT": on an agency's sign-off line, what follows the agency is the initials of
    its journalists."""
    line = _short_line(text, d.start, d.end)
    if line is not None and _SIGN_OFF.fullmatch(line.strip()) and text[d.start - 1 : d.start] == "/":
        return None
    return d


_PLACE_BEFORE = re.compile(r"(?:\b[àÀ]|\bau|\ben|\bvers|\bdepuis|\bjusqu['’]à)\s+$")
#: The word right before a span, and "de"/"d'"/"du" after it: "quartier de ", "île ".
_NOUN_BEFORE = re.compile(r"([\w-]+)[^\S\n]+(?:(?:de|du|des)[^\S\n]+|d['’])?$")


def a_known_place(text: str, d: Draft) -> Draft | None:
    """ "à Hinche", "une visite à Hassi Messaoud", "ont touché Gatumba": a "person" that the
    places room knows as a town is that town, after a preposition of place, when the name has
    two words and more, or when the word is no first name and no title stands before it; after
    a noun of a division or a natural place ("le quartier de Nyamirambo", "l'île Praslin") any
    name is a place."""
    if d.label != "PER" or people_words().honorific_re.search(text, max(0, d.start - 8), d.start):
        return d
    surface = d.surface(text)
    before = _NOUN_BEFORE.search(text, max(0, d.start - 30), d.start)
    noun = before.group(1) if before else ""
    words = entity_words()
    if fold(noun) in words.division_heads or fold(noun) in words.natural_heads:
        return d.but(label="LOC")
    if country_of(surface) is None:
        return d
    if " " in surface or _PLACE_BEFORE.search(text, max(0, d.start - 10), d.start):
        return d.but(label="LOC")
    if surface not in place_person_names() and not is_title(noun) and not noun[:1].isupper():
        return d.but(label="LOC")  # "Gatumba et Mutimbuzi", not "le Président Bamba"
    return d


def a_place_not_a_body(text: str, d: Draft) -> Draft | None:
    """ "les provinces du Kasaï-Central", "la ville de Zinder": a region or a town the places
    room knows, with no organisation word in it, is a place even where the model read an
    organisation. A country's name is left as read ("la Confédération" acts as a government)."""
    if d.label != "ORG":
        return d
    surface = d.surface(text)
    if acronym_like(surface) or country_of(surface) is None or is_country(surface):
        return d
    words = {fold(w) for w in re.findall(r"[\w'’]+", surface)}
    return d if words & org_words().org_heads else d.but(label="LOC")


#: An amount right before a position: "45 millions de ", "1 500 ".
_AMOUNT_BEFORE = re.compile(
    r"\d[\s\u00a0\u202f]?(?:[\d.,][\s\u00a0\u202f]?){0,20}(?:[^\W\d_]{3,12}[\s\u00a0\u202f])?"
    r"(?:de[\s\u00a0\u202f]|d['’])?$"
)


def not_a_currency(text: str, d: Draft) -> Draft | None:
    """ "45 millions de Frw", "1 500 Rwf": a "person" after an amount that the money room reads as
    a currency's code or abbreviation, in any case, is that currency."""
    surface = d.surface(text)
    if d.label != "PER" or " " in surface or currency_key(surface)[1] != "code":
        return d
    return None if _AMOUNT_BEFORE.search(text, max(0, d.start - 40), d.start) else d


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
_SIGNATURE_AFTER = re.compile(r"[^\S\n]*(?:\n|$|,(?![^\S\n]*(?:le\b|\d|du\b|[a-zà-ÿ]+di\b)))")


def a_signed_name(text: str, d: Draft) -> Draft | None:
    """ "Awa Diop Ndiaye, PAM/Dakar, +221 ...", a byline "Jean Altidor" alone on its line: two or
    three capitalised words opening a line, none a known place nor a noun of a body or a place,
    are a person's name, not a place."""
    if d.label != "LOC" or text[d.start - 1 : d.start] not in ("", "\n"):
        return d
    words = d.surface(text).split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return d
    if not _SIGNATURE_AFTER.match(text, d.end):
        return d  # "Grand Popo, le 3 mai": a dateline's town
    nouns = org_words().org_heads | entity_words().place_heads | entity_words().natural_heads
    if country_of(d.surface(text)) or any(country_of(w) or fold(w) in nouns for w in words):
        return d
    return d.but(label="PER")


#: After a title's initials: "de", or a comma and an honorific ("le GM, M. Ndong").
_TITLE_CONTEXT_AFTER = re.compile(
    r"[^\S\n]*(?:(?:de|du|des)[^\S\n]|d['’]|,[^\S\n]*(?:M\.|Mme|Mlle|Dr|Me)[^\S\n])"
)
#: Before them: a name and its comma, or an article or a possessive ("son DG,").
_TITLE_CONTEXT_BEFORE = re.compile(
    r"[\w.]+,[^\S\n]*$|(?:\b(?:le|la|son|sa|leur|notre|votre|nouveau|nouvelle|ex|ancien|ancienne)[^\S\n]+)$",
    re.I,
)


def title_initial(text: str, start: int, end: int) -> bool:
    """ "PDG de la Sonabel", "M. Okou, PDG,", "le GM, M. Ndong": initials of a job title in a title's
    place (before "de" or a name, after a name and its comma), not an organisation."""
    if text[start:end] not in entity_words().title_initials:
        return False
    if _TITLE_CONTEXT_AFTER.match(text, end):
        return True
    before = _TITLE_CONTEXT_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and text[end : end + 1] in ",;)"


def not_a_title_initial(text: str, d: Draft) -> Draft | None:
    """ "PDG de la Sonabel", "SG du ministère": a title's initials (and the lower-case body after
    them) are no organisation; a named body after them still is ("DG de l'ARTP": the ARTP)."""
    first = re.match(r"[A-Z]{2,4}(?![\w-])", text[d.start : d.end])
    if first is None or not title_initial(text, d.start, d.start + first.end()):
        return d
    rest = text[d.start + first.end() : d.end]
    m = re.match(r"[^\S\n]*(?:de[^\S\n]+la|de[^\S\n]+l['’]|du|des|de|d['’])[^\S\n]*", rest)
    if m is None or not rest[m.end() : m.end() + 1].isupper():
        return None
    return Draft(d.start + first.end() + m.end(), d.end, "ORG")


#: The years a plan covers right after its acronym: " 2025-2029", " 2021/2025", "-2030" (glued).
_YEARS_AFTER = re.compile(
    r"(?:[^\S\n]{1,3}(?:19|20)[0-9]{2}[^\S\n]{0,2}[-–/][^\S\n]{0,2}(?:19|20)?[0-9]{2}|[-–](?:19|20)[0-9]{2})(?![\w])"
)


def dated_programme(text: str, start: int, end: int) -> bool:
    """ "PND 2025-2029", "PAG 2021-2026", "SNDI-2030": an acronym with the span of years it covers
    (or a year glued by a dash) names a plan or a programme; a single year after a space does
    not ("BOAD 2024")."""
    return acronym_like(text[start:end]) and _YEARS_AFTER.match(text, end) is not None


def a_dated_programme(text: str, d: Draft) -> Draft | None:
    """An acronym followed by the years it covers is a programme: MISC."""
    if d.label == "ORG" and dated_programme(text, d.start, d.end):
        return d.but(label="MISC")
    return d


def a_road(text: str, d: Draft) -> Draft | None:
    """ "la Transgabonaise", "Nationale 1", "RN2": a road or a railway is a place."""
    if d.label in ("ORG", "MISC", "PER") and entity_words().road.fullmatch(text, d.start, d.end):
        return d.but(label="LOC")
    return d
