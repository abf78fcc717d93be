"""Second pass over the settled candidates: what only neighbouring dates decide.

- two dates joined by "au", "à", "et" (after "entre") or a dash make one span:
  "du 01/10/2018 au 07/10/2018", "12 janvier 2016 - 22/01/2016";
- a date without a year takes the year written right after it: "entre janvier et
  février en 2017", "du 18 novembre au 19 décembre en 2015";
- coordinated dates share the last one's year: "fin juin et fin décembre 2009";
- "mardi suivant", "le mois suivant" count from the last full date written before them
  in the paragraph (else from the reference date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from extractnews.dates import normalize as nz
from extractnews.dates import patterns as pt
from extractnews.dates.fields import Cand, Fields, relative_fields, single, span

Future = Callable[[int, int], bool | None]
#: Units of an anchored expression, by the index stored in :attr:`Cand.anchored`.
UNITS = ("day", "week", "month", "year")
_WORD_LEADS = frozenset({"du", "de", "d'", "depuis", "depuis le", "entre", "entre le", "a partir du"})


def _plain(c: Cand) -> bool:
    """A single written date (not relative, not already a span)."""
    return c.first is not None and c.last is None and c.anchored is None and not c.fields.get("relative")


def _same_precision(a: Fields, b: Fields) -> bool:
    return (a[1] is None) == (b[1] is None) and (a[2] is None) == (b[2] is None)


def _lead(text: str, c: Cand) -> str | None:
    m = pt.SPAN_LEAD.search(text, max(0, c.start - 20), c.start)
    return pt.fold(" ".join(m.group("lead").split())) if m else None


def _join(text: str, a: Cand, b: Cand, reference: dt.date | None, future: Future) -> Cand | None:
    if not (_plain(a) and _plain(b)) or a.first is None or b.first is None:
        return None
    if not _same_precision(a.first, b.first):
        return None
    between = pt.SPAN_JOIN.match(text, a.end, b.start)
    if between is None or between.end() != b.start:
        return None
    lead = _lead(text, a)
    conn = pt.fold(between.group("conn") or "")
    if conn == "et" and (lead is None or not lead.startswith("entre")):
        return None
    if conn and conn != "et" and lead not in _WORD_LEADS:
        return None
    if not conn and lead is None and a.first[0] is None and b.first[0] is None:
        return None
    if reference is None and a.first[0] is None and b.first[0] is None:
        return None
    fields = span(a.first, b.first, reference, lambda: future(a.start, b.end))
    if fields is None or fields.get("value") is None:
        return None
    start = a.start
    if lead in _WORD_LEADS:
        start = pt.SPAN_LEAD.search(text, max(0, a.start - 20), a.start).start()  # type: ignore[union-attr]
    return Cand(start, b.end, 0, fields, first=a.first, last=b.first)


def _with_year(a: Cand, year: int, reference: dt.date | None, future: Future, end: int) -> Cand | None:
    """``a`` (written without a year) given ``year``: the year of its end when it is a span."""
    assert a.first is not None
    if a.last is not None:
        fields = span(a.first, (year, a.last[1], a.last[2]), reference, lambda: False)
        last: Fields | None = (year, a.last[1], a.last[2])
    else:
        fields = single(year, a.first[1], a.first[2], reference, lambda: False)
        last = None
    if fields is None:
        return None
    first = a.first if a.last is not None else (year, a.first[1], a.first[2])
    return replace(a, end=end, fields=fields, first=first, last=last)


def _yearless(c: Cand) -> bool:
    return c.first is not None and c.first[0] is None and c.first[1] is not None and c.anchored is None


def _year_only(c: Cand) -> int | None:
    if _plain(c) and c.first is not None and c.first[1] is None and c.first[0] is not None:
        return c.first[0]
    return None


def year_tails(text: str, cands: list[Cand], reference: dt.date | None, future: Future) -> list[Cand]:
    """ "entre janvier et février en 2017": the year written right after serves the date."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        year = _year_only(c)
        if prev is not None and year is not None and _yearless(prev):
            tail = pt.YEAR_TAIL.match(text, prev.end, c.start)
            if tail is not None and tail.end() == c.start:
                merged = _with_year(prev, year, reference, future, c.end)
                if merged is not None:
                    out[-1] = merged
                    continue
        out.append(c)
    return out


def coordinated_years(text: str, cands: list[Cand], reference: dt.date | None) -> list[Cand]:
    """ "fin juin et fin décembre 2009", "le 3 mai et le 5 juin 2019": the last year serves all."""
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if not (_plain(a) and _plain(b) and _yearless(a)) or a.first is None or b.first is None:
            continue
        year = b.first[0]
        if year is None or not _same_precision(a.first, b.first):
            continue
        between = pt.COORDINATED.match(text, a.end, b.start)
        if between is None or between.end() != b.start:
            continue
        if (a.first[1] or 0, a.first[2] or 0) > (b.first[1] or 0, b.first[2] or 0):
            year -= 1
        moved = _with_year(a, year, reference, lambda s, e: False, a.end)
        if moved is not None:
            out[i] = moved
    return out


def spans(text: str, cands: list[Cand], reference: dt.date | None, future: Future) -> list[Cand]:
    """ "du 01/10/2018 au 07/10/2018", "du 01/10 au 02/11/2017": one span."""
    out: list[Cand] = []
    for c in cands:
        joined = _join(text, out[-1], c, reference, future) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(c)
    return out


_FINER = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _anchor(
    text: str, before: list[Cand], start: int, unit: str, reference: dt.date | None
) -> dt.date | None:
    """The last date written before ``start`` in its paragraph at ``unit`` precision or finer
    (its first day), else the reference."""
    for c in reversed(before):
        if "\n\n" in text[c.end : start]:
            break
        if _plain(c) and c.fields.get("precision") in _FINER[unit] and c.fields.get("first_day"):
            day: dt.date = c.fields["first_day"]
            return day
    return reference


def _counted(kind: str, arg: int, offset: int, anchor: dt.date) -> nz.Point:
    if kind == "weekday":  # the next such weekday after the anchor
        return nz.weekday_point(arg, anchor, 1, inclusive=False)
    if kind == "week":  # that weekday in the week ``offset`` weeks from the anchor's
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
        day = monday + dt.timedelta(days=arg)
        return nz.day_point(day.year, day.month, day.day)
    return nz.relative_point(UNITS[arg], offset, anchor)


def anchored(text: str, cands: list[Cand], reference: dt.date | None) -> list[Cand]:
    """Resolve "mardi suivant", "le mois suivant" against their anchor."""
    out: list[Cand] = []
    for c in cands:
        if c.anchored is not None:
            kind, arg, offset = c.anchored
            precision = UNITS[arg] if kind == "unit" else "day"
            anchor = _anchor(text, out, c.start, precision, reference)
            if anchor is not None:
                c = replace(c, fields=relative_fields(_counted(kind, arg, offset, anchor), precision))
        out.append(c)
    return out
