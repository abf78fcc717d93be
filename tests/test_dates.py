"""Tests of extractnews.dates: one case per line of fixtures/dates.txt, plus properties."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractnews.dates import find_dates
from extractnews.dates import normalize as nz
from extractnews.records import DateMention
from tests.annotated import FIXTURES, load, parse

_REF_HEADER = re.compile(r"#\s*ref:\s*(\S+)")


def _cases() -> list[tuple[str, str, dt.date | None]]:
    """``(id, annotated line, reference date)``; "# ref:" headers set the reference."""
    refs: dict[int, dt.date | None] = {}
    current: dt.date | None = None
    lines = (FIXTURES / "dates.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        header = _REF_HEADER.match(line.strip())
        if header:
            raw = header.group(1)
            current = None if raw == "none" else dt.date.fromisoformat(raw)
        refs[number] = current
    return [(case_id, line, refs[int(case_id.rsplit(":", 1)[1])]) for case_id, line in load("dates.txt")]


CASES = _cases()


def _check_invariants(text: str, mentions: list[DateMention]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end, "mentions overlap or are not sorted"
        previous_end = m.end


@pytest.mark.parametrize(("line", "reference"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fixture(line: str, reference: dt.date | None) -> None:
    text, tags = parse(line)
    found = find_dates(text, reference)
    _check_invariants(text, found)
    got = [(m.text, m.start, m.value or "none") for m in found]
    want = [(t.text, t.start, t.attrs["value"]) for t in tags]
    assert got == want
    for tag, m in zip(tags, found, strict=True):
        if "precision" in tag.attrs:
            assert m.precision == tag.attrs["precision"]
        if "inferred" in tag.attrs:
            assert m.year_inferred == (tag.attrs["inferred"] == "true")
        if "relative" in tag.attrs:
            assert m.relative == (tag.attrs["relative"] == "true")
        if m.value is None:
            assert m.first_day is None and m.last_day is None and m.year is None


# -- fields --------------------------------------------------------------------------


def test_month_fields() -> None:
    (m,) = find_dates("Le bureau a ouvert en juin 2017.")
    assert (m.value, m.precision, m.first_day, m.last_day) == (
        "2017-06",
        "month",
        dt.date(2017, 6, 1),
        dt.date(2017, 6, 30),
    )
    assert (m.year, m.month, m.day, m.year_inferred, m.relative) == (2017, 6, None, False, False)


def test_span_fields() -> None:
    (m,) = find_dates("La foire a lieu du 31 mars au 5 avril 2012.")
    assert m.is_span and m.precision == "day"
    assert (m.first_day, m.last_day) == (dt.date(2012, 3, 31), dt.date(2012, 4, 5))
    assert (m.year, m.month, m.day) == (2012, 3, 31)


def test_year_span_covers_both_years() -> None:
    (m,) = find_dates("Sur la période 2005-2009, le fonds a doublé.")
    assert (m.value, m.first_day, m.last_day) == (
        "2005/2009",
        dt.date(2005, 1, 1),
        dt.date(2009, 12, 31),
    )


def test_week_fields() -> None:
    (m,) = find_dates("Il est rentré la semaine dernière.", dt.date(2019, 5, 8))
    assert (m.value, m.first_day, m.last_day) == (
        "2019-04-29/2019-05-05",
        dt.date(2019, 4, 29),
        dt.date(2019, 5, 5),
    )
    assert m.relative


def test_inferred_year_is_recorded() -> None:
    (m,) = find_dates("La réunion a eu lieu le 20 décembre.", dt.date(2019, 5, 8))
    assert (m.value, m.year, m.month, m.day, m.year_inferred) == ("2018-12-20", 2018, 12, 20, True)


def test_no_reference_keeps_month_and_day() -> None:
    (m,) = find_dates("La réunion a eu lieu le 20 décembre.")
    assert (m.value, m.year, m.month, m.day, m.first_day) == (None, None, 12, 20, None)


def test_no_break_spaces_and_curly_apostrophes() -> None:
    text = "Signé le 8\u00a0mai\u202f2019, publié aujourd’hui."
    found = find_dates(text, dt.date(2019, 5, 10))
    assert [m.value for m in found] == ["2019-05-08", "2019-05-10"]
    _check_invariants(text, found)


@pytest.mark.parametrize(
    ("yy", "year"), [(3, 2003), (49, 2049), (50, 1950), (99, 1999)], ids=["03", "49", "50", "99"]
)
def test_two_digit_years(yy: int, year: int) -> None:
    assert nz.expand_two_digit_year(yy, 50) == year


@pytest.mark.parametrize(
    ("month", "day", "future", "want"),
    [
        (5, 8, False, 2019),
        (12, 20, False, 2018),
        (12, 20, True, 2019),
        (2, 29, False, 2016),
        (5, None, False, 2019),
    ],
    ids=["same-day", "past", "future", "leap-day", "month"],
)
def test_resolve_year(month: int, day: int | None, future: bool, want: int) -> None:
    assert nz.resolve_year(month, day, dt.date(2019, 5, 8), future) == want


# -- properties ----------------------------------------------------------------------

_WORDS = [
    "le",
    "la",
    "en",
    "de",
    "du",
    "les",
    "au",
    "et",
    "réunion",
    "rapport",
    "Genève",
    "sera",
    "a",
    "eu",
    "lieu",
    "hier",
    "aujourd'hui",
    "depuis",
    "mois",
    "ans",
    "fois",
    "par",
    "an",
    "plus",
    "personnes",
    "euros",
    "prochain",
    "dernier",
    "mi-",
    "d'",
    ",",
    ".",
    "(",
    ")",
    "entre",
    "à",
    "l'année",
    "cette",
    "année",
    "semaine",
    "lundi",
    "COVID-19",
    "A/RES/70/1",
]
_MONTH_NAMES = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "janv.",
    "sept",
    "Mars",
    "MAI",
]


@st.composite
def french_text(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            pieces.append(draw(st.sampled_from(_WORDS)))
        elif kind == 1:
            pieces.append(draw(st.sampled_from(_MONTH_NAMES)))
        elif kind == 2:
            pieces.append(str(draw(st.integers(0, 40))))
        elif kind == 3:
            pieces.append(str(draw(st.integers(1750, 2150))))
        elif kind == 4:
            d, m, y = draw(st.integers(0, 35)), draw(st.integers(0, 14)), draw(st.integers(0, 99))
            pieces.append(f"{d}{draw(st.sampled_from('/.-'))}{m}/{y:02d}")
        else:
            pieces.append(draw(st.sampled_from(["1er", "premier", "-", "–", "1 500", "\u00a0"])))
    return draw(st.sampled_from([" ", "\u00a0"])).join(pieces)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(french_text())
def test_no_guessed_year_without_reference(text: str) -> None:
    """With no reference date, every year of every value is written in the text.

    The derived years allowed are those next to a written one across New Year: the
    start of a span ("du 28 décembre au 4 janvier 2017"), its end ("du 2 janvier 1800
    au 1er janvier"), and a date coordinated with a later one that has the year
    ("le 1er février et le 1er janvier 2010").
    """
    found = find_dates(text, None)
    _check_invariants(text, found)
    for m in found:
        assert not (m.relative and m.value is not None)
        if m.value is None:
            continue
        parts = m.value.split("/")
        for part in parts:
            year = part[:4]
            written = year in text or year[2:] in text
            if not written:
                neighbours = (str(int(year) + 1), str(int(year) - 1))
                written = any(n in text or n[2:] in text for n in neighbours)
            assert written, (m, text)


@settings(max_examples=200, deadline=None)
@given(french_text(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_inferred_years_stay_near_the_reference(text: str, reference: dt.date) -> None:
    for m in find_dates(text, reference):
        if m.year_inferred or m.relative:
            assert m.first_day is not None
            assert abs(m.first_day.year - reference.year) <= 8


# -- speed: every pattern stays linear ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "a" * 200_000,
        "1/" * 100_000,
        "2019-" * 40_000,
        "8" + " " * 200_000 + "mai",
        "mai " * 50_000,
        "d'" * 100_000,
        "8\u00a0" * 100_000,
        "le 8 mai 2019, " * 13_000,
    ],
    ids=["digits", "letters", "slashes", "dashes", "spaces", "months", "elisions", "nbsp", "dates"],
)
def test_long_inputs_stay_fast(text: str) -> None:
    t0 = time.perf_counter()
    find_dates(text, dt.date(2019, 5, 8))
    assert time.perf_counter() - t0 < 5.0
