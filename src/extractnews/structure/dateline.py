"""The dateline of a release: "GENÈVE/NEW YORK, le 6 novembre 2020", "Vienne, 24 janvier
(Service d'information des Nations Unies) –", "Dakar, le 23 janvier 2017 -", or a header line
holding only a full date ("29 Janvier 2013", "4/11/03"), within the first lines of the text."""

from __future__ import annotations

import re

from ..dates import find_dates
from ..dates.patterns import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY, fold
from ..records import Dateline

HEADER_CHARS = 1200
_LEADING_SPACE = re.compile(r"\s*")


def header_end(text: str) -> int:
    """Where the header of the release ends: its first ``HEADER_CHARS`` characters after any
    leading white space (a space-padded field or a page's indentation does not push it away)."""
    match = _LEADING_SPACE.match(text)
    return min(len(text), (match.end() if match else 0) + HEADER_CHARS)


_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|la|le|sur|en|d['’][\w-]+))*"
_DATELINE = re.compile(
    rf"""
    (?P<places>{_PLACE}(?:[ \u00a0]*[/,][ \u00a0]*{_PLACE})*?)      # GENÈVE/NEW YORK
    (?:[ \u00a0]*[(,][ \u00a0]*(?P<country>{_PLACE})\)?)?          # "Kinshasa (RDC)"
    [ \u00a0]*(?:,|[-–—])[ \u00a0]*
    (?:le[ \u00a0]+)?
    (?P<date>(?:{WEEKDAY}[ \u00a0]+)?
        \d{{1,2}}(?:er)?[ \u00a0]+[A-Za-zéûÉÛ]+\.?(?:[ \u00a0]+\d{{4}})?)
    (?:[ \u00a0]*\((?P<agency>[^()\n]{{3,100}})\))?
    [ \u00a0]*(?:[-–—:]|\n|(?=[A-ZÀ-Ö«"]))
    """,
    re.VERBOSE,
)
_PLACE_ONLY = re.compile(
    rf"^(?P<places>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]+(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]+)*|{_PLACE}"
    rf"(?:[ \u00a0]+[-–—][ \u00a0]+{_PLACE})?)[ \u00a0]+[-–—][ \u00a0]+(?=[A-ZÀ-Ö«])",
    re.MULTILINE,
)

# where two places of a dateline meet; never started inside a run of spaces (quadratic)
_SLASH = re.compile(r"(?<![ \u00a0])[ \u00a0]*/[ \u00a0]*")
_SLASH_OR_DASH = re.compile(r"(?<![ \u00a0])(?:[ \u00a0]*/|[ \u00a0]+[-–—][ \u00a0]+)")


def find_dateline(text: str) -> Dateline | None:
    """The dateline in the header of the release, if any."""
    head = text[: header_end(text)]
    for m in _DATELINE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if head[line_start : m.start()].strip():
            continue  # a dateline starts its line
        dates = [d for d in find_dates(m.group("date")) if d.year is not None and d.day is not None]
        if not dates and not _day_and_month(m.group("date")):
            continue  # "Dakar, 15 avr (APS) –": a dateline without its year still names its place
        places = tuple(p.strip() for p in _SLASH.split(m.group("places")))
        end = m.end("agency") + 1 if m.group("agency") else m.end("date")
        return Dateline(
            text=text[m.start() : end],
            start=m.start(),
            end=end,
            places=places,
            date=dates[0].value if dates else None,
            agency=m.group("agency"),
        )
    for line in re.finditer(r"^[^\n]{1,40}$", head, re.MULTILINE):
        dates = find_dates(line.group().strip())
        if (
            len(dates) == 1
            and dates[0].precision == "day"
            and dates[0].year is not None
            and (len(dates[0].text) >= len(line.group().strip()) - 3)
        ):
            d = dates[0]
            start = line.start() + line.group().index(d.text)
            place = _place_only(head)  # "29 Janvier 2013" then "Addis-Abeba - Ethiopie — Le sommet…"
            places = place.places if place is not None else ()
            return Dateline(text=d.text, start=start, end=start + len(d.text), date=d.value, places=places)
    return _place_only(head)


def _place_only(head: str) -> Dateline | None:
    """A line opening with places and a dash: "ADDIS-ABEBA - Ethiopie — Le sommet…"."""
    place = _PLACE_ONLY.search(head)
    if place is None:
        return None
    places = tuple(p.strip() for p in _SLASH_OR_DASH.split(place.group("places")))
    return Dateline(
        text=place.group("places"), start=place.start("places"), end=place.end("places"), places=places
    )


def _day_and_month(written: str) -> bool:
    """ "15 avr", "3 mars": a day and a month (written in full or abbreviated), without a year."""
    m = re.fullmatch(r"(?:\w+[ \u00a0]+)?(\d{1,2})(?:er)?[ \u00a0]+([^\W\d_]+)\.?", written.strip())
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return False
    month = fold(m.group(2))
    return month in MONTHS or month in MONTH_ABBREVIATIONS
