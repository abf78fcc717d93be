"""Money: fixtures (one case per line of fixtures/money.txt), number-parser
properties, data-file validation and linear-time guards."""

from __future__ import annotations

import itertools
import json
import re
import time
from decimal import Decimal

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractnews.money import find_money, parse_amount
from extractnews.money import patterns as p
from extractnews.money.currency import members, resolve
from extractnews.money.parse import currency_key, parse_number
from extractnews.money.patterns import PYCOUNTRY_NAMES
from extractnews.records import Money
from extractnews.resources import load_json
from tests.annotated import load, parse

CASES = load("money.txt")


@pytest.mark.parametrize("annotated", [line for _, line in CASES], ids=[i for i, _ in CASES])
def test_fixture(annotated: str) -> None:
    text, tags = parse(annotated)
    country = next((t.attrs["country"] for t in tags if "country" in t.attrs), None)
    found = find_money(text, country=country)
    for m in found:
        assert text[m.start : m.end] == m.text
    for tag, m in zip(tags, found, strict=False):
        if "source" in tag.attrs:
            assert m.currency_source == tag.attrs["source"], m
    got = [(m.text, m.start, m.end, m.amount, m.currency, m.qualifier, m.range_part) for m in found]
    want = [
        (
            t.text,
            t.start,
            t.end,
            Decimal(t.attrs["amount"]),
            t.attrs["currency"] or None,
            t.attrs.get("qualifier"),
            t.attrs.get("range"),
        )
        for t in tags
    ]
    assert got == want
    ranges: dict[int, list[str]] = {}
    for m in found:
        if m.range_id is not None:
            ranges.setdefault(m.range_id, []).append(str(m.range_part))
    assert all(parts == ["low", "high"] for parts in ranges.values())


def test_sorted_without_overlap() -> None:
    text = " ".join(parse(line)[0] for _, line in CASES)
    found = find_money(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_default_dollar() -> None:
    (m,) = find_money("Le gouvernement versera 3 millions de dollars.", default_dollar="CAD")
    assert m.currency == "CAD"
    (m,) = find_money("Le gouvernement versera 3 millions de dollars américains.", default_dollar="CAD")
    assert m.currency == "USD"


def test_amount_is_exact_through_json() -> None:
    (m,) = find_money("Le total atteint 123 456 789 012 345,67 euros.")
    assert m.amount == Decimal("123456789012345.67")
    dumped = json.loads(m.model_dump_json(), parse_float=Decimal)
    assert Decimal(str(dumped["amount"])) == Decimal("123456789012345.67")


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("2,1 millions", "2100000"),
        ("4,5 milliards", "4500000000"),
        ("4,5 Md", "4500000000"),
        ("deux millions", "2000000"),
        ("1 500 000", "1500000"),
        ("1.500.000", "1500000"),
        ("12,345,678", "12345678"),
        ("2.5", "2.5"),
        ("mille", "1000"),
        ("3 billions", "3000000000000"),
    ],
)
def test_parse_amount(written: str, value: str) -> None:
    assert parse_amount(written) == Decimal(value)


@pytest.mark.parametrize("written", ["", "dollars", "abc", "12 pommes"])
def test_parse_amount_rejects(written: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(written)


def french(value: Decimal, sep: str) -> str:
    """Format a non-negative Decimal the French way: grouped thousands, decimal comma."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits))
    if exponent < 0:
        text = text.rjust(-exponent + 1, "0")
        whole, frac = text[:exponent], text[exponent:]
    else:
        whole, frac = text + "0" * exponent, ""
    whole = whole.lstrip("0") or "0"
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join(groups) + ("," + frac if frac else "")


amounts = st.decimals(min_value=0, max_value=Decimal("1e15"), places=2, allow_nan=False, allow_infinity=False)


@given(amounts, st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_french_round_trip(value: Decimal, sep: str) -> None:
    assert parse_number(french(value, sep)) == value


@given(st.integers(min_value=0, max_value=10**18), st.integers(min_value=0, max_value=99))
def test_large_amounts_stay_exact(whole: int, cents: int) -> None:
    value = Decimal(whole) + Decimal(cents) / 100
    written = french(value, "\u202f") + " euros"
    (m,) = find_money(f"Le montant s'élève à {written}.")
    assert m.amount == value
    assert m.currency == "EUR"


def test_float_would_round() -> None:
    written = "123 456 789 012 345,67"
    assert parse_number(written) == Decimal("123456789012345.67")
    assert Decimal(float("123456789012345.67")) != Decimal("123456789012345.67")


def test_data_codes_are_iso_4217() -> None:
    data = load_json("currencies_fr.json")
    codes = {e["code"] for e in data["names"]} | set(data["codes"]) | set(data["prefix_codes"])
    codes |= set(data["symbols"].values()) | set(data["abbreviations"].values())
    codes |= {c for c, _ in (v for k, v in data["magnitude_codes"].items() if not k.startswith("_"))}
    for key, spec in data["ambiguous"].items():
        if key.startswith("_"):
            continue
        codes |= set(spec.get("members", ())) | set(spec.get("cues", {})) | {spec["default"]}
    for code in codes:
        if code is None or code.startswith("@"):
            assert code in (None, "@default_dollar") or code in data["ambiguous"], code
        else:
            assert pycountry.currencies.get(alpha_3=code) is not None, code


def test_cfa_resolution() -> None:
    """Without a country, the zone whose countries the text names; else West Africa."""
    assert resolve("@cfa", "name", "Au Gabon et au Tchad.") == ("XAF", "context")
    assert resolve("@cfa", "name", "Au Gabon, au Sénégal et en Côte d'Ivoire.") == ("XOF", "context")
    assert resolve("@cfa", "name", "Sans contexte.") == ("XOF", "default")
    assert resolve("@cfa", "name", "Au Sénégal.", country="CM") == ("XAF", "country")


@pytest.mark.parametrize(
    ("key", "country", "want"),
    [
        ("@dollar", "CA", "CAD"),
        ("@dollar", "AU", "AUD"),
        ("@dollar", "FR", "USD"),
        ("@franc", "GN", "GNF"),
        ("@franc", "CH", "CHF"),
        ("@franc", "RW", "RWF"),
        ("@fc", "KM", "KMF"),
        ("@fc", "CD", "CDF"),
        ("@livre", "LB", "LBP"),
        ("@livre", "EG", "EGP"),
        ("@roupie", "MU", "MUR"),
        ("@roupie", "SC", "SCR"),
        ("@dinar", "TN", "TND"),
        ("@dinar", "DZ", "DZD"),
        ("@dirham", "AE", "AED"),
        ("@rial", "SA", "SAR"),
    ],
)
def test_the_country_decides_a_family_name(key: str, country: str, want: str) -> None:
    code, source = resolve(key, "name", "Un texte sans autre indice.", country=country)
    assert code == want
    assert source == ("country" if want in members(key) and want != "USD" else "default")


def test_every_currency_has_its_french_name() -> None:
    """pycountry's French names, singular and plural, name their own code."""
    from extractnews.money import patterns as p

    for code, name in p.PYCOUNTRY_NAMES.items():
        assert currency_key(name) == (code, "name"), (code, name)
    for written, code in [
        ("dinars tunisiens", "TND"),
        ("ouguiyas", "MRU"),
        ("roupies mauriciennes", "MUR"),
        ("livres libanaises", "LBP"),
        ("francs djiboutiens", "DJF"),
        ("droits de tirages spéciaux", "XDR"),
        ("kwachas malawiens", "MWK"),
        ("manats azerbaïdjanais", "AZN"),
    ]:
        assert currency_key(written) == (code, "name"), written


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "a" * 200_000,
        "111 " * 50_000,
        "1.000." * 40_000,
        "1,2," * 50_000,
        "deux-" * 40_000,
        "entre 2 et " * 20_000,
        "10 millions " * 20_000,
        " " * 200_000 + "5 euros",
        "$" * 200_000,
    ],
    ids=[
        "digits",
        "letters",
        "groups",
        "dots",
        "commas",
        "words",
        "ranges",
        "bare",
        "blank",
        "signs",
    ],
)
def test_linear_time(text: str) -> None:
    start = time.perf_counter()
    find_money(text)
    assert time.perf_counter() - start < 3.0


def _every_form() -> list[str]:
    """Every currency, magnitude and magnitude-with-currency form the money patterns know."""
    data = load_json("currencies_fr.json")
    mag = data["magnitudes"]
    forms = [f for entry in data["names"] for f in entry["forms"]] + list(PYCOUNTRY_NAMES.values())
    forms += [*data["codes"], *data["abbreviations"], *data["symbols"], *data["prefix_abbreviations"]]
    forms += [form for c in data["symbol_codes"]["codes"] for form in (f"{c}$", f"${c}")]
    forms += [*mag["words"], *mag["abbreviations"], *mag["halves"]]
    return forms + [k for k in data["magnitude_codes"] if not k.startswith("_")]


def test_forms_have_no_outer_spaces() -> None:
    """The cheap tests before the money patterns (SUFFIX_START, PREFIX_END) read a form's first
    and last characters: a form may not begin or end with a space."""
    assert [f for f in _every_form() if f != f.strip() or not f] == []


@pytest.mark.parametrize("space", ["", " ", "\u00a0", "   "])
def test_cheap_tests_never_miss_a_form(space: str) -> None:
    """Wherever a currency or a magnitude follows an amount, SUFFIX_START matches there too, and
    wherever a sign or code precedes it, PREFIX_END does: they only let the scanner skip work."""
    for form in _every_form():
        for written in {form, form.lower(), form.upper(), form.capitalize()}:
            for after in (f"12{space}{written} 500", f"12{space}de {written}", f"12{space}d’{written}"):
                if any(pattern.match(after, 2) for pattern in (p.SUFFIX, p.MAGNITUDE, p.COMPOUND)):
                    assert p.SUFFIX_START.match(after, 2), after
            before = f"soit {written}{space}12"
            start = len(before) - 2
            if p.PREFIX.search(before, start - 8, start):
                assert p.PREFIX_END.search(before, start - 2, start), before


def _money_without_cheap_tests(text: str) -> list[Money]:
    saved = p.SUFFIX_START, p.PREFIX_END
    p.SUFFIX_START = p.PREFIX_END = re.compile("")  # matches everywhere: nothing is skipped
    try:
        return find_money(text)
    finally:
        p.SUFFIX_START, p.PREFIX_END = saved


_PIECES = ["12", "2,5", "1 500", "450’000.–", "5M", "cinq", "une", "millions", "Md", "milliard"]
_PIECES += ["€", "$", "US$", "USD", "euros", "F CFA", "francs", "Rs", "Fr.", "de", "d'", "entre"]
_PIECES += ["et", "à", "-", "(45)", "habitants", "Le", "en", "2024", ".", ",", " ", "\u00a0", "\n\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_cheap_tests_change_nothing(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert find_money(text) == _money_without_cheap_tests(text)


def test_cheap_tests_change_nothing_on_the_fixtures() -> None:
    text = "\n".join(parse(line)[0] for _, line in CASES)
    assert find_money(text) == _money_without_cheap_tests(text)
