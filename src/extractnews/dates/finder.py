"""``find_dates``: calendar expressions of a French text as :class:`DateMention` records.

Each pattern of :mod:`.patterns` proposes candidates; context checks drop the
counts, amounts and figurative uses; overlapping candidates are settled longest
first. Absolute forms are parsed here exactly; ``dateparser`` only parses a found
"il y a trois jours" / "dans deux semaines" against the reference date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extractnews.dates import normalize as nz
from extractnews.dates import patterns as pt
from extractnews.records import DateMention

_ARTICLE = re.compile(r"(?:l['’]|(?:le|la|les|du|de\s{1,3}la|des)\s{1,3})", re.IGNORECASE)
_PRECISIONS: dict[str, nz.Precision] = {p: p for p in ("day", "week", "month", "year")}
# matched words are compared by their lookup key (pt.fold): lower case, no accents ("à" is "a")
_PREV_WORD = re.compile(r"([\w]+['’]?)\s{0,3}$")


@dataclass
class _Cand:
    start: int
    end: int
    rank: int
    fields: dict[str, Any] = field(default_factory=dict)


def _month(token: str) -> tuple[int, bool]:
    """(month number, is an abbreviation without its dot)."""
    key = pt.fold(token)
    if key in pt.MONTHS:
        return pt.MONTHS[key], False
    bare = key.rstrip(".")
    return pt.MONTH_ABBREVIATIONS[bare], not key.endswith(".")


def _day(token: str) -> int:
    return 1 if pt.fold(token) in pt.FIRST_DAY else int(token)


def _case_ok(token: str) -> bool:
    """A bare month name is lower case or all capitals ("Mars" is the planet)."""
    return token.islower() or token.isupper()


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - 200)
    cut = lo
    for m in pt.SENTENCE_END.finditer(text, lo, start):
        cut = m.end()
    return cut


def _future_in(text: str, lo: int, hi: int) -> int:
    """Position of the last future cue in ``text[lo:hi]``, or -1."""
    last = -1
    for m in pt.FUTURE_CUE.finditer(text, lo, hi):
        last = m.start()
    for m in pt.FUTURE_VERB.finditer(text, lo, hi):
        if m.group("w") not in pt.FUTURE_ENDING_EXCLUSIONS:
            last = max(last, m.start())
    return last


def is_future(text: str, start: int, end: int) -> bool:
    """Does the sentence put the date at ``text[start:end]`` in the future?

    "dernier" right after says past, "prochain" future; else a future verb or cue
    earlier in the sentence (with no past auxiliary between it and the date) or
    within the few words right after the date.
    """
    if pt.PAST_AFTER.match(text, end):
        return False
    if pt.FUTURE_AFTER.match(text, end):
        return True
    lo = _sentence_start(text, start)
    cue = _future_in(text, lo, start)
    if cue >= 0 and not pt.PAST_AUX.search(text, cue, start):
        return True
    after = text[end : end + 30]
    stop = pt.SENTENCE_END.search(after)
    hi = end + (stop.start() if stop else len(after))
    cue = _future_in(text, end, hi)
    return cue >= 0 and not pt.PAST_AUX.search(text, end, cue)


def _point_fields(point: nz.Point) -> dict[str, Any]:
    return {
        "value": point.value,
        "precision": point.precision,
        "first_day": point.first_day,
        "last_day": point.last_day,
    }


def _single(
    year: int | None,
    month: int | None,
    day: int | None,
    reference: dt.date | None,
    future: Callable[[], bool],
) -> dict[str, Any] | None:
    """Fields of one day, month or year date; the year resolved if missing."""
    inferred = False
    if year is None and month is not None:
        if reference is None:
            return {
                "value": None,
                "precision": "day" if day else "month",
                "month": month,
                "day": day,
            }
        year = nz.resolve_year(month, day, reference, future())
        if year is None:
            return None
        inferred = True
    if year is None:
        return None
    if day is not None and month is not None:
        if not nz.valid_day(month, day, year):
            return None
        point = nz.day_point(year, month, day)
    elif month is not None:
        point = nz.month_point(year, month)
    else:
        point = nz.year_point(year)
    fields = _point_fields(point)
    fields.update(year=year, month=month, day=day, year_inferred=inferred)
    return fields


Fields = tuple[int | None, int | None, int | None]
"""(year, month, day) as written; None where not written."""


def _span_years(
    start: Fields, end: Fields, reference: dt.date | None, future: Callable[[], bool]
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
    year = nz.resolve_year(m1, d1, reference, future())
    if year is None:
        return None
    return year, (year if key(m1, d1) <= key(m2, d2) else year + 1), True


def _point(year: int, month: int | None, day: int | None) -> nz.Point | None:
    """The day, month or year point of written fields; None for a day that does not exist."""
    if day is not None and month is not None:
        return nz.day_point(year, month, day) if nz.valid_day(month, day, year) else None
    if month is not None:
        return nz.month_point(year, month)
    return nz.year_point(year)


def _span(
    start: Fields,
    end: Fields,
    reference: dt.date | None,
    future: Callable[[], bool],
) -> dict[str, Any] | None:
    """Fields of a span; a year written once serves both ends."""
    years = _span_years(start, end, reference, future)
    if years is None or isinstance(years, dict):
        return years
    y1, y2, inferred = years
    if y1 < pt.YEAR_MIN or y2 > pt.YEAR_MAX:
        return None
    first, last = _point(y1, start[1], start[2]), _point(y2, end[1], end[2])
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


def _next_word(text: str, end: int) -> str:
    m = pt.NEXT_WORD.match(text, end)
    return pt.fold(m.group("w")) if m else ""


def _count_after(text: str, end: int, strict: bool) -> bool:
    """The number before ``end`` counts something ("2017 participants", "2019 dollars")."""
    word = _next_word(text, end)
    if word in pt.NOT_AFTER_YEAR:
        return True
    return (
        strict
        and len(word) > 3
        and word[-1] in "sx"
        and word.islower()
        and word not in pt.PLURAL_OK_AFTER_YEAR
    )


def _counted_range(text: str, end: int) -> bool:
    """The year ending at ``end`` opens a range of counts ("de 2000 à 3000 personnes")."""
    partner = pt.RANGE_PARTNER.match(text, end)
    if partner is None:
        return False
    digits = "".join(ch for ch in partner.group("n") if ch.isdigit())
    if not pt.YEAR_MIN <= int(digits) <= pt.YEAR_MAX or len(digits) != 4:
        return True
    return _count_after(text, partner.end(), strict=True)


def _quantity_before(text: str, start: int) -> bool:
    return pt.QUANTITY_BEFORE.search(text[max(0, start - 40) : start]) is not None


class _Finder:
    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference
        self.cands: list[_Cand] = []

    def add(self, start: int, end: int, rank: int, fields: dict[str, Any] | None) -> None:
        if fields is not None and start < end:
            self.cands.append(_Cand(start, end, rank, fields))

    def future(self, start: int, end: int) -> Callable[[], bool]:
        return lambda: is_future(self.text, start, end)

    def run(self) -> list[DateMention]:
        steps: tuple[Callable[[], None], ...] = (
            self.day_dates,
            self.day_spans,
            self.month_years,
            self.month_spans,
            self.periods,
            self.months_in_context,
            self.year_spans,
            self.years,
            self.numeric,
            self.relative_phrases,
            self.weekday_relatives,
            self.weekdays_this,
            self.weekdays_bare,
            self.offsets,
        )
        for step in steps:
            step()
        return self.settle()

    def settle(self) -> list[DateMention]:
        """Keep the longest of overlapping candidates (then the lower rank)."""
        starts: list[int] = []
        ends: list[int] = []
        kept: list[_Cand] = []
        for c in sorted(self.cands, key=lambda c: (c.start - c.end, c.rank, c.start)):
            i = bisect.bisect_left(starts, c.start)
            if i > 0 and ends[i - 1] > c.start:
                continue
            if i < len(starts) and starts[i] < c.end:
                continue
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            kept.insert(i, c)
        text = self.text
        return [DateMention(text=text[c.start : c.end], start=c.start, end=c.end, **c.fields) for c in kept]

    # -- absolute forms -------------------------------------------------------------

    def day_dates(self) -> None:
        for m in pt.DAY_DATE.finditer(self.text):
            month, bare_abbr = _month(m.group("m"))
            year = int(m.group("y")) if m.group("y") else None
            if bare_abbr and year is None:
                continue
            day = _day(m.group("d"))
            if not nz.valid_day(month, day, year):
                continue
            fields = _single(year, month, day, self.reference, self.future(m.start(), m.end()))
            self.add(m.start(), m.end(), 1, fields)

    def day_spans(self) -> None:
        for m in pt.DAY_SPAN.finditer(self.text):
            pre = pt.fold(m.group("pre") or "")
            conn = pt.fold(m.group("conn") or m.group("dash"))
            if conn == "a" and pre not in ("du", "de"):
                continue
            if pre == "de" and conn not in ("a", "au"):
                continue
            m2, abbr2 = _month(m.group("m2"))
            y2 = int(m.group("y2")) if m.group("y2") else None
            if abbr2 and y2 is None:
                continue
            if m.group("m1"):
                m1, _ = _month(m.group("m1"))
            else:
                m1 = m2
            y1 = int(m.group("y1")) if m.group("y1") else None
            d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
            if not (nz.valid_day(m1, d1) and nz.valid_day(m2, d2)):
                continue
            start = (
                m.start() if pre and pre not in ("les", "des") else m.start("wd1" if m.group("wd1") else "d1")
            )
            fields = _span((y1, m1, d1), (y2, m2, d2), self.reference, self.future(m.start(), m.end()))
            self.add(start, m.end(), 0, fields)

    def month_years(self) -> None:
        for m in pt.MONTH_YEAR.finditer(self.text):
            month, _ = _month(m.group("m"))
            fields = _single(int(m.group("y")), month, None, None, lambda: False)
            self.add(m.start(), m.end(), 2, fields)

    def month_spans(self) -> None:
        for m in pt.MONTH_SPAN.finditer(self.text):
            pre = pt.fold(m.group("pre") or "")
            conn = pt.fold(m.group("conn") or m.group("dash"))
            y1 = int(m.group("y1")) if m.group("y1") else None
            y2 = int(m.group("y2")) if m.group("y2") else None
            if conn == "et" and pre != "entre":
                continue
            if conn != "et" and not m.group("dash") and not pre.startswith(("de", "d'", "du")):
                continue
            if m.group("dash") and y2 is None:
                continue
            if pre == "entre" and conn != "et":
                continue
            if y1 is None and y2 is None and not (_case_ok(m.group("m1")) and _case_ok(m.group("m2"))):
                continue
            m1, _ = _month(m.group("m1"))
            m2, _ = _month(m.group("m2"))
            fields = _span((y1, m1, None), (y2, m2, None), self.reference, self.future(m.start(), m.end()))
            start = m.start("m1") if pre == "d'" else m.start()
            self.add(start, m.end(), 0, fields)

    def periods(self) -> None:
        """Quarters and half-years as month spans: "premier semestre 2021" -> 2021-01/2021-06."""
        for m in pt.PERIOD.finditer(self.text):
            size = pt.PERIOD_UNITS[pt.fold(m.group("unit"))]
            rank = pt.PERIOD_ORDINALS[pt.fold(m.group("ord"))]
            parts = 12 // size
            rank = parts if rank == -1 else rank
            if not 1 <= rank <= parts:
                continue
            first, last = (rank - 1) * size + 1, rank * size
            year = int(m.group("y")) if m.group("y") else None
            ref = self.reference
            inferred = year is None and ref is not None
            if year is None and ref is not None:
                # the period holding the reference date, else the last one before it
                # (the next one when the sentence speaks of the future)
                if first <= ref.month <= last:
                    year = ref.year
                elif is_future(self.text, m.start(), m.end()):
                    year = ref.year if first > ref.month else ref.year + 1
                else:
                    year = ref.year if last < ref.month else ref.year - 1
            fields = _span((year, first, None), (year, last, None), None, lambda: False)
            if fields is not None and inferred:
                fields["year_inferred"] = True
            self.add(m.start(), m.end(), 1, fields)

    def months_in_context(self) -> None:
        for m in pt.MONTH_IN_CONTEXT.finditer(self.text):
            token = m.group("m")
            if not _case_ok(token):
                continue
            month, _ = _month(token)
            ctx = m.group("ctx")
            start = m.start("m") - 3 if ctx.lower().endswith("mi-") else m.start("m")
            fields = _single(None, month, None, self.reference, self.future(start, m.end()))
            self.add(start, m.end(), 4, fields)

    def year_spans(self) -> None:
        text = self.text
        for m in pt.YEAR_SPAN.finditer(text):
            pre = pt.fold(m.group("pre") or "")
            conn = pt.fold(m.group("conn") or m.group("dash"))
            if conn == "et" and pre != "entre":
                continue
            if conn in ("a", "au") and pre not in ("de", "du"):
                continue
            if pre == "entre" and conn != "et":
                continue
            if pre in ("de", "du") and conn not in ("a", "au"):
                continue
            y1 = int(m.group("y1"))
            raw2 = m.group("y2")
            y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
            if not y1 < y2 <= y1 + 100 or (conn == "/" and y2 != y1 + 1):
                continue
            if _count_after(text, m.end(), strict=True) or _quantity_before(text, m.start()):
                continue
            if pt.SYMBOL_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            fields = _span((y1, None, None), (y2, None, None), None, lambda: False)
            self.add(m.start(), m.end(), 0, fields)

    def years(self) -> None:
        text = self.text
        for m in pt.YEAR_IN_CONTEXT.finditer(text):
            weak = pt.fold(m.group("ctx")) in pt.YEAR_CONTEXT_WEAK
            if _count_after(text, m.end(), strict=weak) or _quantity_before(text, m.start("y")):
                continue
            if weak and _counted_range(text, m.end()):
                continue
            self.add(m.start("y"), m.end(), 5, _single(int(m.group("y")), None, None, None, bool))
        for m in pt.YEAR_SUBJECT.finditer(text):
            self.add(m.start("y"), m.end("y"), 5, _single(int(m.group("y")), None, None, None, bool))
        for m in pt.YEAR_IN_PARENS.finditer(text):
            self.add(m.start("y"), m.end("y"), 5, _single(int(m.group("y")), None, None, None, bool))

    def numeric(self) -> None:
        for m in pt.NUMERIC_DMY.finditer(self.text):
            raw_year = m.group("y")
            if len(raw_year) == 2:
                if m.group("sep") != "/":
                    continue
                year = nz.expand_two_digit_year(int(raw_year), pt.TWO_DIGIT_YEAR_PIVOT)
            else:
                year = int(raw_year)
            if not pt.YEAR_MIN <= year <= pt.YEAR_MAX:
                continue
            month, day = int(m.group("m")), int(m.group("d"))
            if nz.valid_day(month, day, year):
                self.add(m.start(), m.end(), 1, _single(year, month, day, None, bool))
        for m in pt.NUMERIC_ISO.finditer(self.text):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if nz.valid_day(month, day, year):
                self.add(m.start(), m.end(), 1, _single(year, month, day, None, bool))

    # -- relative forms -------------------------------------------------------------

    def _relative(self, start: int, end: int, point: nz.Point | None, precision: str) -> None:
        fields: dict[str, Any] = {"relative": True, "precision": precision, "value": None}
        if point is not None:
            fields.update(_point_fields(point))
            if precision != "week":
                fields["year"] = point.first_day.year
                if precision in ("day", "month"):
                    fields["month"] = point.first_day.month
                if precision == "day":
                    fields["day"] = point.first_day.day
            else:  # a week is written as the span of its days
                fields.update(year=point.first_day.year, is_span=True)
        elif precision == "week":
            fields["is_span"] = True
        self.add(start, end, 3, fields)

    def relative_phrases(self) -> None:
        """ "hier", "la semaine dernière", "l'an prochain"."""
        text, ref = self.text, self.reference
        for m in pt.RELATIVE_PHRASE.finditer(text):
            phrase = pt.fold(m.group("rel"))
            tail = text[m.end() : m.end() + 3].lower()
            if tail.startswith(pt.RELATIVE_NOT_AFTER):
                continue
            blocked = pt.RELATIVE_NOT_BEFORE.get(phrase)
            if blocked:
                prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
                if prev and pt.fold(prev.group(1)) in blocked:
                    continue
            unit, offset = pt.RELATIVE[phrase]
            article = _ARTICLE.match(text, m.start())
            start = article.end() if article else m.start()
            point = nz.relative_point(unit, offset, ref) if ref else None
            self._relative(start, m.end(), point, unit)

    def weekday_relatives(self) -> None:
        """ "jeudi dernier", "mardi prochain"."""
        ref = self.reference
        for m in pt.WEEKDAY_RELATIVE_PHRASE.finditer(self.text):
            weekday = pt.WEEKDAYS[pt.fold(m.group("wd"))]
            direction = pt.WEEKDAY_RELATIVE[pt.fold(m.group("dir"))]
            point = nz.weekday_point(weekday, ref, direction, inclusive=False) if ref else None
            self._relative(m.start(), m.end(), point, "day")

    def _weekday_in_tense(self, m: re.Match[str], word: str) -> None:
        """A weekday of this week: the coming one in a sentence about the future, else the last one."""
        point = None
        if self.reference:
            direction = 1 if is_future(self.text, m.start(), m.end()) else -1
            point = nz.weekday_point(pt.WEEKDAYS[pt.fold(word)], self.reference, direction, inclusive=True)
        self._relative(m.start(), m.end(), point, "day")

    def weekdays_this(self) -> None:
        """ "ce lundi"."""
        for m in pt.WEEKDAY_THIS.finditer(self.text):
            self._weekday_in_tense(m, m.group("wd"))

    def weekdays_bare(self) -> None:
        """ "a déclaré mardi"; not "chaque mardi", "les mardis"."""
        text = self.text
        for m in pt.WEEKDAY_BARE.finditer(text):
            word = m.group("wd")
            if not word.islower():
                continue
            prev = _PREV_WORDS.search(text, max(0, m.start() - 25), m.start())
            if prev and (
                pt.fold(prev.group(2)) in pt.WEEKDAY_BARE_NOT_AFTER
                or pt.fold(prev.group(0).strip()) in pt.WEEKDAY_BARE_NOT_AFTER
            ):
                continue
            self._weekday_in_tense(m, word)

    def offsets(self) -> None:
        """ "il y a trois jours", "dans deux semaines" (parsed by dateparser)."""
        ref = self.reference
        for m in pt.OFFSET_PHRASE.finditer(self.text):
            precision = pt.OFFSET_UNITS[pt.fold(m.group("unit"))]
            point = None
            if ref:
                parsed = _parse_offset(m.group(0), ref)
                if parsed is None:
                    continue
                point = nz.point_of(_PRECISIONS[precision], parsed)
            self._relative(m.start(), m.end(), point, precision)


_PREV_WORDS = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)\s+$")


def _parse_offset(expression: str, reference: dt.date) -> dt.date | None:
    """Parse one found "il y a trois jours" against ``reference`` with dateparser."""
    import dateparser  # off the hot path: only for these rare expressions

    base = dt.datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(
        " ".join(expression.split()),
        languages=["fr"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"},
    )
    return parsed.date() if parsed is not None else None


def find_dates(text: str, reference_date: dt.date | None = None) -> list[DateMention]:
    """Calendar expressions of ``text``, sorted by start, never overlapping.

    A date written without a year takes it from ``reference_date`` (the most recent
    such date not after it, the next one when the sentence is in the future); with
    no reference date its ``value`` is None. Relative expressions likewise.
    """
    return _Finder(text, reference_date).run()
