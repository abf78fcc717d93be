"""Compiled regular expressions of the money capability, built once from
``models/currencies_fr.json``.

Every pattern is linear: quantifiers are bounded or apply to disjoint
character sets, and the scanner (:data:`TOKEN`) always succeeds once it has
started on a digit or a number word, so it never retries inside a digit run.
The other patterns are anchored (``match`` at a position, or ``search`` in a
short window ending with ``\\Z``).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import pycountry
from pydantic import Field, model_validator

from extractnews.resources import DataFile, load_model
from extractnews.text.french import NUMBER_WORDS, alternation, lookup_key, phrase

DATA_FILE = "currencies_fr.json"

fold_currency = lookup_key
"""Lookup key of a written currency: folded (no accents, lower case), single spaces."""

DEFAULT_DOLLAR = "@default_dollar"
"""The caller's ``default_dollar`` in the data file."""


def _valid_code(code: str | None, keys: Iterable[str]) -> None:
    if code is None or code == DEFAULT_DOLLAR or code in keys:
        return
    if code.startswith("@") or pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 code")


class _Name(DataFile):
    code: str | None
    forms: tuple[str, ...]


class _Redirect(DataFile):
    to: str
    any: tuple[str, ...]


class Ambiguous(DataFile):
    """A form naming a family of currencies ("dollars", "francs", "FC"); see the data file."""

    heads: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    default: str | None
    context: bool
    cues: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    redirect: _Redirect | None = None
    required: bool = False


class _Pycountry(DataFile):
    exclude: tuple[str, ...]
    fixes: dict[str, str]


class _Words(DataFile):
    words: tuple[str, ...]


class _SymbolCodes(DataFile):
    codes: tuple[str, ...]


class _ExchangeRates(DataFile):
    before_unit: tuple[str, ...]
    after_unit: tuple[str, ...]


class _Magnitudes(DataFile):
    words: dict[str, int]
    abbreviations: dict[str, int]
    halves: dict[str, int]


class CurrenciesData(DataFile):
    """Schema of ``models/currencies_fr.json``: every code an ISO 4217 code or a contextual ``@key``."""

    names: tuple[_Name, ...]
    pycountry: _Pycountry
    codes: tuple[str, ...]
    prefix_codes: tuple[str, ...]
    abbreviations: dict[str, str]
    prefix_abbreviations: tuple[str, ...]
    symbols: dict[str, str]
    symbol_codes: _SymbolCodes
    magnitudes: _Magnitudes
    magnitude_codes: dict[str, tuple[str, int]]
    cents: _Words
    money_nouns: _Words
    qualifiers: tuple[str, ...]
    ambiguous: dict[str, Ambiguous]
    exchange_rates: _ExchangeRates

    @model_validator(mode="after")
    def _codes_exist(self) -> CurrenciesData:
        keys = set(self.ambiguous)
        for code in [
            *(n.code for n in self.names),
            *self.codes,
            *self.symbols.values(),
            *self.abbreviations.values(),
            *self.symbol_codes.codes,
            *(c for c, _ in self.magnitude_codes.values()),
            *(a.default for a in self.ambiguous.values()),
            *(m for a in self.ambiguous.values() for m in (*a.members, *a.cues)),
            *(a.redirect.to for a in self.ambiguous.values() if a.redirect),
        ]:
            _valid_code(code, keys)
        unknown = set(self.prefix_codes) - set(self.codes)
        if unknown:
            raise ValueError(f"prefix codes missing from 'codes': {sorted(unknown)}")
        forms = {lookup_key(f) for n in self.names for f in n.forms}
        unknown = {
            a for a in self.prefix_abbreviations if a not in self.abbreviations and lookup_key(a) not in forms
        }
        if unknown:
            raise ValueError(f"prefix abbreviations neither abbreviations nor names: {sorted(unknown)}")
        return self


_DATA = load_model(DATA_FILE, CurrenciesData)


def _alternation(forms: Iterable[str]) -> str:
    """Longest first, so that "dollars américains" wins over "dollars"; É and E alike."""
    return alternation(forms, accents=True)


_PARENS = re.compile(r"\s*\([^)]*\)")


def _pycountry_names() -> dict[str, str]:
    """French name of every ISO 4217 currency (pycountry), parentheses dropped, fixes applied."""
    fr = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["fr"])
    spec = _DATA.pycountry
    out = {}
    for currency in pycountry.currencies:
        code = currency.alpha_3
        if code in spec.exclude:
            continue
        name = spec.fixes.get(code) or _PARENS.sub("", fr.gettext(currency.name)).strip()
        out[code] = name[:1].lower() + name[1:]
    return out


PYCOUNTRY_NAMES: Mapping[str, str] = MappingProxyType(_pycountry_names())
"""ISO code -> French name ("dollar canadien")."""


def singular(word: str) -> str:
    """The singular of a folded word of a currency name: "dollars" -> "dollar", "speciaux" -> "special"."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    return word[:-1] if word[-1] in "sx" else word


def name_key(written: str) -> str:
    """Lookup key of a currency name: folded, each word in the singular."""
    return " ".join(singular(w) for w in fold_currency(written).split())


def _name_pattern(form: str) -> str:
    """A currency name whose every word may be singular or plural ("droits de tirages spéciaux")."""
    words = []
    for word in form.split():
        if word[:1].isupper() or not word.isalpha() or len(word) <= 3:
            words.append(phrase(word, accents=True))
        elif word.endswith("al"):
            words.append(phrase(word[:-2], accents=True) + "(?:al|aux)")
        elif word.endswith("eau"):
            words.append(phrase(word, accents=True) + "x?")
        elif word[-1] in "sxz":
            words.append(phrase(word, accents=True))
        else:
            words.append(phrase(word, accents=True) + "s?")
    return r"\s{1,3}".join(words)


def _names_alternation(forms: Iterable[str]) -> str:
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(_name_pattern(f) for f in unique) + ")"


#: Power of ten of each magnitude word (lower case) and abbreviation (as written).
MAGNITUDE_WORDS: Mapping[str, int] = MappingProxyType(
    {k.lower(): int(v) for k, v in {**_DATA.magnitudes.words, **_DATA.magnitudes.halves}.items()}
)
MAGNITUDE_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {k: int(v) for k, v in _DATA.magnitudes.abbreviations.items()}
)

_NAME_FORMS: dict[str, str | None] = {f: code for code, f in PYCOUNTRY_NAMES.items()}
_NAME_FORMS.update({f: e.code for e in _DATA.names for f in e.forms})
_SYMBOL_FORMS: dict[str, str] = dict(_DATA.symbols)
for _code in _DATA.symbol_codes.codes:
    for _form in (_code, _code.lower()):
        _SYMBOL_FORMS.setdefault(_form + "$", _code)
        _SYMBOL_FORMS.setdefault("$" + _form, _code)

#: Currency name, in :func:`name_key` form -> ISO code or ``@key``.
NAME_KEYS: Mapping[str, str | None] = MappingProxyType({name_key(f): c for f, c in _NAME_FORMS.items()})
#: Folded code or abbreviation -> ISO code or ``@key``.
CODE_KEYS: Mapping[str, str] = MappingProxyType(
    {
        **{fold_currency(c): c for c in _DATA.codes},
        **{fold_currency(a): c for a, c in _DATA.abbreviations.items()},
    }
)
#: Folded symbol -> ISO code or ``@key``.
SYMBOL_KEYS: Mapping[str, str] = MappingProxyType({fold_currency(s): c for s, c in _SYMBOL_FORMS.items()})
#: Magnitude and currency in one abbreviation: "MDT" -> ("TND", 6).
MAGNITUDE_CODES: Mapping[str, tuple[str, int]] = MappingProxyType(
    {k: (v[0], int(v[1])) for k, v in _DATA.magnitude_codes.items() if not k.startswith("_")}
)
#: ``@key`` -> how it is resolved.
AMBIGUOUS: Mapping[str, Ambiguous] = MappingProxyType(dict(_DATA.ambiguous))
#: "demi-million" -> 6: half of ten to that power.
HALVES: Mapping[str, int] = MappingProxyType({k.lower(): int(v) for k, v in _DATA.magnitudes.halves.items()})

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
MAG_WORD = "(?i:" + _alternation(w for w in MAGNITUDE_WORDS if w not in HALVES) + r")(?!\w)"
MAG_ABBR = "(?:" + _alternation(MAGNITUDE_ABBREVIATIONS) + ")"
_CODES = "(?:" + _alternation([*_DATA.codes, *_DATA.abbreviations]) + r")(?![\w$€£])"
_PREFIX_CODES = "(?:" + _alternation(_DATA.prefix_codes) + r")(?![\w$€£])"
_PREFIX_ABBREVIATIONS = "(?:" + _alternation(_DATA.prefix_abbreviations) + r")(?![\w$€£])"
_NAMES = "(?i:" + _names_alternation(_NAME_FORMS) + r")(?!\w)"
_SYMBOLS = "(?:" + _alternation(_SYMBOL_FORMS) + r")(?![A-Za-z'’])"
_MAG_CODES = "(?:" + _alternation(MAGNITUDE_CODES) + r")(?![\w$€£])"
_OF = r"(?i: de \s{1,3} | d['’] \s{0,2} )"

_FLAGS = re.VERBOSE


def _heads(forms: Iterable[str], width: int) -> str:
    """The first ``width`` characters of the first word of each of ``forms`` (É/E alike), grouped
    by their first character. A match of a form begins with a match of its head (after spaces),
    so this short pattern is a cheap necessary condition to test before the forms themselves."""
    by_first: dict[str, set[str]] = {}
    for form in forms:
        head = form.split()[0][:width]
        by_first.setdefault(head[0], set()).add(head[1:])
    groups = (phrase(first, accents=True) + _alternation(rest) for first, rest in sorted(by_first.items()))
    return "(?:" + "|".join(groups) + ")"


#: Scanner: a number in digits or in words, never started inside another one. The lookaheads
#: test the first character before anything else, so that most positions fail at once.
TOKEN = re.compile(
    rf"""
    (?= \d ) (?: (?<![\w.,]) | (?<=[A-Z]{{3}}) (?<![A-Z]{{4}}) ) (?P<num> {NUM} )
    | (?= (?i: {_heads(NUMBER_WORDS, 1)} ) ) (?<![\w-]) (?P<words> {WORDS} )
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
    (?: {_SP}? (?P<mcode> {_MAG_CODES} )
      | {_SP}? (?P<abbr> {MAG_ABBR} ) {_SP}? (?: (?i: de ) \s{{1,3}} )?
        (?P<acur> {_SYMBOLS} | {_CODES} | {_NAMES} )
      | (?: \s{{1,3}} (?P<mag> {MAG_WORD} ) )?
        \s{{0,3}} (?: (?P<of> {_OF} ) )?
        (?P<cur> {_NAMES} | {_CODES} | {_SYMBOLS} )
    )
    """,
    _FLAGS,
)

#: What may begin a SUFFIX, a MAGNITUDE or a COMPOUND: up to three spaces, then the head of a
#: magnitude, of "de" or of a currency, in any case or as written, as each is matched. Where
#: this fails (most numbers: years, days, counts), those longer patterns fail too. Anchored.
_HEADS_ANY_CASE = _heads([*MAGNITUDE_WORDS, *_NAME_FORMS, "de", "d'"], 3)
_HEADS_AS_WRITTEN = _heads(
    [*MAGNITUDE_CODES, *MAGNITUDE_ABBREVIATIONS, *_DATA.codes, *_DATA.abbreviations, *_SYMBOL_FORMS], 3
)
SUFFIX_START = re.compile(rf"\s{{0,3}} (?: (?i: {_HEADS_ANY_CASE} ) | {_HEADS_AS_WRITTEN} )", _FLAGS)

#: A magnitude alone after an amount ("2,1 millions", "5M"). Anchored.
MAGNITUDE = re.compile(
    rf"""
    (?: \s{{1,3}} (?P<mag> {MAG_WORD} ) | {_SP}? (?P<abbr> {MAG_ABBR} ) (?![\w$€£]) )
    """,
    _FLAGS,
)

#: The hundredths after an amount and its currency: " et cinq centimes", " 23 cents", " 50". Anchored.
CENTS = re.compile(
    rf"""
    \s{{1,3}} (?: (?i: et ) \s{{1,3}} )?
    (?: (?<![\w.,]) (?P<num> \d{{1,2}} ) (?![\d.,]\d) | (?P<words> {WORDS} ) )
    (?: \s{{1,3}} (?P<unit> (?i: {_alternation(_DATA.cents.words)} ) ) (?!\w) )?
    """,
    _FLAGS,
)
CENT_WORDS: frozenset[str] = frozenset(w.lower() for w in _DATA.cents.words)
#: The end of a clause, after hundredths written without their unit ("15 dollars 50.").
CLAUSE_END = re.compile(r"\s{0,3}(?:$|[.;!?)\n]|,\s)")

#: "450’000.–": an amount in digits written without its hundredths (Swiss usage). Anchored.
NO_CENTS = re.compile(r"[.,][–—-]{1,2}(?![\w–—-])")

#: Between an exchange rate and its unit ("2 610 FC pour un dollar"), and between a unit and
#: its rate ("1 euro = 655,957 FCFA"): matched in full on the text between two mentions.
RATE_BEFORE_UNIT = re.compile(
    rf"\s{{0,3}}(?i:{_alternation(_DATA.exchange_rates.before_unit)})\s{{0,3}}", _FLAGS
)
RATE_AFTER_UNIT = re.compile(
    rf"\s{{0,3}}(?i:{_alternation(_DATA.exchange_rates.after_unit)})\s{{0,3}}", _FLAGS
)

#: Money nouns after a bare magnitude: "1,03 milliard de revenus". Anchored.
MONEY_NOUN = re.compile(
    rf"\s{{0,3}}(?i:de|d['’])\s{{0,3}}(?i:{_alternation(_DATA.money_nouns.words)})(?!\w)", _FLAGS
)

#: "de"/"d'"/"des"/"du" after a bare magnitude: "5 millions de personnes". Anchored.
OF_NOUN = re.compile(r"\s{0,3}(?i:de|des|du)(?!\w)|\s{0,3}(?i:d['’])", _FLAGS)

#: A currency sign or code right before an amount ("USD 2,1 millions", "$10").
#: Searched in a short window ending at the amount.
PREFIX = re.compile(
    rf"(?<![\w$€£]) (?P<pcur> {_SYMBOLS} | {_PREFIX_CODES} | {_PREFIX_ABBREVIATIONS} ) {_SP}? \Z",
    _FLAGS,
)

#: What may end a PREFIX: the last character of a currency sign or code, then a space or not.
#: Searched in the two characters before an amount: where it fails, PREFIX fails too.
_PREFIX_FORMS = (*_SYMBOL_FORMS, *_DATA.prefix_codes, *_DATA.prefix_abbreviations)
PREFIX_END = re.compile(rf"{_alternation({f[-1] for f in _PREFIX_FORMS})} {_SP}? \Z", _FLAGS)

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
