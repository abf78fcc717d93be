"""Pure normalisation functions: calendar fields -> ISO values and covered days.

No regex and no I/O here; everything takes plain ints and dates and returns
plain values, so each rule can be tested on its own.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Point:
    """One resolved end of a date: its value, precision and covered days."""

    value: str
    precision: Precision
    first_day: dt.date
    last_day: dt.date


def valid_day(month: int, day: int, year: int | None = None) -> bool:
    """True when ``day`` exists in ``month`` (of ``year``; any leap year when None)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= month_length(2000 if year is None else year, month)


def month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def expand_two_digit_year(yy: int, pivot: int) -> int:
    """``03`` -> 2003, ``98`` -> 1998 (below ``pivot`` is this century)."""
    return 2000 + yy if yy < pivot else 1900 + yy


def day_point(year: int, month: int, day: int) -> Point:
    d = dt.date(year, month, day)
    return Point(d.isoformat(), "day", d, d)


def month_point(year: int, month: int) -> Point:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, month_length(year, month))
    return Point(f"{year:04d}-{month:02d}", "month", first, last)


def year_point(year: int) -> Point:
    return Point(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def week_point(day: dt.date) -> Point:
    """The week holding ``day``, Monday to Sunday, as a span of days: ``2019-05-06/2019-05-12``.

    ISO 8601 also has week dates (``2019-W19``), but the annotation guidelines
    write periods as ``start/end`` spans, and so do most consumers.
    """
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    return Point(f"{monday.isoformat()}/{sunday.isoformat()}", "week", monday, sunday)


def year_of_weekday(month: int, day: int, weekday: int, reference: dt.date) -> int | None:
    """The year, within one of ``reference``'s, in which ``day``/``month`` falls on ``weekday``.

    "le mardi 5 mars" written in February 2024 is 2024-03-05, a Tuesday; None when no
    such year is that near (a weekday that does not match the date in any of them).
    """
    for year in sorted(range(reference.year - 1, reference.year + 2), key=lambda y: abs(y - reference.year)):
        if valid_day(month, day, year) and dt.date(year, month, day).weekday() == weekday:
            return year
    return None


def resolve_year(
    month: int, day: int | None, reference: dt.date, future: bool | None, weekday: int | None = None
) -> int | None:
    """The year of a date written without one.

    A weekday written beside the date picks the year in which it holds (see
    :func:`year_of_weekday`). Else past (``future`` False): the most recent such day (or
    month) not after ``reference``; future (True): the next such day (or month) not before
    ``reference``. When nothing in the sentence says either (None), past, unless that
    reading lies more than half a year back while the future one is within three
    months: "le 15 janvier" in a release of 10 January is five days ahead, not a year
    back (a release gives the year of a day so far back). A 29 February moves to the
    nearest leap year in that direction. None if none within 8 years.
    """
    if weekday is not None and day is not None:
        year = year_of_weekday(month, day, weekday, reference)
        if year is not None:
            return year
    if future is not None:
        return _year_towards(month, day, reference, future)
    past = _year_towards(month, day, reference, False)
    ahead = _year_towards(month, day, reference, True)
    if past is None or ahead is None:
        return past
    back = reference - dt.date(past, month, day or month_length(past, month))
    forward = dt.date(ahead, month, day or 1) - reference
    return ahead if back > _FAR_BACK and forward <= _NEAR_AHEAD else past


#: A yearless date this far back is unlikely (its year would be written) ...
_FAR_BACK = dt.timedelta(days=183)
#: ... when the same day or month comes within this.
_NEAR_AHEAD = dt.timedelta(days=92)


def _year_towards(month: int, day: int | None, reference: dt.date, future: bool) -> int | None:
    step = 1 if future else -1
    year = reference.year
    for _ in range(9):
        if day is None:
            first = dt.date(year, month, 1)
            last = dt.date(year, month, month_length(year, month))
            if (future and last >= reference) or (not future and first <= reference):
                return year
        elif valid_day(month, day, year):
            d = dt.date(year, month, day)
            if (future and d >= reference) or (not future and d <= reference):
                return year
        year += step
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The ``n``-th ``weekday`` (0 = Monday) of ``month``, the last one for ``n`` = -1;
    None when the month has no such day (a fifth Monday)."""
    length = month_length(year, month)
    if n > 0:
        day = 1 + (weekday - dt.date(year, month, 1).weekday()) % 7 + 7 * (n - 1)
    else:
        day = length - (dt.date(year, month, length).weekday() - weekday) % 7
    return dt.date(year, month, day) if 1 <= day <= length else None


def year_of_nth_weekday(
    month: int, weekday: int, n: int, reference: dt.date, future: bool | None
) -> int | None:
    """The year of "le deuxième vendredi d'avril" written without one: the most recent such
    day not after ``reference`` (future: the next one not before it)."""
    step = 1 if future else -1
    for year in range(reference.year, reference.year + 3 * step, step):
        day = nth_weekday(year, month, weekday, n)
        if day is not None and (day >= reference if future else day <= reference):
            return year
    return None


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def relative_point(unit: str, offset: int, reference: dt.date) -> Point:
    """ "hier" = ("day", -1), "la semaine prochaine" = ("week", 1)…"""
    if unit == "day":
        d = reference + dt.timedelta(days=offset)
        return day_point(d.year, d.month, d.day)
    if unit == "week":
        return week_point(reference + dt.timedelta(weeks=offset))
    if unit == "month":
        return month_point(*add_months(reference, offset))
    if unit == "year":
        return year_point(reference.year + offset)
    raise ValueError(f"unknown unit {unit!r}")


def weekday_point(weekday: int, reference: dt.date, direction: int, inclusive: bool) -> Point:
    """The ``weekday`` (0 = Monday) before (direction -1) or after (+1) ``reference``.

    ``inclusive`` lets the reference day itself count ("ce lundi" said on a Monday).
    """
    if direction < 0:
        delta = (reference.weekday() - weekday) % 7
        if delta == 0 and not inclusive:
            delta = 7
        d = reference - dt.timedelta(days=delta)
    else:
        delta = (weekday - reference.weekday()) % 7
        if delta == 0 and not inclusive:
            delta = 7
        d = reference + dt.timedelta(days=delta)
    return day_point(d.year, d.month, d.day)


def point_of(precision: Precision, day: dt.date) -> Point:
    """The point of ``precision`` holding ``day``."""
    if precision == "day":
        return day_point(day.year, day.month, day.day)
    if precision == "week":
        return week_point(day)
    if precision == "month":
        return month_point(day.year, day.month)
    return year_point(day.year)


def span_value(start: Point, end: Point) -> str:
    """ISO 8601 interval: ``2012-03-31/2012-04-05``, ``2008/2011``."""
    return f"{start.value}/{end.value}"
