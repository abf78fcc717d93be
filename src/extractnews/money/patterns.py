"""Compiled regular expressions of the money capability, built once from
``models/currencies_fr.json``.

Every pattern is linear: quantifiers are bounded or apply to disjoint
character sets, and the scanner (:data:`TOKEN`) always succeeds once it has
started on a digit or a number word, so it never retries inside a digit run.
The other patterns are anchored (``match`` at a position, or ``search`` in a
short window ending with ``\\Z``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pycountry
from pydantic import model_validator

from extractnews.resources import DataFile, load_model
from extractnews.text.french import NUMBER_WORDS, alternation, lookup_key, phrase

DATA_FILE = "currencies_fr.json"


@dataclass(frozen=True)
class Rule:
    """A contextual rule: ``code`` applies when one of ``any`` occurs in the
    text and none of ``none``."""

    code: str | None
    any: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...]


fold_currency = lookup_key
"""Lookup key of a written currency: folded (no accents, lower case), single spaces."""


def _valid_code(code: str | None, keys: Iterable[str]) -> None:
    if code is None or code == "@dollar" or code in keys:
        return
    if code.startswith("@") or pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 code")


class _Name(DataFile):
    code: str | None
    forms: tuple[str, ...]


class _Rule(DataFile):
    code: str | None
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()


class _Contextual(DataFile):
    rules: tuple[_Rule, ...]
    default: str | None


class _Magnitudes(DataFile):
    words: dict[str, int]
    abbreviations: dict[str, int]


class CurrenciesData(DataFile):
    """Schema of ``models/currencies_fr.json``: every code an ISO 4217 code or a contextual ``@key``."""

    names: tuple[_Name, ...]
    codes: tuple[str, ...]
    prefix_codes: tuple[str, ...]
    abbreviations: dict[str, str]
    symbols: dict[str, str]
    magnitudes: _Magnitudes
    qualifiers: tuple[str, ...]
    contextual: dict[str, _Contextual]

    @model_validator(mode="after")
    def _codes_exist(self) -> CurrenciesData:
        keys = set(self.contextual)
        for code in [
            *(n.code for n in self.names),
            *self.codes,
            *self.symbols.values(),
            *self.abbreviations.values(),
            *(c.default for c in self.contextual.values()),
            *(r.code for c in self.contextual.values() for r in c.rules),
        ]:
            _valid_code(code, keys)
        unknown = set(self.prefix_codes) - set(self.codes)
        if unknown:
            raise ValueError(f"prefix codes missing from 'codes': {sorted(unknown)}")
        return self


_DATA = load_model(DATA_FILE, CurrenciesData)


def _alternation(forms: Iterable[str]) -> str:
    """Longest first, so that "dollars américains" wins over "dollars"; É and E alike."""
    return alternation(forms, accents=True)


def _cue(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + phrase(word, accents=True) + r"(?!\w)")

#: Power of ten of each magnitude word (lower case) and abbreviation (as written).
MAGNITUDE_WORDS: Mapping[str, int] = MappingProxyType(
    {k.lower(): int(v) for k, v in _DATA.magnitudes.words.items()}
)
MAGNITUDE_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {k: int(v) for k, v in _DATA.magnitudes.abbreviations.items()}
)

#: Folded currency name, code or symbol -> ISO code or ``@key``.
CURRENCY_KEYS: Mapping[str, str | None] = MappingProxyType(
    {
        **{fold_currency(f): e.code for e in _DATA.names for f in e.forms},
        **{fold_currency(c): c for c in _DATA.codes},
        **{fold_currency(a): c for a, c in _DATA.abbreviations.items()},
        **{fold_currency(s): c for s, c in _DATA.symbols.items()},
    }
)

#: ``@key`` -> (rules, default).
CONTEXTUAL: Mapping[str, tuple[tuple[Rule, ...], str | None]] = MappingProxyType(
    {
        key: (
            tuple(
                Rule(r.code, tuple(_cue(w) for w in r.any), tuple(_cue(w) for w in r.none))
                for r in spec.rules
            ),
            spec.default,
        )
        for key, spec in _DATA.contextual.items()
    }
)

QUALIFIERS: tuple[str, ...] = tuple(_DATA.qualifiers)

# --- building blocks -------------------------------------------------------

_SP = r"[\x20\u00a0\u202f\u2009]"
#: A number in digits, French or English grouping, decimal comma or point.
NUM = rf"""
    (?: \d{{1,3}} (?: {_SP} \d{{3}} (?!\d) )+ (?: , \d+ )?
      | \d{{1,3}} (?: \. \d{{3}} (?!\d) )+ (?: , \d+ )?
      | \d{{1,3}} (?: ['’] \d{{3}} (?!\d) )+ (?: [.,] \d+ )?
      | \d{{1,3}} (?: , \d{{3}} (?!\d) ){{2,}} (?: \. \d+ )?
      | \d+ (?: [.,] \d+ )?
    )
"""
_WORD_START = "(?:" + _alternation(NUMBER_WORDS) + r")(?!\w)"
_WORD_ANY = "(?:" + _alternation([*NUMBER_WORDS, *MAGNITUDE_WORDS]) + r")(?!\w)"
#: A number in words ("quarante-cinq", "deux millions"); never starts with a magnitude.
WORDS = rf"""
    (?i: {_WORD_START} (?: (?: [\s-]{{1,3}} (?: et [\s-]{{1,3}} )? ) {_WORD_ANY} )* )
"""
MAG_WORD = "(?i:" + _alternation(MAGNITUDE_WORDS) + r")(?!\w)"
MAG_ABBR = "(?:" + _alternation(MAGNITUDE_ABBREVIATIONS) + ")"
_CODES = "(?:" + _alternation([*_DATA.codes, *_DATA.abbreviations]) + r")(?![\w$€£])"
_PREFIX_CODES = "(?:" + _alternation(_DATA.prefix_codes) + r")(?![\w$€£])"
_NAMES = "(?i:" + _alternation(f for e in _DATA.names for f in e.forms) + r")(?!\w)"
_SYMBOLS = "(?:" + _alternation(_DATA.symbols) + r")(?![A-Za-z])"
_OF = r"(?i: de \s{1,3} | d['’] \s{0,2} )"

_FLAGS = re.VERBOSE

#: Scanner: a number in digits or in words, never started inside another one.
TOKEN = re.compile(
    rf"""
    (?<![\w.,]) (?P<num> {NUM} )
    | (?<![\w-]) (?P<words> {WORDS} )
    """,
    _FLAGS,
)

#: The rest of a compound amount: "1 milliard 200 millions", "1 million 500 000". Anchored.
COMPOUND = re.compile(
    rf"""
    \s{{1,3}} (?P<mag> {MAG_WORD} ) \s{{1,3}} (?: (?i: et ) \s{{1,3}} )?
    (?P<rest> \d{{1,3}} (?: {_SP} \d{{3}} (?!\d) )* (?! [\d.,] ) )
    (?: \s{{1,3}} (?P<mag2> {MAG_WORD} ) )?
    """,
    _FLAGS,
)

#: "(45)" after a number in words.
PAREN = re.compile(rf"\s{{0,2}} \( \s{{0,2}} (?P<num> {NUM} ) \s{{0,2}} \)", _FLAGS)

#: What follows an amount: a magnitude and a currency, or an abbreviated
#: magnitude glued to a sign or code ("M€", "Md USD"). Anchored with ``match``.
SUFFIX = re.compile(
    rf"""
    (?: {_SP}? (?P<abbr> {MAG_ABBR} ) {_SP}? (?P<acur> {_SYMBOLS} | {_CODES} )
      | (?: \s{{1,3}} (?P<mag> {MAG_WORD} ) )?
        \s{{0,3}} (?: (?P<of> {_OF} ) )?
        (?P<cur> {_NAMES} | {_CODES} | {_SYMBOLS} )
    )
    """,
    _FLAGS,
)

#: A magnitude alone after an amount ("2,1 millions", "5M"). Anchored.
MAGNITUDE = re.compile(
    rf"""
    (?: \s{{1,3}} (?P<mag> {MAG_WORD} ) | {_SP}? (?P<abbr> {MAG_ABBR} ) (?![\w$€£]) )
    """,
    _FLAGS,
)

#: "de"/"d'"/"des"/"du" after a bare magnitude: "5 millions de personnes". Anchored.
OF_NOUN = re.compile(r"\s{0,3}(?i:de|des|du)(?!\w)|\s{0,3}(?i:d['’])", _FLAGS)

#: A currency sign or code right before an amount ("USD 2,1 millions", "$10").
#: Searched in a short window ending at the amount.
PREFIX = re.compile(
    rf"(?<![\w$€£]) (?P<pcur> {_SYMBOLS} | {_PREFIX_CODES} ) {_SP}? \Z",
    _FLAGS,
)

#: A qualifier right before an amount. Searched in a short window.
QUALIFIER = re.compile(
    rf"(?<!\w) (?P<q> (?i: {_alternation(QUALIFIERS)} ) ) \s{{0,3}} \Z",
    _FLAGS,
)

#: The low end of a range right before the high end: "entre 2 et", "de 10 à",
#: "2-". Searched in a short window ending at the high end.
RANGE_LOW = re.compile(
    rf"""
    (?: (?<!\w) (?P<lead> (?i: entre | de | d['’] ) ) \s{{0,3}} )?
    (?: (?<![\w.,]) (?P<num> {NUM} ) | (?<![\w-]) (?P<words> {WORDS} ) )
    (?: \s{{1,3}} (?P<mag> {MAG_WORD} ) )?
    \s{{0,3}} (?P<conn> (?i: et | à ) (?!\w) | [-–] ) \s{{0,3}} \Z
    """,
    _FLAGS,
)

#: Between two money mentions forming a range: "… d'euros et " / " à ".
RANGE_JOIN = re.compile(r"\s{0,3}(?P<conn>(?i:et|à)(?!\w)|[-–])\s{0,3}\Z", _FLAGS)
#: "entre " / "de " right before a money mention.
RANGE_LEAD = re.compile(r"(?<!\w)(?P<lead>(?i:entre|de|d['’]))\s{0,3}\Z", _FLAGS)

#: Sentence boundaries, to keep an elided currency within reach.
SENTENCE_END = re.compile(r"[.!?…][»\"”)]?\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ])|\n[\x20\t]*\n")

_MAG_ANY = rf"(?P<mag> (?i: {_alternation(MAGNITUDE_WORDS)} ) ) | (?P<abbr> {MAG_ABBR} )"
#: A whole amount, for :func:`extractnews.money.parse_amount`.
AMOUNT = re.compile(
    rf"""
    (?: (?P<num> {NUM} ) | (?P<words> {WORDS} ) )
    (?: \s{{0,3}} (?: {_MAG_ANY} ) )?
    """,
    _FLAGS,
)
