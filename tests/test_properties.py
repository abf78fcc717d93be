"""Property tests: generated press-release-like text never breaks the extractor.

Texts mix French prose, dates, amounts, acronyms, random Unicode, HTML and
odd white space. Whatever comes in: no exception, every offset true, every
date value well-formed ISO 8601 naming real days, every currency an ISO 4217
code, every amount a finite non-negative Decimal.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractnews import Extractor
from extractnews.extraction import Extraction
from extractnews.text import chunks, prepare
from tests.test_reliability import check_offsets

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin")
MONTHS += ("juillet", "août", "septembre", "octobre", "novembre", "décembre")

PROSE = st.sampled_from(
    [
        "Le Programme des Nations Unies pour le développement a annoncé",
        "a déclaré la directrice exécutive",
        "lors d'une conférence de presse à Genève",
        "Mme Inger Andersen, Directrice exécutive du PNUE,",
        "M. Moussa Faki Mahamat, Président de la Commission de l'Union africaine",
        "La Banque africaine de développement (BAD) apportera",
        "l'Organisation mondiale de la santé (OMS)",
        "le Haut-Commissariat des Nations Unies pour les réfugiés",
        "À propos du PNUE",
        "Contact presse : presse@example.org",
        "NAIROBI/GENÈVE, le 12 mars 2024 –",
        "Document SOC/CP/314",
        "« Nous avons besoin de tous les partenaires »",
        "environ",
        "près de",
        "entre",
        "et",
        "du",
        "au",
        ".",
        ",",
        "(",
        ")",
    ]
)

ACRONYMS = st.sampled_from(
    ["PNUD", "UA", "FAO", "OMS", "UNICEF", "BAD", "CEDEAO", "ONU", "HCR", "FMI", "UNDP", "UE", "OIT", "XYZ"]
)


@st.composite
def dates(draw: st.DrawFn) -> str:
    day = draw(st.integers(0, 32))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(1, 9999) | st.integers(1990, 2030))
    name = MONTHS[month - 1]
    forms = [
        f"le {day} {name} {year}",
        f"{day}er {name}",
        f"le {day} {name}",
        f"{day}/{month}/{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"en {name} {year}",
        f"du {day} au {day + 1} {name} {year}",
        f"du {day} {name} au {day} {MONTHS[month % 12]} {year}",
        f"la semaine {day} de {year}",
        f"au premier trimestre {year}",
        f"en {year}",
        f"mi-{name} {year}",
        f"entre {year} et {year + draw(st.integers(-3, 3))}",
        "hier",
        "la semaine prochaine",
        f"fin {name}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def amounts(draw: st.DrawFn) -> str:
    whole = draw(st.integers(0, 10**9))
    cents = draw(st.integers(0, 99))
    grouped = f"{whole:,}".replace(",", draw(st.sampled_from([" ", "\u00a0", "\u202f", ".", ""])))
    number = draw(st.sampled_from([str(whole), grouped, f"{whole},{cents:02d}", f"{whole % 1000},{cents}"]))
    magnitude = draw(st.sampled_from(["", " millions", " milliard", " milliards", " mille", " M", " Md"]))
    currency = draw(
        st.sampled_from(
            [
                " d'euros",
                " euros",
                " €",
                " de dollars",
                " dollars des États-Unis",
                " $",
                " $ US",
                " USD",
                " de francs CFA",
                " FCFA",
                " francs suisses",
                " CHF",
                " livres sterling",
                " yens",
                " de",
                "",
            ]
        )
    )
    prefix = draw(st.sampled_from(["", "US$ ", "€", "$", "près de ", "plus de ", "entre "]))
    return f"{prefix}{number}{magnitude}{currency}"


NOISE = st.text(max_size=12) | st.sampled_from(["\ud800", "\udfff", "\x00", "\u0301" * 40, "🇫🇷", "\u200f"])
HTML = st.sampled_from(
    ["<p>", "</p>", "<br/>", "<b>", "</b>", "&amp;", "&eacute;", "&#233;", "&#xD800;", "&bogus;",
     "<script>var x = '8 mai 2019';</script>", "<!-- PNUD -->", "<!--", "<style>", "<div class='a'>", "<"]
)  # fmt: skip
SPACE = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u202f", "\u200b", "\u00ad", "\ufeff"]
)

PIECES = st.one_of(
    PROSE, PROSE, dates(), amounts(), ACRONYMS, ACRONYMS.map(lambda a: f"({a})"), NOISE, HTML, SPACE
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECES, max_size=30))
    seps = draw(st.lists(SPACE | st.just(" "), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps, strict=True))


REFERENCE = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

# ---------------------------------------------------------------- the checks

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$")


def _first_and_last_day(part: str) -> tuple[dt.date, dt.date]:
    """The days an ISO date part covers; raises if it is malformed or names no real day."""
    m = _PART.match(part)
    assert m, f"not an ISO date part: {part!r}"
    year = int(m.group(1))
    if m.group(4):
        monday = dt.date.fromisocalendar(year, int(m.group(4)), 1)  # ValueError if week 53 does not exist
        return monday, monday + dt.timedelta(days=6)
    if m.group(3):
        day = dt.date(year, int(m.group(2)), int(m.group(3)))  # ValueError on 31 February
        return day, day
    if m.group(2):
        month = int(m.group(2))
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1) if year < 9999 or month < 12 else None
        return first, (following - dt.timedelta(days=1)) if following else dt.date(9999, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def check_dates(result: Extraction) -> None:
    for d in result.dates:
        if d.value is None:
            continue
        parts = d.value.split("/")
        assert len(parts) in (1, 2), d
        assert d.is_span == (len(parts) == 2), d
        covered = [_first_and_last_day(p) for p in parts]
        first, last = covered[0][0], covered[-1][1]
        assert first <= last, d
        if d.first_day is not None:
            assert d.first_day == first, d
        if d.last_day is not None:
            assert d.last_day == last, d


ISO_4217 = frozenset(c.alpha_3 for c in pycountry.currencies)


def check_money(result: Extraction) -> None:
    for m in result.money:
        assert m.currency is None or m.currency in ISO_4217, m
        assert isinstance(m.amount, Decimal) and m.amount.is_finite() and m.amount >= 0, m
        assert (m.range_id is None) == (m.range_part is None), m


def check_all(result: Extraction, text: str) -> None:
    check_offsets(result, text)
    check_dates(result)
    check_money(result)


# ---------------------------------------------------------------- properties

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.slow
@FAST
@given(text=documents(), reference=REFERENCE)
def test_generated_documents(extractor: Extractor, text: str, reference: dt.date | None) -> None:
    check_all(extractor.extract(text, reference_date=reference), text)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), reference=REFERENCE)
def test_arbitrary_unicode(extractor: Extractor, text: str, reference: dt.date | None) -> None:
    check_all(extractor.extract(text, reference_date=reference), text)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(documents() | st.none() | st.binary(max_size=5), max_size=6))
def test_generated_batches(extractor: Extractor, texts: list[object]) -> None:
    results = list(
        extractor.extract_many(({"id": str(i), "text": t} for i, t in enumerate(texts)), batch_size=2)
    )
    assert [r.id for r in results] == [str(i) for i in range(len(texts))]
    for text, result in zip(texts, results, strict=True):
        if isinstance(text, str):
            check_all(result, text)
        else:
            assert result.error is not None and "TypeError" in result.error


# ---------------------------------------------------------------- the clean-up and the chunks (no model)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.text(max_size=8) | HTML | SPACE | PROSE | st.just("e\u0301"), max_size=40).map("".join)
)
def test_prepare_maps_every_character_back(text: str) -> None:
    prepared = prepare(text)
    assert prepared.source == text
    if prepared.starts is None:
        assert prepared.text == text
        return
    assert prepared.ends is not None
    assert len(prepared.starts) == len(prepared.ends) == len(prepared.text)
    previous = 0
    for start, end in zip(prepared.starts, prepared.ends, strict=True):
        assert previous <= start < end <= len(text)
        previous = start
    for i in range(len(prepared.text)):
        for j in range(i + 1, min(len(prepared.text), i + 4) + 1):
            s, e = prepared.to_source(i, j)
            assert 0 <= s <= e <= len(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .\n\t!"), max_size=5000), size=st.integers(1000, 3000))
def test_chunks_cover_the_text(text: str, size: int) -> None:
    pieces = list(chunks(text, size))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(pieces):
        assert end == start
    assert all(0 < e - s <= size for s, e in pieces) or text == ""


# -- normalisers of dates ---------------------------------------------------------------


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)), st.integers(-365, 365))
def test_a_written_weekday_picks_the_year(day: dt.date, shift: int) -> None:
    """A day and its weekday, written without the year near a reference, give back the year."""
    from extractnews.dates import normalize as nz

    reference = day + dt.timedelta(days=shift)
    assert nz.year_of_weekday(day.month, day.day, day.weekday(), reference) == day.year
    assert nz.resolve_year(day.month, day.day, reference, False, day.weekday()) == day.year


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    st.sampled_from(["/", ".", "-", " "]),
)
def test_figures_are_read_day_first(day: dt.date, sep: str) -> None:
    """Every day written in figures, with a four- or two-digit year, reads back as itself."""
    from extractnews.dates import find_dates

    for year in (f"{day.year}", f"{day.year % 100:02d}"):
        written = f"{day.day:02d}{sep}{day.month:02d}{sep}{year}"
        found = find_dates(f"Le document est daté du {written}.")
        assert [(m.text, m.value) for m in found] == [(written, day.isoformat())]
