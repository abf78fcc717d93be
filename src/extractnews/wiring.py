"""One path from a prepared text and the model's spans to the Extraction the caller gets.

Both the :class:`~extractnews.Extractor` and the spaCy component call
:func:`finish`, so that HTML handling, the offset map back to the caller's
string and the warnings live in one place and both give the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .analysis import Settings, analyse
from .errors import Warnings
from .extraction import Extraction
from .intervals import Intervals
from .kb import KnowledgeBase
from .records import Section
from .text import Prepared, map_offsets, replace_surrogates
from .text.french import is_french

Spans = list[tuple[int, int, str]]
"""Entity spans ``(start, end, label)``, offsets into a text."""


def spans_to_prepared(prepared: Prepared, spans: Iterable[tuple[int, int, str]]) -> Spans:
    """Spans found on the caller's string, as offsets into the prepared text.

    A span that lies wholly in what the clean-up removed (markup) is dropped.
    """
    out = []
    for start, end, label in spans:
        s, e = prepared.from_source(start, end)
        if s < e:
            out.append((s, e, label))
    return out


def warnings_for(prepared: Prepared, pieces: int = 1, chunk_size: int = 0) -> list[str]:
    """What the caller should know about the input itself."""
    out = []
    if not prepared.text.strip():
        out.append(Warnings.EMPTY)
    if prepared.is_html:
        out.append(Warnings.HTML)
    if prepared.surrogates:
        out.append(Warnings.SURROGATES.format(n=prepared.surrogates))
    if pieces > 1:
        out.append(Warnings.CHUNKED.format(size=chunk_size, n=pieces))
    if not is_french(prepared.text):
        out.append(Warnings.NOT_FRENCH)
    return out


def without_markup(result: Extraction, prepared: Prepared) -> Extraction:
    """The record less every mention whose slice of the caller's string holds markup.

    A mention found in the visible text may straddle a tag of the source
    (``Accueil</a> | <a href="/">Presse``); none may reach the caller. The
    people and organisations lose those mentions, and go when none is left.
    """
    if not prepared.markup:
        return result
    markup = Intervals(prepared.markup)

    def keep(mentions: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(m for m in mentions if not markup.overlaps(m.start, m.end))

    def records(items: tuple[Any, ...]) -> tuple[Any, ...]:
        kept = ((r, r.model_copy(update={"mentions": keep(r.mentions)})) for r in items)
        return tuple(new for old, new in kept if new.mentions or not old.mentions)

    dateline = result.dateline
    mentions = ("entities", "dates", "money", "acronyms", "symbols")
    return result.model_copy(
        update={
            **{name: keep(getattr(result, name)) for name in mentions},
            "organizations": records(result.organizations),
            "people": records(result.people),
            "dateline": None if dateline is None or not keep((dateline,)) else dateline,
        }
    )


def finish(
    prepared: Prepared,
    spans: Iterable[tuple[int, int, str]],
    kb: KnowledgeBase,
    reference_date: dt.date | None,
    settings: Settings,
    *,
    doc_id: str | None = None,
    pieces: int = 1,
    chunk_size: int = 0,
) -> Extraction:
    """Analyse the prepared text with the model's spans (offsets into ``prepared.text``),
    then map every offset back to ``prepared.source`` and add the input's warnings."""
    furniture = [Section(kind=kind, start=s, end=e) for kind, s, e in prepared.furniture]
    analysed = analyse(prepared.text, spans, kb, reference_date, settings, furniture)
    result = without_markup(map_offsets(analysed, prepared), prepared)
    warnings = (*result.warnings, *warnings_for(prepared, pieces, chunk_size))
    doc_id = None if doc_id is None else replace_surrogates(doc_id)  # model_copy does not validate
    return result.model_copy(update={"id": doc_id, "warnings": warnings}).with_source(prepared.source)
