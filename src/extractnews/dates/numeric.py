"""Dates written in figures: "31/12/2019", "20 02 14", "2015/08/12", "11/2016", "le 07/01".

Read day first (the French order); month first only when the first number cannot be a
month ("02/22/2016"). Each reader yields where a date was written and its calendar fields
as written (the year None when the text gives none); the finder resolves and ranks them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from extractnews.dates import normalize as nz
from extractnews.dates import patterns as pt
from extractnews.dates.scan import Scanner


class Written(NamedTuple):
    """A date found in figures: its span and the (year, month, day) as written."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None


def _year(raw: str) -> int:
    return nz.expand_two_digit_year(int(raw), pt.TWO_DIGIT_YEAR_PIVOT) if len(raw) == 2 else int(raw)


def _identifier(text: str, start: int) -> bool:
    """ "loi n° 2019-20", "résolution 3/2015": a number, not a date."""
    return pt.SYMBOL_BEFORE.search(text[max(0, start - 20) : start]) is not None


_PREVIOUS = re.compile(r"([\w'’]+)\s{1,3}$")


def _after_date_word(text: str, start: int) -> bool:
    """Right after a word that announces a date ("en", "depuis", "le"; not the weak "de")."""
    m = _PREVIOUS.search(text, max(0, start - 30), start)
    return m is not None and pt.fold(m.group(1)) in pt.STRONG_DATE_WORDS


def _day_first(m: re.Match[str], second: bool = False) -> tuple[int, int] | None:
    """(day, month) of "31/12", or of "12/31" when the first number cannot be a month."""
    suffix = "2" if second else ""
    day, month = int(m.group("d" + suffix)), int(m.group("m" + suffix))
    if month > 12 >= day:
        day, month = month, day
    return (day, month) if 1 <= month <= 12 else None


def day_month_year(text: str, scan: Scanner | None = None) -> Iterator[Written]:
    """ "31/12/2019", "31.12.19" (two-digit year after a dot only when day and month have two
    digits, unlike "2.4.12"), "20 02 2014", "12/08, 2015"."""
    for m in (scan or Scanner(text)).finditer(pt.NUMERIC_DMY):
        spaced = m.group("d") is None
        raw = m.group("y2") if spaced else m.group("y")
        if len(raw) == 2 and m.group("sep") == "." and (len(m.group("d")) < 2 or len(m.group("m")) < 2):
            continue
        fields = _day_first(m, spaced)
        if fields is None or _identifier(text, m.start()):
            continue
        year = _year(raw)
        if pt.YEAR_MIN <= year <= pt.YEAR_MAX and nz.valid_day(fields[1], fields[0], year):
            yield Written(m.start(), m.end(), year, fields[1], fields[0])


def year_month_day(text: str, scan: Scanner | None = None) -> Iterator[Written]:
    """ "2019-05-08", "2015/08/12", "2015.5.13", "2016-12-16T12:23:59"."""
    for m in (scan or Scanner(text)).finditer(pt.NUMERIC_ISO):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if nz.valid_day(month, day, year) and not _identifier(text, m.start()):
            yield Written(m.start(), m.end(), year, month, day)


def month_year(text: str, scan: Scanner | None = None) -> Iterator[Written]:
    """ "11/2016", "03/2015", "11 - 2016", "2016-11", "2015.3"; not the span of years "2011-12"."""
    for m in (scan or Scanner(text)).finditer(pt.NUMERIC_MONTH):
        if m.group("m") is not None:
            month, year = int(m.group("m")), int(m.group("y"))
        else:
            raw = m.group("m2")
            year, month = int(m.group("y2")), int(raw)
            if m.group("sep") and len(raw) == 2 and month == (year + 1) % 100:
                continue
            if not m.group("sep") and not _after_date_word(text, m.start()):
                continue  # "2015.3" only after "en", "depuis"…: "version 2019.1" is not a date
        if 1 <= month <= 12 and not _identifier(text, m.start()):
            yield Written(m.start(), m.end(), year, month, None)


def day_month(text: str, scan: Scanner | None = None) -> Iterator[Written]:
    """ "le 07/01", "du 22/4": a day and a month after an article or a preposition."""
    for m in (scan or Scanner(text)).finditer(pt.NUMERIC_DAY_MONTH):
        fields = _day_first(m)
        if fields is not None and nz.valid_day(fields[1], fields[0]):
            yield Written(m.start("d"), m.end(), None, fields[1], fields[0])
