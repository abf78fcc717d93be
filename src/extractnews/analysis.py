"""Document-level assembly: the rooms in order, from text + model spans to one Extraction.

:func:`analyse` only orders the rooms; each step is a room's function:

1. structure: the dateline (which may give the reference date), sections, symbols;
2. calendar: dates and money (their spans are neither entities nor acronyms);
3. names: knowledge-base hits, the model's spans repaired, acronym definitions,
   entity candidates reconciled into one set of entities;
4. acronyms: mentions resolved (text first, then the knowledge base), made entities;
5. organisations and people: document-level records;
6. boilerplate flags on everything inside a contact block, credit or navigation line, or
   an HTML page's furniture (navigation, header, footer, aside: found by the text layer).

It works on the clean text (see :mod:`.text`); :mod:`.wiring` maps the
offsets back to the caller's string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .candidate import Candidate
from .dates import find_dates, reference_in_range
from .dates.patterns import YEAR_MAX, YEAR_MIN
from .entities import (
    capitalised_surname_people,
    contact_people,
    dateline_places,
    grow,
    honorific_people,
    joined_people,
    kb_candidates,
    later_surnames,
    married_names,
    model_candidates,
    reconcile,
    surnames_are_people,
    titled_surnames,
    to_entities,
)
from .errors import Warnings
from .extraction import Extraction
from .intervals import Intervals
from .kb import Hit, KnowledgeBase
from .money import currency_letters, currency_notes, find_money
from .orgs.definitions import Definition, definition_candidates, find_definitions
from .orgs.mentions import find_acronym_mentions, supported_hits
from .orgs.organizations import add_acronym_entities, organizations
from .orgs.resolve import resolve
from .people import find_people
from .people.lexicon import people_words
from .places import CountryGuess, document_country
from .records import Acronym, Dateline, DateMention, DocumentSymbol, Entity, Money, Organization, Section
from .structure import find_dateline, find_publication, find_sections, find_symbols, is_furniture
from .structure.publication import Publication


@dataclass(frozen=True)
class Settings:
    """Options of the analysis, shared by the Extractor and the spaCy component."""

    default_dollar: str = "USD"
    use_dateline: bool = True


@dataclass(frozen=True)
class _Structure:
    dateline: Dateline | None
    reference_date: dt.date | None
    reference_source: str
    sections: list[Section]
    symbols: list[DocumentSymbol]
    publication: Publication | None
    hits: list[Hit]
    """Knowledge-base hits, homonyms resolved by the document's country."""
    country: CountryGuess | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Names:
    entities: list[Entity]
    hits: list[Hit]
    definitions: list[Definition]
    dateline: Dateline | None
    currency: Intervals
    """Where the text writes the currency letters of its amounts, outside definitions."""


def _structure(
    text: str,
    kb: KnowledgeBase,
    reference_date: dt.date | None,
    settings: Settings,
    furniture: Sequence[Section] = (),
) -> _Structure:
    """The dateline first: its full date is the reference when the caller gives none. Then the
    document's country, from the dateline, the publisher line and what the knowledge base finds.
    A reference date out of range is a placeholder: ignored, with a warning."""
    warnings: tuple[str, ...] = ()
    if reference_date is not None and not reference_in_range(reference_date):
        warning = Warnings.REFERENCE_OUT_OF_RANGE.format(date=reference_date, low=YEAR_MIN, high=YEAR_MAX)
        warnings, reference_date = (warning,), None
    dateline = find_dateline(text) if settings.use_dateline else None
    source = "caller" if reference_date else "none"
    if reference_date is None and dateline is not None and dateline.date and len(dateline.date) == 10:
        reference_date, source = dt.date.fromisoformat(dateline.date), "dateline"
    publication = find_publication(text, kb.is_place)
    hits = kb.find(text)
    country = document_country(
        text,
        hits,
        kb,
        dateline_places=dateline.places if dateline else (),
        publisher_place=publication.place if publication else None,
    )
    if country is not None:
        hits = [kb.choose(h, country.code, country.continent) for h in hits]
    # a line of a page's furniture ("Contact" in a menu) opens no contact block
    page = Intervals((f.start, f.end) for f in furniture)
    found = [s for s in find_sections(text) if not page.overlaps(s.start, s.start + 1)]
    sections = sorted([*found, *furniture], key=lambda s: (s.start, s.end))
    symbols = find_symbols(text)
    return _Structure(
        dateline, reference_date, source, sections, symbols, publication, hits, country, warnings
    )


def _names(
    text: str,
    model_spans: Iterable[tuple[int, int, str]],
    kb: KnowledgeBase,
    structure: _Structure,
    taken: Intervals,
    currency_spans: Sequence[tuple[int, int]],
) -> _Names:
    """Entities from the model, the knowledge base, the rules and the in-text definitions;
    none where ``taken`` (amounts, symbols) nor where the amounts' currency letters are written,
    unless the text defines them as a body's acronym."""
    found = structure.hits
    model = model_candidates(text, model_spans)
    found_cands = kb_candidates(found, text, kb)
    definitions = find_definitions(text, kb, found, found_cands + model)
    hits = supported_hits(text, kb, found, definitions)
    supported = {(h.start, h.end) for h in hits}
    dateline, publication = structure.dateline, structure.publication
    if publication and dateline is not None and dateline.agency is None:
        dateline = dateline.model_copy(update={"agency": text[publication.start : publication.end]})
    cands: list[Candidate] = [
        *([Candidate(publication.start, publication.end, "ORG", "rule")] if publication else []),
        *model,
        *(c for c in found_cands if (c.start, c.end) in supported),
        *honorific_people(text),
        *capitalised_surname_people(text, kb),
        *titled_surnames(text, kb),
        *contact_people(text, kb),
        *joined_people(text, model),
        *definition_candidates(text, definitions, kb),
    ]
    cands += married_names(text, cands, kb)
    if structure.dateline is not None:
        line = structure.dateline
        cands = dateline_places(text, cands, line.start, line.end, line.places)
    currency = Intervals(_currency_not_named(text, kb, currency_spans, definitions, found))
    chosen = [
        c
        for c in reconcile(text, grow(text, cands, kb))
        if not taken.overlaps(c.start, c.end) and not currency.overlaps(c.start, c.end)
    ]
    chosen = later_surnames(text, surnames_are_people(text, chosen), kb)
    return _Names(to_entities(text, chosen), hits, definitions, dateline, currency)


def _currency_not_named(
    text: str,
    kb: KnowledgeBase,
    letters: Sequence[tuple[int, int]],
    definitions: Sequence[Definition],
    hits: Sequence[Hit],
) -> list[tuple[int, int]]:
    """The currency letters that stay a currency: not defined as a body's acronym, nor the
    acronym of a body the text names in full ("120 millions d'UA" beside "l'Union africaine ...
    l'UA")."""
    defined = {d.short for d in definitions}
    named = {k for h in hits if h.kind == "name" for k in (h.keys or (h.key,))}
    return [
        (a, b)
        for a, b in letters
        if text[a:b] not in defined and not named.intersection(kb.by_acronym(text[a:b]))
    ]


def _acronyms(
    text: str,
    kb: KnowledgeBase,
    names: _Names,
    calendar: Sequence[DateMention | Money | DocumentSymbol],
    country: CountryGuess | None,
) -> list[Acronym]:
    """Acronyms outside amounts, symbols, dates, people's names and page furniture, resolved."""
    amounts = [m for m in calendar if isinstance(m, Money)]
    not_here = Intervals(
        [(m.start, m.end) for m in calendar]
        + currency_notes(text, amounts)
        + [(e.start, e.end) for e in names.entities if e.label == "PER"]
    )
    mentions = [
        m
        for m in find_acronym_mentions(
            text, kb, names.hits, names.definitions, country.code if country else None
        )
        if not not_here.overlaps(m[0], m[1])
        and not is_furniture(text, m[0], m[1])
        and not _honorific_at(text, m[0], m[1])
        and not names.currency.overlaps(m[0], m[1])
    ]
    return resolve(text, kb, names.hits, names.definitions, mentions, country)


def _honorific_at(text: str, start: int, end: int) -> bool:
    """ "S.A.R. le Prince", "S.M. le Roi": the letters are a form of address, not a body's acronym."""
    m = people_words().honorific_re.match(text, start)
    return m is not None and m.end() >= end


def analyse(
    text: str,
    model_spans: Iterable[tuple[int, int, str]],
    kb: KnowledgeBase,
    reference_date: dt.date | None = None,
    settings: Settings = Settings(),
    furniture: Sequence[Section] = (),
) -> Extraction:
    """Everything extractnews finds in ``text``, offsets into ``text``; ``furniture`` are
    sections the text layer found (an HTML page's navigation, header, footer, scripts)."""
    structure = _structure(text, kb, reference_date, settings, furniture)
    dates = find_dates(text, structure.reference_date)
    country = structure.country.code if structure.country else None
    money = find_money(text, default_dollar=settings.default_dollar, country=country)
    # "francs CFA", "d'USD", "SOC/CP/314", "(MRU)" after an amount: words inside an amount, a
    # document symbol or a currency's note are neither entities nor acronyms
    spans = [(m.start, m.end) for m in [*money, *structure.symbols]]
    taken = Intervals([*spans, *currency_notes(text, money)])
    names = _names(text, model_spans, kb, structure, taken, currency_letters(text, money))
    acronyms = _acronyms(text, kb, names, [*money, *structure.symbols, *dates], structure.country)
    entities = add_acronym_entities(names.entities, acronyms, kb)
    boilerplate = Intervals((s.start, s.end) for s in structure.sections)
    return Extraction(
        text_length=len(text),
        reference_date=structure.reference_date,
        reference_source=structure.reference_source,
        country=structure.country.code if structure.country else None,
        country_source=structure.country.source if structure.country else None,
        entities=tuple(_flag(entities, boilerplate)),
        dates=tuple(_flag(dates, boilerplate)),
        money=tuple(_flag(money, boilerplate)),
        acronyms=tuple(_flag(acronyms, boilerplate)),
        organizations=tuple(_in_body(_organizations(entities, acronyms, kb, names, structure), boilerplate)),
        people=tuple(_in_body(find_people(text, entities, kb), boilerplate)),
        dateline=names.dateline,
        symbols=tuple(structure.symbols),
        sections=tuple(structure.sections),
        warnings=structure.warnings,
    )


def _organizations(
    entities: Sequence[Entity],
    acronyms: Sequence[Acronym],
    kb: KnowledgeBase,
    names: _Names,
    structure: _Structure,
) -> list[Organization]:
    country = structure.country.code if structure.country else None
    return organizations(entities, acronyms, kb, names.definitions, country)


M = TypeVar("M", bound=Any)


def _flag(mentions: Iterable[M], boilerplate: Intervals) -> list[M]:
    return [
        m.model_copy(update={"boilerplate": True}) if boilerplate.contains(m.start, m.end) else m
        for m in mentions
    ]


def _in_body(records: Iterable[M], boilerplate: Intervals) -> list[M]:
    return [
        r
        if any(not boilerplate.contains(s.start, s.end) for s in r.mentions)
        else r.model_copy(update={"in_body": False})
        for r in records
    ]
