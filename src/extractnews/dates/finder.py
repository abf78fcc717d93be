"""``find_dates``: calendar expressions of a French text as :class:`DateMention` records.

Each pattern of :mod:`.patterns` proposes candidates; context checks drop the
counts, amounts and figurative uses; overlapping candidates are settled longest
first. Absolute forms are parsed here exactly; ``dateparser`` only parses a found
"il y a trois jours" / "dans deux semaines" against the reference date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from extractnews.dates import joins, numeric
from extractnews.dates import normalize as nz
from extractnews.dates import patterns as pt
from extractnews.dates.fields import Cand, Fields, relative_fields, single, span
from extractnews.dates.scan import Scanner
from extractnews.records import DateMention
from extractnews.text.french import DATA, in_capitals

_ARTICLE = re.compile(r"(?:l['’]|(?:le|la|les|du|de\s{1,3}la|des)\s{1,3})", re.IGNORECASE)
_PRECISIONS: dict[str, nz.Precision] = {p: p for p in ("day", "week", "month", "year")}
# matched words are compared by their lookup key (pt.fold): lower case, no accents ("à" is "a")
_PREV_WORD = re.compile(r"([\w]+['’]?)\s{0,3}$")


def _month(token: str) -> tuple[int, bool]:
    """(month number, is an abbreviation without its dot)."""
    key = pt.fold(token)
    if key in pt.MONTHS:
        return pt.MONTHS[key], False
    bare = key.rstrip(".")
    return pt.MONTH_ABBREVIATIONS[bare], not key.endswith(".")


def _day(token: str) -> int:
    key = " ".join(pt.fold(token).split())
    if key in pt.FIRST_DAY:
        return 1
    return pt.DAY_WORDS[key] if key in pt.DAY_WORDS else int(token)


def _weekday(token: str | None) -> int | None:
    return pt.WEEKDAYS[pt.fold(token)] if token else None


def _year_words(token: str) -> int | None:
    """ "deux mille dix-sept" -> 2017 (text2num); None for anything else."""
    from text_to_num import text2num

    try:
        year = int(text2num(" ".join(token.lower().split()), "fr"))
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    return year if pt.YEAR_MIN <= year <= pt.YEAR_MAX else None


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
    for m in _future_verbs(text, lo, hi):
        if m.end() < len(text) and text[m.end()].isalpha():
            continue  # a word cut by the window: "généra|le"
        if m.group("w").lower() not in pt.FUTURE_ENDING_EXCLUSIONS:
            last = max(last, m.start())
    return last


def _future_verbs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Verbs in the future in ``text[lo:hi]``: in lower case, or in capitals inside a run of
    capitals ("LA CONFÉRENCE SE TIENDRA"; a lone "SIERRA" is a name)."""
    found = list(pt.FUTURE_VERB.finditer(text, lo, hi))
    for m in pt.FUTURE_VERB_CAPITALS.finditer(text, lo, hi):
        if in_capitals(text, m.start(), m.end()) and pt.fold(m.group("w")) not in _place_names():
            found.append(m)
    return found


@functools.cache
def _place_names() -> frozenset[str]:
    """Places of the knowledge base: in capitals, "BUJUMBURA" or "ACCRA" is no verb in "-ra"."""
    from extractnews.kb.load import load_places

    return frozenset(pt.fold(name) for name in load_places())


def _past_between(text: str, lo: int, hi: int) -> bool:
    """A past auxiliary in ``text[lo:hi]`` ("a", "ont"; in capitals within a run of capitals)."""
    if pt.PAST_AUX.search(text, lo, hi):
        return True
    return any(in_capitals(text, m.start(), m.end()) for m in pt.PAST_AUX_CAPITALS.finditer(text, lo, hi))


def is_future(text: str, start: int, end: int) -> bool | None:
    """Does the sentence put the date at ``text[start:end]`` in the future? True; False when
    it says past ("dernier" right after, a past auxiliary or the imperfect in the clause, a
    past participle right before); None when nothing says either (the date is then taken as
    past unless that is far while the future reading is near, see :func:`normalize.resolve_year`).

    "prochain" right after says future; so does a future verb or cue earlier in the
    sentence (with no past auxiliary between it and the date) or within the few words
    right after the date.
    """
    if pt.PAST_AFTER.match(text, end):
        return False
    if pt.FUTURE_AFTER.match(text, end):
        return True
    if pt.PAST_BEFORE.search(text, max(0, start - 40), start) or pt.PAST_VERB_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return False  # "fermé depuis le 3 mars, serait rouvert", "a averti le 10 janvier qu'il pourrait"
    lo = _sentence_start(text, start)
    cue = _future_in(text, lo, start)
    if cue >= 0 and not _past_between(text, cue, start):
        return True
    after = text[end : end + 30]
    stop = pt.SENTENCE_END.search(after)
    hi = end + (stop.start() if stop else len(after))
    cue = _future_in(text, end, hi)
    if cue >= 0 and not _past_between(text, end, cue):
        return True
    return False if _past_in_clause(text, lo, start, end) else None


def _past_in_clause(text: str, lo: int, start: int, end: int) -> bool:
    """The clause around a date (from ``lo``) tells of the past: a past auxiliary, a verb in
    the imperfect ("Le 5 mai, 2000 manifestants ont défilé", "le bilan ... faisait état") or
    a past participle right before the date ("le rapport publié le 24 août")."""
    stop = pt.TENSE_CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    hi = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    if _past_between(text, lo, hi) or _participle_before(text, max(lo, start - 60), start):
        return True
    return any(m.group("w") not in pt.IMPERFECT_EXCLUSIONS for m in pt.IMPERFECT_VERB.finditer(text, lo, hi))


def _participle_before(text: str, lo: int, start: int) -> bool:
    """A past participle right before the date ("le rapport publié le |24 août"), not a noun
    with the same ending after a determiner or a preposition ("réunion du comité le 24 août")."""
    m = pt.PARTICIPLE_BEFORE.search(text, lo, start)
    if m is None or text[m.start() - 1 : m.start()] in ("'", "’"):
        return False  # none, or a noun after an elided article ("de l'université le 3 mai")
    before = pt.WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is None or pt.fold(before.group("w")) not in _NOUN_OPENERS


#: Folded words after which a word is a noun: articles, determiners, prepositions.
_NOUN_OPENERS = frozenset(
    pt.fold(w) for w in (*DATA.articles, *DATA.determiners, *DATA.of, *DATA.prepositions)
)


#: How far past a date its clause is read for its tense.
_CLAUSE_REACH = 300


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
        self.cands: list[Cand] = []
        self.scan = Scanner(text)

    def add(
        self,
        start: int,
        end: int,
        rank: int,
        fields: dict[str, Any] | None,
        first: Fields | None = None,
        last: Fields | None = None,
    ) -> None:
        """A candidate, with its calendar fields as written (``first``, and ``last`` for a span)."""
        if fields is not None and start < end:
            self.cands.append(Cand(start, end, rank, fields, first, last))

    def future(self, start: int, end: int) -> Callable[[], bool | None]:
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
            self.month_days,
            self.named_numeric,
            self.this_month,
            self.day_this_month,
            self.relative_phrases,
            self.weekday_relatives,
            self.weekdays_in_week,
            self.anchored,
            self.weekdays_this,
            self.nth_weekdays,
            self.weekdays_bare,
            self.offsets,
        )
        for step in steps:
            step()
        kept = self.settle()
        text, ref = self.text, self.reference

        def future(start: int, end: int) -> bool | None:
            return is_future(text, start, end)

        kept = joins.year_tails(text, kept, ref, future)
        kept = joins.coordinated_years(text, kept, ref)
        kept = joins.spans(text, kept, ref, future)
        kept = joins.anchored(text, kept, ref)
        return [DateMention(text=text[c.start : c.end], start=c.start, end=c.end, **c.fields) for c in kept]

    def settle(self) -> list[Cand]:
        """Keep the longest of overlapping candidates (then the lower rank)."""
        starts: list[int] = []
        ends: list[int] = []
        kept: list[Cand] = []
        for c in sorted(self.cands, key=lambda c: (c.start - c.end, c.rank, c.start)):
            i = bisect.bisect_left(starts, c.start)
            if i > 0 and ends[i - 1] > c.start:
                continue
            if i < len(starts) and starts[i] < c.end:
                continue
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            kept.insert(i, c)
        return kept

    # -- absolute forms -------------------------------------------------------------

    def _year_after(self, m: re.Match[str], cut: int) -> tuple[int | None, int]:
        """The year written after a day and a month, and where the date ends; (None, ``cut``)
        when it is not one: "le 5 mai 20 délégués", "le 12 janvier, 2000 manifestants"."""
        raw, text = m.group("y"), self.text
        if raw is None:
            return None, m.end()
        if not raw.isdigit():
            year = _year_words(raw)
        elif len(raw) == 2:
            ok = pt.CLAUSE_END_AFTER.match(text, m.end()) is not None
            year = nz.expand_two_digit_year(int(raw), pt.TWO_DIGIT_YEAR_PIVOT) if ok else None
        else:
            year = int(raw)
        unusual = year is not None and (m.group("ysep").strip() or not pt.YEAR_MIN <= year <= pt.YEAR_MAX)
        if unusual and (_count_after(text, m.end(), strict=True) or _counted_range(text, m.end())):
            year = None
        return (year, m.end()) if year is not None else (None, cut)

    def day_dates(self) -> None:
        for m in self.scan.finditer(pt.DAY_DATE):
            token = m.group("m")
            month, bare_abbr = _month(token)
            year, end = self._year_after(m, m.end("m"))
            if bare_abbr and year is None and pt.fold(token) in pt.ABBREVIATIONS_NEED_YEAR:
                continue
            if not m.group("d")[0].isdigit() and not _case_ok(token):
                continue
            day = _day(m.group("d"))
            if not nz.valid_day(month, day, year):
                continue
            future = self.future(m.start(), end)
            fields = single(year, month, day, self.reference, future, _weekday(m.group("wd")))
            self.add(m.start(), end, 1, fields, (year, month, day))

    def month_days(self) -> None:
        """Month first: "Oct. 2", "fév 15, 2013", "Mai vingt et un"; without a year, only a
        capitalised month before the end of a clause (not "en mars 12 pays")."""
        text = self.text
        for m in self.scan.finditer(pt.MONTH_DAY):
            token = m.group("m")
            month, _ = _month(token)
            year = int(m.group("y")) if m.group("y") else None
            if year is None and (token.islower() or pt.MONTH_DAY_END.match(text, m.end()) is None):
                continue
            day = _day(m.group("d"))
            if not nz.valid_day(month, day, year):
                continue
            future = self.future(m.start(), m.end())
            fields = single(year, month, day, self.reference, future, _weekday(m.group("wd")))
            self.add(m.start(), m.end(), 6, fields, (year, month, day))

    def named_numeric(self) -> None:
        """ "23/Sep/2020", "2019-août-1", "Sep-23-2020"."""
        for m in self.scan.finditer(pt.NAMED_NUMERIC):
            g = next(i for i in ("", "2", "3") if m.group("m" + i))
            month, _ = _month(m.group("m" + g))
            year, day = int(m.group("y" + g)), int(m.group("d" + g))
            if nz.valid_day(month, day, year):
                self.add(m.start(), m.end(), 1, single(year, month, day, None, bool), (year, month, day))

    def day_spans(self) -> None:
        for m in self.scan.finditer(pt.DAY_SPAN):
            pre = pt.fold(m.group("pre") or "")
            conn = pt.fold(m.group("conn") or m.group("dash"))
            if conn == "a" and pre not in ("du", "de"):
                continue
            if pre == "de" and conn not in ("a", "au"):
                continue
            if conn == "et" and m.group("m1") and not pre.startswith("entre"):
                continue  # "le 3 mai et le 5 juin": two dates
            m2, abbr2 = _month(m.group("m2"))
            raw2 = m.group("y2")
            y2 = (int(raw2) if raw2.isdigit() else _year_words(raw2)) if raw2 else None
            if raw2 and y2 is None:
                continue
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
            future = self.future(m.start(), m.end())
            fields = span((y1, m1, d1), (y2, m2, d2), self.reference, future, _weekday(m.group("wd1")))
            self.add(start, m.end(), 0, fields, (y1, m1, d1), (y2, m2, d2))

    def month_years(self) -> None:
        """ "juin 2017"; "novembre de 2016", "décembre, 2018" unless a count follows."""
        text = self.text
        for m in self.scan.finditer(pt.MONTH_YEAR):
            month, _ = _month(m.group("m"))
            sep = m.group("sep").strip(" .\u00a0\u202f")
            if sep and (_count_after(text, m.end(), strict=True) or _counted_range(text, m.end())):
                continue
            year = int(m.group("y"))
            self.add(m.start(), m.end(), 2, single(year, month, None, None, bool), (year, month, None))

    def month_spans(self) -> None:
        for m in self.scan.finditer(pt.MONTH_SPAN):
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
            fields = span((y1, m1, None), (y2, m2, None), self.reference, self.future(m.start(), m.end()))
            start = m.start("m1") if pre == "d'" else m.start()
            self.add(start, m.end(), 0, fields, (y1, m1, None), (y2, m2, None))

    def periods(self) -> None:
        """Quarters and half-years as month spans: "premier semestre 2021" -> 2021-01/2021-06."""
        for m in self.scan.finditer(pt.PERIOD):
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
            fields = span((year, first, None), (year, last, None), None, lambda: False)
            if fields is not None and inferred:
                fields["year_inferred"] = True
            self.add(m.start(), m.end(), 1, fields)

    def months_in_context(self) -> None:
        for m in self.scan.finditer(pt.MONTH_IN_CONTEXT):
            token = m.group("m")
            if not _case_ok(token):
                continue
            month, _ = _month(token)
            ctx = m.group("ctx")
            start = m.start("m") - 3 if ctx.lower().endswith("mi-") else m.start("m")
            fields = single(None, month, None, self.reference, self.future(start, m.end()))
            self.add(start, m.end(), 4, fields, (None, month, None))

    def year_spans(self) -> None:
        text = self.text
        for m in self.scan.finditer(pt.YEAR_SPAN):
            pre = pt.fold(m.group("pre") or "")
            conn = pt.fold(m.group("conn") or m.group("dash"))
            if conn == "et" and pre != "entre":
                continue
            if conn in ("a", "au") and pre not in ("de", "du"):
                continue
            if pre == "entre" and conn != "et" and not m.group("dash"):
                continue
            if pre in ("de", "du") and conn not in ("a", "au") and not m.group("dash"):
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
            fields = span((y1, None, None), (y2, None, None), None, lambda: False)
            self.add(m.start(), m.end(), 0, fields, (y1, None, None), (y2, None, None))

    def years(self) -> None:
        text = self.text
        for m in self.scan.finditer(pt.YEAR_IN_CONTEXT):
            weak = pt.fold(m.group("ctx")) in pt.YEAR_CONTEXT_WEAK
            if _count_after(text, m.end(), strict=weak) or _quantity_before(text, m.start("y")):
                continue
            if weak and _counted_range(text, m.end()):
                continue
            self._year(m)
        for m in self.scan.finditer(pt.YEAR_SUBJECT):
            self._year(m)
        for m in self.scan.finditer(pt.YEAR_IN_PARENS):
            self._year(m)

    def _year(self, m: re.Match[str]) -> None:
        year = int(m.group("y"))
        self.add(m.start("y"), m.end("y"), 5, single(year, None, None, None, bool), (year, None, None))

    def numeric(self) -> None:
        """Dates in figures (see :mod:`.numeric`)."""
        text = self.text
        for reader in (numeric.day_month_year, numeric.year_month_day, numeric.month_year):
            for w in reader(text, self.scan):
                fields = single(w.year, w.month, w.day, None, bool)
                self.add(w.start, w.end, 1, fields, (w.year, w.month, w.day))
        for w in numeric.day_month(text, self.scan):
            fields = single(None, w.month, w.day, self.reference, self.future(w.start, w.end))
            self.add(w.start, w.end, 1, fields, (None, w.month, w.day))

    def this_month(self) -> None:
        """ "ce mois de mai", "cette décembre": that month of the reference year."""
        for m in self.scan.finditer(pt.THIS_MONTH):
            month, _ = _month(m.group("m"))
            ref = self.reference
            fields = single(ref.year if ref else None, month, None, None, bool)
            if fields is not None and ref is not None:
                fields["year_inferred"] = True
            self.add(m.start(), m.end(), 2, fields or {"value": None, "precision": "month", "month": month})

    def day_this_month(self) -> None:
        """ "le 15 courant", "le 3 du mois en cours": that day of the reference's month."""
        ref = self.reference
        for m in self.scan.finditer(pt.DAY_THIS_MONTH):
            day = _day(m.group("d"))
            if ref is None:
                self.add(m.start(), m.end(), 2, {"value": None, "precision": "day", "day": day})
                continue
            fields = single(ref.year, ref.month, day, None, bool)
            if fields is not None:
                fields["year_inferred"] = True
            self.add(m.start(), m.end(), 2, fields)

    # -- relative forms -------------------------------------------------------------

    def _relative(self, start: int, end: int, point: nz.Point | None, precision: str) -> None:
        self.add(start, end, 3, relative_fields(point, precision))

    def _anchored(self, start: int, end: int, anchored: tuple[str, int, int], precision: str) -> None:
        """A form counted from an anchor date, resolved by :func:`joins.anchored` after settling."""
        self.cands.append(Cand(start, end, 3, relative_fields(None, precision), anchored=anchored))

    def weekdays_in_week(self) -> None:
        """ "mardi de la semaine prochaine", "lundi cette semaine", "mardi de la semaine suivante"."""
        ref = self.reference
        for m in self.scan.finditer(pt.WEEKDAY_WEEK):
            weekday = pt.WEEKDAYS[pt.fold(m.group("wd"))]
            base, offset = pt.WEEKDAY_WEEK_OFFSETS[pt.fold(" ".join(m.group("wk").split()))]
            if base == "anchor":
                self._anchored(m.start(), m.end(), ("week", weekday, offset), "day")
                continue
            point = None
            if ref is not None:
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
                day = monday + dt.timedelta(days=weekday)
                point = nz.day_point(day.year, day.month, day.day)
            self._relative(m.start(), m.end(), point, "day")

    def anchored(self) -> None:
        """ "mardi suivant", "le mois suivant": counted from the last date written before."""
        for m in self.scan.finditer(pt.WEEKDAY_ANCHORED):
            weekday = pt.WEEKDAYS[pt.fold(m.group("wd"))]
            self._anchored(m.start(), m.end(), ("weekday", weekday, 1), "day")
        for m in self.scan.finditer(pt.RELATIVE_ANCHORED):
            unit, offset = pt.RELATIVE_ANCHORED_UNITS[pt.fold(" ".join(m.group("rel").split()))]
            article = _ARTICLE.match(self.text, m.start())
            start = article.end() if article else m.start()
            self._anchored(start, m.end(), ("unit", joins.UNITS.index(unit), offset), unit)

    def relative_phrases(self) -> None:
        """ "hier", "la semaine dernière", "l'an prochain"."""
        for m in self.scan.finditer(pt.RELATIVE_PHRASE):
            self._relative_phrase(m)

    def _relative_phrase(self, m: re.Match[str]) -> None:
        text, ref = self.text, self.reference
        phrase = pt.fold(m.group("rel"))
        if _open_end(text, m.end(), phrase):
            # "la fin de l'année dernière": the phrase inside it ("l'année dernière") is the date
            inner = pt.RELATIVE_PHRASE.search(text, m.start() + 1, m.end() + 40)
            if inner is not None and inner.start() < m.end():
                self._relative_phrase(inner)
            return
        tail = text[m.end() : m.end() + 3].lower()
        if tail.startswith(pt.RELATIVE_NOT_AFTER):
            return
        blocked = pt.RELATIVE_NOT_BEFORE.get(phrase)
        if blocked:
            prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
            if prev and pt.fold(prev.group(1)) in blocked:
                return
        unit, offset = pt.RELATIVE[phrase]
        article = _ARTICLE.match(text, m.start())
        start = article.end() if article else m.start()
        point = nz.relative_point(unit, offset, ref) if ref else None
        self._relative(start, m.end(), point, unit)

    def weekday_relatives(self) -> None:
        """ "jeudi dernier", "mardi prochain"."""
        ref = self.reference
        for m in self.scan.finditer(pt.WEEKDAY_RELATIVE_PHRASE):
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
        for m in self.scan.finditer(pt.WEEKDAY_THIS):
            self._weekday_in_tense(m, m.group("wd"))

    def nth_weekdays(self) -> None:
        """ "le deuxième vendredi d'avril", "le dernier lundi de mai 2024": one day."""
        ref = self.reference
        for m in self.scan.finditer(pt.NTH_WEEKDAY):
            month, _ = _month(m.group("m"))
            weekday = pt.WEEKDAYS[pt.fold(m.group("wd"))]
            n = pt.WEEKDAY_ORDINALS[pt.fold(" ".join(m.group("ord").split()))]
            year = int(m.group("y")) if m.group("y") else None
            written = year is not None
            if year is None and ref is not None:
                future = is_future(self.text, m.start(), m.end())
                year = nz.year_of_nth_weekday(month, weekday, n, ref, future)
            if year is None:
                if ref is None:
                    self.add(m.start(), m.end(), 1, {"value": None, "precision": "day", "month": month})
                continue
            day = nz.nth_weekday(year, month, weekday, n)
            fields = single(year, month, day.day, None, bool) if day is not None else None
            if fields is not None and day is not None:
                fields["year_inferred"] = not written
                self.add(m.start(), m.end(), 1, fields, (year, month, day.day) if written else None)

    def weekdays_bare(self) -> None:
        """ "a déclaré mardi"; not "chaque mardi", "les mardis"."""
        text = self.text
        for m in self.scan.finditer(pt.WEEKDAY_BARE):
            word = m.group("wd")
            if not (word.islower() or in_capitals(text, m.start(), m.end()) or _opens_sentence(text, m)):
                continue  # "Mardi" opening a name; "MARDI" among words in capitals is the day
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
        for m in self.scan.finditer(pt.OFFSET_PHRASE):
            precision = pt.OFFSET_UNITS[pt.fold(m.group("unit"))]
            point = None
            if ref:
                parsed = _parse_offset(m.group(0), ref)
                if parsed is None:
                    continue
                point = nz.point_of(_PRECISIONS[precision], parsed)
            self._relative(m.start(), m.end(), point, precision)


_PREV_WORDS = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)\s+$")


def _open_end(text: str, end: int, phrase: str) -> bool:
    """The relative phrase ending at ``end`` goes on into a longer expression: "la fin du mois
    de mars", "la fin de l'année dernière", "la fin de l'année 2023"."""
    blocked = pt.RELATIVE_OPEN_ENDS.get(phrase)
    if blocked is None:
        return False
    word = _next_word(text, end)
    return word[:1].isdigit() or _word_in(word, blocked)


_ELIDED = re.compile(r"[^\W\d_]['’]")


def _word_in(word: str, words: frozenset[str]) -> bool:
    """``word`` (folded) is one of ``words``, or begins with an elision of them ("d'août": "d'")."""
    elided = _ELIDED.match(word)
    return word in words or (elided is not None and pt.fold(elided.group()) in words)


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    """A capitalised weekday opening a sentence of running text: "Jeudi, le ministre a reçu…"
    (followed by a comma or a lower-case word, in a line that ends a sentence); not a name
    ("Vendredi saint", "Lundi de Pâques") nor a heading ("Mardi noir pour les marchés")."""
    if not pt.SENTENCE_OPENING.search(text, max(0, m.start() - 6), m.start()):
        return False
    following = pt.WEEKDAY_OPENING_NEXT.match(text, m.end())
    if following is None:
        return False
    if following.group("w") is not None and _word_in(pt.fold(following.group("w")), pt.WEEKDAY_NAME_NEXT):
        return False
    line_end = text.find("\n", m.end())
    line = text[m.end() : line_end if line_end >= 0 else len(text)].rstrip()
    return line[-1:] in (".", "!", "?", "…", "»", '"', "”", ")") or pt.SENTENCE_END.search(line) is not None


_Y_A = re.compile(r"(?<=\bil )ya\b", re.IGNORECASE)


def _parse_offset(expression: str, reference: dt.date) -> dt.date | None:
    """Parse one found "il y a trois jours" against ``reference`` with dateparser."""
    import dateparser  # off the hot path: only for these rare expressions

    base = dt.datetime(reference.year, reference.month, reference.day)
    parsed = dateparser.parse(
        _Y_A.sub("y a", " ".join(expression.split())),
        languages=["fr"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"},
    )
    return parsed.date() if parsed is not None else None


def reference_in_range(reference_date: dt.date) -> bool:
    """A reference date the rules can count from: its year within the years a date
    may be written with (1800-2099). Outside them it is a placeholder ("0001-01-01",
    "9999-12-31"), and "demain" or "le 8 mai prochain" would leave the calendar."""
    return pt.YEAR_MIN <= reference_date.year <= pt.YEAR_MAX


def find_dates(text: str, reference_date: dt.date | None = None) -> list[DateMention]:
    """Calendar expressions of ``text``, sorted by start, never overlapping.

    A date written without a year takes it from ``reference_date`` (the most recent
    such date not after it, the next one when the sentence is in the future); with
    no reference date its ``value`` is None. Relative expressions likewise. A
    reference date out of range (:func:`reference_in_range`) counts as none.
    """
    if reference_date is not None and not reference_in_range(reference_date):
        reference_date = None
    return _Finder(text, reference_date).run()
