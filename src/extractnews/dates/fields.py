"""Calendar fields of a candidate date: one day, month or year, or a span of them.

Shared by the finder (which proposes candidates) and the joins (which merge
neighbouring candidates into spans or give a yearless one its written year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extractnews.dates import normalize as nz
from extractnews.dates import patterns as pt

Fields = tuple[int | None, int | None, int | None]
"""(year, month, day) as written; None where not written."""


@dataclass
class Cand:
    start: int
    end: int
    rank: int
    fields: dict[str, Any] = field(default_factory=dict)
    first: Fields | None = None
    """(year, month, day) as written (of the start, for a span); None for relative forms."""
    last: Fields | None = None
    """(year, month, day) of the end of a span as written."""
    anchored: tuple[str, int, int] | None = None
    """A form counted from the last date written before it: (kind, weekday or unit, offset)."""


def point_fields(point: nz.Point) -> dict[str, Any]:
    return {
        "value": point.value,
        "precision": point.precision,
        "first_day": point.first_day,
        "last_day": point.last_day,
    }


def single(
    year: int | None,
    month: int | None,
    day: int | None,
    reference: dt.date | None,
    future: Callable[[], bool | None],
    weekday: int | None = None,
) -> dict[str, Any] | None:
    """Fields of one day, month or year date; the year resolved if missing (by the written
    ``weekday`` when there is one, see :func:`normalize.resolve_year`)."""
    inferred = False
    if year is None and month is not None:
        if reference is None:
            return {
                "value": None,
                "precision": "day" if day else "month",
                "month": month,
                "day": day,
            }
        year = nz.resolve_year(month, day, reference, future(), weekday)
        if year is None:
            return None
        inferred = True
    if year is None:
        return None
    if day is not None and month is not None:
        if not nz.valid_day(month, day, year):
            return None
        resolved = nz.day_point(year, month, day)
    elif month is not None:
        resolved = nz.month_point(year, month)
    else:
        resolved = nz.year_point(year)
    fields = point_fields(resolved)
    fields.update(year=year, month=month, day=day, year_inferred=inferred)
    return fields


def span_years(
    start: Fields,
    end: Fields,
    reference: dt.date | None,
    future: Callable[[], bool | None],
    weekday: int | None = None,
) -> tuple[int, int, bool] | dict[str, Any] | None:
    """Both years of a span (a year written once serves both ends) and whether they were inferred.

    Without a year and a reference date: the partial fields of an unresolved span.
    """
    (y1, m1, d1), (y2, m2, d2) = start, end

    def key(m: int | None, d: int | None) -> tuple[int, int]:
        return (m or 0, d or 0)

    if y1 is None and y2 is not None:
        return (y2 if key(m1, d1) <= key(m2, d2) else y2 - 1), y2, False
    if y2 is None and y1 is not None:
        return y1, (y1 if key(m1, d1) <= key(m2, d2) else y1 + 1), False
    if y1 is not None and y2 is not None:
        return y1, y2, False
    if m1 is None or (d1 is not None and not nz.valid_day(m1, d1)):
        return None
    if reference is None:
        return {"value": None, "precision": "day" if d1 else "month", "is_span": True, "month": m1, "day": d1}
    year = nz.resolve_year(m1, d1, reference, future(), weekday)
    if year is None:
        return None
    return year, (year if key(m1, d1) <= key(m2, d2) else year + 1), True


def point(year: int, month: int | None, day: int | None) -> nz.Point | None:
    """The day, month or year point of written fields; None for a day that does not exist."""
    if day is not None and month is not None:
        return nz.day_point(year, month, day) if nz.valid_day(month, day, year) else None
    if month is not None:
        return nz.month_point(year, month)
    return nz.year_point(year)


def span(
    start: Fields,
    end: Fields,
    reference: dt.date | None,
    future: Callable[[], bool | None],
    weekday: int | None = None,
) -> dict[str, Any] | None:
    """Fields of a span; a year written once serves both ends (a weekday written on the
    first day picks the year when none is written)."""
    years = span_years(start, end, reference, future, weekday)
    if years is None or isinstance(years, dict):
        return years
    y1, y2, inferred = years
    if y1 < pt.YEAR_MIN or y2 > pt.YEAR_MAX:
        return None
    first, last = point(y1, start[1], start[2]), point(y2, end[1], end[2])
    if first is None or last is None or first.first_day >= last.first_day:
        return None
    return {
        "value": nz.span_value(first, last),
        "precision": first.precision,
        "is_span": True,
        "first_day": first.first_day,
        "last_day": last.last_day,
        "year": y1,
        "month": start[1],
        "day": start[2],
        "year_inferred": inferred,
    }


def relative_fields(resolved: nz.Point | None, precision: str) -> dict[str, Any]:
    """Fields of a relative expression ("hier", "la semaine prochaine"); no value without a point."""
    fields: dict[str, Any] = {"relative": True, "precision": precision, "value": None}
    if resolved is not None:
        fields.update(point_fields(resolved))
        if precision != "week":
            fields["year"] = resolved.first_day.year
            if precision in ("day", "month"):
                fields["month"] = resolved.first_day.month
            if precision == "day":
                fields["day"] = resolved.first_day.day
        else:  # a week is written as the span of its days
            fields.update(year=resolved.first_day.year, is_span=True)
    elif precision == "week":
        fields["is_span"] = True
    return fields
