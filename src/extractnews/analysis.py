"""Document-level assembly: from text + statistical NER spans to one Extraction.

:func:`analyse` is the single place where the capabilities meet, in order:
knowledge-base matching, entity repair, acronym definitions, entity
reconciliation, acronym resolution, organisations, people, dates, money,
press-release structure. It works on the clean text (see :mod:`.text`); the
caller maps offsets back to its own string with :func:`map_offsets`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from . import acronyms as acr
from .dates import find_dates
from .entities import (
    Candidate,
    clean_model_span,
    honorific_people,
    is_furniture,
    kb_candidates,
    reconcile,
    relabel_misc,
    to_entities,
)
from .intervals import Intervals
from .kb import MISC_TYPES, KnowledgeBase
from .money import find_money
from .people import find_people
from .records import Acronym, Entity, Extraction, Organization, Span
from .structure import find_dateline, find_publication, find_sections, find_symbols
from .text import fold_key


@dataclass(frozen=True)
class Settings:
    """Options of the analysis, shared by the Extractor and the spaCy component."""

    default_dollar: str = "USD"
    use_dateline: bool = True


def _organizations(
    entities: Sequence[Entity],
    acronyms: Sequence[Acronym],
    kb: KnowledgeBase,
    definitions: Sequence[acr.Definition],
) -> list[Organization]:
    groups: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    long_to_short = {fold_key(d.long): d.short for d in definitions}
    short_to_group: dict[str, str] = {}
    for a in acronyms:
        key = a.org_id or f"text:{a.short}"
        short_to_group[a.short] = key
        groups.setdefault(key, []).append(Span(text=a.text, start=a.start, end=a.end))
        if a.long_fr:
            names.setdefault(key, a.long_fr)
    seen: dict[str, set[int]] = {}
    for e in entities:
        if e.label != "ORG":
            continue
        if e.kb_id:
            key = e.kb_id
        elif e.text in short_to_group:
            key = short_to_group[e.text]
        elif fold_key(e.text) in long_to_short and long_to_short[fold_key(e.text)] in short_to_group:
            key = short_to_group[long_to_short[fold_key(e.text)]]
        else:
            ids = kb.by_name(e.text)
            key = ids[0] if len(ids) == 1 else f"name:{fold_key(e.text)}"
        names.setdefault(key, e.text)
        spans = groups.setdefault(key, [])
        if key not in seen:
            seen[key] = {s.start for s in spans}
        starts = seen[key]
        if e.start not in starts:
            starts.add(e.start)
            spans.append(Span(text=e.text, start=e.start, end=e.end))
    out = []
    for key, spans in groups.items():
        spans.sort(key=lambda s: s.start)
        org = kb.orgs.get(key)
        if org is not None:  # the official names; the text's own wording is in the mentions
            record = Organization(
                id=org.id,
                name_fr=org.name_fr,
                name_en=org.name_en,
                acronyms_fr=org.acronyms_fr,
                acronyms_en=org.acronyms_en,
                mentions=tuple(spans),
            )
        else:
            shorts = tuple(dict.fromkeys(a.short for a in acronyms if f"text:{a.short}" == key))
            record = Organization(id=None, name_fr=names.get(key), acronyms_fr=shorts, mentions=tuple(spans))
        out.append(record)
    out.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    return out


def analyse(
    text: str,
    model_spans: Iterable[tuple[int, int, str]],
    kb: KnowledgeBase,
    reference_date: dt.date | None = None,
    settings: Settings = Settings(),
) -> Extraction:
    """Everything extractnews finds in ``text``, offsets into ``text``."""
    # the structure first: the dateline may give the reference date for the dates
    dateline = find_dateline(text) if settings.use_dateline else None
    source = "caller" if reference_date else "none"
    if reference_date is None and dateline is not None and dateline.date and len(dateline.date) == 10:
        reference_date, source = dt.date.fromisoformat(dateline.date), "dateline"
    sections = find_sections(text)
    symbols = find_symbols(text)
    dates = find_dates(text, reference_date)
    money = find_money(text, default_dollar=settings.default_dollar)

    found = kb.find(text)
    model = [c for s, e, label in model_spans if (c := clean_model_span(text, s, e, label))]
    found_cands = kb_candidates(found, text, kb)
    definitions = acr.find_definitions(text, kb, found, found_cands + model)
    hits = acr.supported_hits(text, kb, found, definitions)
    supported = {(h.start, h.end) for h in hits}
    publication = find_publication(text, kb.is_place)
    if publication and dateline is not None and dateline.agency is None:
        dateline = dateline.model_copy(update={"agency": text[publication[0] : publication[1]]})
    cands: list[Candidate] = [
        *([Candidate(*publication, "ORG", "rule")] if publication else []),
        *model,
        *(c for c in found_cands if (c.start, c.end) in supported),
        *honorific_people(text),
        *acr.definition_candidates(text, definitions, kb),
    ]
    # "francs CFA", "d'USD", "SOC/CP/314": words inside an amount or a document symbol are
    # neither entities nor acronyms; nor are "9 OCTOBRE 2023" or a surname written in capitals
    taken = Intervals((m.start, m.end) for m in [*money, *symbols])
    entities = to_entities(text, [c for c in reconcile(text, cands) if not taken.overlaps(c.start, c.end)])
    not_acronyms = Intervals(
        [(m.start, m.end) for m in [*money, *symbols, *dates]]
        + [(e.start, e.end) for e in entities if e.label == "PER"]
    )
    mentions = [
        m
        for m in acr.find_acronym_mentions(text, kb, hits, definitions)
        if not not_acronyms.overlaps(m[0], m[1]) and not is_furniture(text, m[0], m[1])
    ]
    acronyms = acr.resolve(text, kb, hits, definitions, mentions)
    entities = _add_acronym_entities(entities, acronyms, kb)
    organizations = _organizations(entities, acronyms, kb, definitions)
    people = find_people(text, entities, kb)

    boilerplate = Intervals((s.start, s.end) for s in sections)
    return Extraction(
        text_length=len(text),
        reference_date=reference_date,
        reference_source=source,
        entities=tuple(_flag(entities, boilerplate)),
        dates=tuple(_flag(dates, boilerplate)),
        money=tuple(_flag(money, boilerplate)),
        acronyms=tuple(_flag(acronyms, boilerplate)),
        organizations=tuple(_in_body(organizations, boilerplate)),
        people=tuple(_in_body(people, boilerplate)),
        dateline=dateline,
        symbols=tuple(symbols),
        sections=tuple(sections),
    )


def _add_acronym_entities(
    entities: list[Entity], acronyms: Sequence[Acronym], kb: KnowledgeBase
) -> list[Entity]:
    """Every resolved or defined acronym is an entity of its own.

    Its label is that of what it names: ORG, or MISC for a programme or a goal
    ("PIDA", "ODD"). A model span on exactly the acronym takes that label; an
    acronym inside a longer name ("Alliance GAVI") stays part of that name.
    """
    linked = {fold_key(a.long_fr): a.org_id for a in acronyms if a.long_fr and a.org_id}
    out = [
        e.model_copy(update={"kb_id": linked[fold_key(e.text)]})
        if e.label == "ORG" and e.kb_id is None and fold_key(e.text) in linked
        else e
        for e in entities
    ]
    at = {(e.start, e.end): i for i, e in enumerate(out)}
    covered = Intervals((e.start, e.end) for e in entities)
    for a in acronyms:
        if a.origin is None:
            continue
        org = kb.orgs.get(a.org_id) if a.org_id else None
        label = (
            ("MISC" if org.type in MISC_TYPES else "ORG")
            if org is not None
            else relabel_misc(a.long_fr or "", "ORG")
        )
        origin = "definition" if a.origin == "text" else "kb"
        i = at.get((a.start, a.end))
        if i is not None:
            if out[i].origin == "model":
                out[i] = out[i].model_copy(update={"label": label, "origin": origin, "kb_id": a.org_id})
            continue
        if covered.overlaps(a.start, a.end):
            continue
        out.append(Entity(text=a.text, start=a.start, end=a.end, label=label, origin=origin, kb_id=a.org_id))
    out.sort(key=lambda e: e.start)
    return out


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
