"""``find_money``: scan a text for amounts of money."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Literal, NamedTuple

from extractnews.money import currency
from extractnews.money import patterns as p
from extractnews.money.parse import Kind, currency_key, magnitude, parse_number, parse_words, scale
from extractnews.records import Money
from extractnews.text.french import fold, in_capitals

#: How far back (characters) a qualifier, a prefix sign or a range's low end is looked for.
_QUALIFIER_WINDOW = 40
_PREFIX_WINDOW = 8
_RANGE_WINDOW = 80
#: A range's connector and its spaces ("et   ") span at most this many characters.
_CONNECTOR_WIDTH = 5
#: An elided currency is taken from a mention at most this far back, and at
#: most one sentence boundary away.
_ELISION_REACH = 600


class _Hit(NamedTuple):
    start: int
    end: int
    amount: Decimal
    key: str | None
    kind: Kind = "name"
    qualifier: str | None = None
    range_id: int | None = None
    range_part: Literal["low", "high"] | None = None
    elided: bool = False


class _Number(NamedTuple):
    """A number token: its value, its span, its magnitude if written in words."""

    start: int
    end: int
    value: Decimal
    exponent: int
    """Magnitude written inside the number in words ("deux millions")."""


def _number(text: str, tok: re.Match[str]) -> _Number | None:
    num = tok.group("num")
    if num is not None:
        try:
            digits = parse_number(num)
        except ValueError:
            return None
        dash = p.NO_CENTS.match(text, tok.end()) if text[tok.end() : tok.end() + 1] in (".", ",") else None
        whole = dash is not None and digits == digits.to_integral_value()
        return _Number(tok.start(), dash.end() if dash and whole else tok.end(), digits, 0)
    words = tok.group("words")
    value = parse_words(words)
    end = tok.end()
    paren = p.PAREN.match(text, end)
    if paren is not None:  # "Quarante-cinq (45) millions": one amount
        end = paren.end()
        if value is None:
            value = parse_number(paren.group("num"))
    if value is None:
        return None
    return _Number(tok.start(), end, value, _words_exponent(words))


def _words_exponent(words: str) -> int:
    """The magnitude a number in words ends with: "deux millions" -> 6, "quarante-cinq" -> 0."""
    return p.MAGNITUDE_WORDS.get(words.split()[-1].split("-")[-1].lower(), 0)


def _compound(text: str, number: _Number) -> _Number:
    """ "1 milliard 200 millions" / "1 million 500 000": one number."""
    if number.exponent:
        return number
    m = p.COMPOUND.match(text, number.end)
    if m is None:
        return number
    high = magnitude(m.group("mag"))
    low = magnitude(m.group("mag2")) if m.group("mag2") else 0
    rest = parse_number(m.group("rest"))
    if low >= high or scale(rest, low) >= scale(Decimal(1), high):
        return number
    value = scale(number.value, high) + scale(rest, low)
    return _Number(number.start, m.end(), value, low or high)


def _exponent(m: re.Match[str]) -> int:
    word = m.group("mag") or m.group("abbr")
    return magnitude(word) if word else 0


def _qualifier(text: str, start: int, floor: int) -> str | None:
    q = p.QUALIFIER.search(text, max(floor, start - _QUALIFIER_WINDOW), start)
    return q.group("q").lower() if q else None


def _within_reach(text: str, previous: _Hit, start: int) -> bool:
    if previous.key is None or start - previous.end > _ELISION_REACH:
        return False
    boundaries = p.SENTENCE_END.findall(text, previous.end, start)
    return len(boundaries) <= 1


def _elided(text: str, number: _Number, hits: list[_Hit], quantity: int) -> _Hit | None:
    """A bare "5 millions" right after a money mention takes its currency, unless
    a quantity that is not money ("2 millions d'habitants", ending at
    ``quantity``) came in between."""
    if not hits or quantity > hits[-1].end:
        return None
    end, exponent = number.end, 0
    if not number.exponent:
        mag = p.MAGNITUDE.match(text, end)
        if mag is None or mag.group("mag") is None:
            return None
        end, exponent = mag.end(), _exponent(mag)
    if p.OF_NOUN.match(text, end) and not p.MONEY_NOUN.match(text, end):
        return None  # "2 millions d'habitants"; but "1 milliard de revenus" is money
    if not _within_reach(text, hits[-1], number.start):
        return None
    previous = hits[-1]
    if not number.value:
        return None  # "0 milliard de déficit": not an amount worth a currency
    return _Hit(number.start, end, scale(number.value, exponent), previous.key, previous.kind, elided=True)


def _word_in_capitals(text: str, suffix: re.Match[str]) -> bool:
    """An abbreviated magnitude glued to a code spells a word of a run in capitals:
    "GENÈVE, 14 MARS 2019 –" is a date, not 14 M + ARS (in lower-case text "5 MEUR" is money)."""
    if not (suffix.group("abbr") and suffix.group("acur")) or suffix.end("abbr") != suffix.start("acur"):
        return False
    start, end = suffix.start("abbr"), suffix.end("acur")
    return text[start:end].isalpha() and in_capitals(text, start, end)


def _bare_of(number: _Number, suffix: re.Match[str]) -> bool:
    """ "de" joins a currency to a number after a magnitude ("2 millions de dollars") or a long
    number read as one ("27 000 000 d'euros"), not to a small one: "l'Agenda 2063 de UA" holds
    no amount of units of account."""
    return (
        suffix.group("of") is not None
        and suffix.group("mag") is None
        and not number.exponent
        and number.value < _BARE_OF_FLOOR
    )


_BARE_OF_FLOOR = 10_000


def _lone_letter(text: str, number: _Number, suffix: re.Match[str]) -> bool:
    """A one-letter currency ("G", the Haitian gourde) glued to the amount or after a lone
    digit is no money: "4G", "le réseau 5 G" are generations of mobile networks."""
    cur = suffix.group("cur")
    if cur is None or len(cur) != 1 or not cur.isalpha():
        return False
    lone_digit = number.end - number.start == 1 and text[number.start].isdigit()
    return suffix.start("cur") == number.end or lone_digit


def _read(text: str, number: _Number, hits: list[_Hit], floor: int, quantity: int) -> tuple[_Hit, int] | None:
    """The money mention at ``number`` and its magnitude exponent, if any."""
    suffix = p.SUFFIX.match(text, number.end) if p.SUFFIX_START.match(text, number.end) else None
    if suffix is not None and (
        _word_in_capitals(text, suffix) or _lone_letter(text, number, suffix) or _bare_of(number, suffix)
    ):
        suffix = None  # "14 MARS 2019": a month in a headline, not "M" + "ARS"; "4G"; "2063 de UA"
    if suffix is not None:
        if suffix.group("mcode"):  # "12 MDT": million Tunisian dinars
            code, exponent = p.MAGNITUDE_CODES[suffix.group("mcode")]
            hit = _Hit(number.start, suffix.end(), scale(number.value, exponent), code, "code")
            return hit, exponent
        exponent = 0 if number.exponent else _exponent(suffix)
        key, kind = currency_key(suffix.group("acur") or suffix.group("cur"))
        hit = _Hit(number.start, suffix.end(), scale(number.value, exponent), key, kind)
        return _with_cents(text, hit, number.exponent or exponent), number.exponent or exponent
    prefix = _prefix(text, number.start, floor)
    if prefix is not None:
        mag = p.MAGNITUDE.match(text, number.end)
        exponent = 0 if number.exponent or mag is None else _exponent(mag)
        end = mag.end() if mag else number.end
        key, kind = currency_key(prefix.group("pcur"))
        return _Hit(prefix.start(), end, scale(number.value, exponent), key, kind), exponent
    elided = _elided(text, number, hits, quantity)
    return None if elided is None else (elided, 0)


def _prefix(text: str, start: int, floor: int) -> re.Match[str] | None:
    """A currency sign or code right before an amount ("USD 2,1 millions", "$10")."""
    if p.PREFIX_END.search(text, max(floor, start - 2), start) is None:
        return None  # the cheap test: nothing before the amount may end a sign or a code
    return p.PREFIX.search(text, max(floor, start - _PREFIX_WINDOW), start)


def _with_cents(text: str, hit: _Hit, exponent: int) -> _Hit:
    """ "deux euros et cinq centimes", "1 USD 23 cents", "15 dollars 50.": the hundredths added."""
    if exponent or hit.amount != hit.amount.to_integral_value():
        return hit
    m = p.CENTS.match(text, hit.end)
    if m is None:
        return hit
    words, unit = m.group("words"), m.group("unit")
    if words and unit is None and words.split()[-1].lower() in p.CENT_WORDS:  # "cinquante cents"
        words, unit = words.rsplit(None, 1)[0], words.split()[-1]
    if unit is None and p.CLAUSE_END.match(text, m.end()) is None:
        return hit
    cents = parse_number(m.group("num")) if m.group("num") else parse_words(words)
    if cents is None or not 1 <= cents <= 99 or cents != cents.to_integral_value():
        return hit
    return hit._replace(end=m.end(), amount=hit.amount + cents.scaleb(-2))


def _range_low(
    text: str, high: _Hit, number: _Number, exponent: int, hits: list[_Hit], floor: int
) -> _Hit | None:
    """The low end of "entre 2 et 3 millions d'euros", "de 10 à 15 M€", "2-3 M$"."""
    window = max(0, number.start - _RANGE_WINDOW)
    if p.RANGE_JOIN.search(text, max(window, number.start - _CONNECTOR_WIDTH), number.start) is None:
        return None  # no "et", "à" or dash right before: the costlier search would fail
    low = p.RANGE_LOW.search(text, window, number.start)
    if low is None:
        return None
    lead = (low.group("lead") or "").lower()
    if low.group("conn").lower() == "et" and lead != "entre":
        return None
    low_start = low.start("num") if low.group("num") is not None else low.start("words")
    if low_start < floor and not (hits and hits[-1].elided and hits[-1].start == low_start):
        return None
    if low.group("num") is not None:
        value = parse_number(low.group("num"))
        own = 0
    else:
        parsed = parse_words(low.group("words"))
        if parsed is None:
            return None
        value = parsed
        own = p.MAGNITUDE_WORDS.get(low.group("words").split()[-1].lower(), 0)
    low_end = low.end("num") if low.group("num") is not None else low.end("words")
    if low.group("mag"):
        own, low_end = magnitude(low.group("mag")), low.end("mag")
    if not own and exponent and value <= number.value.scaleb(-number.exponent):
        own = exponent  # "entre 2 et 3 millions": the low end shares the magnitude
    qualifier = _qualifier(text, low.start(), floor)
    return _Hit(low_start, low_end, scale(value, own), high.key, high.kind, qualifier, range_part="low")


def _joined_range(text: str, previous: _Hit, hit: _Hit) -> bool:
    """Two full mentions forming a range: "entre 2 millions d'euros et 3 millions d'euros"."""
    join = p.RANGE_JOIN.match(text, previous.end, hit.start)
    if join is None or previous.range_id is not None:
        return False
    lead = p.RANGE_LEAD.search(text, max(0, previous.start - 10), previous.start)
    if lead is None:
        return False
    return (join.group("conn").lower() == "et") == (lead.group("lead").lower() == "entre")


def _bare(text: str, tok: re.Match[str], floor: int) -> bool:
    """A number with nothing of money next to it (most years, days, counts): no magnitude in
    it, nothing after it that may begin a currency or a magnitude, no currency sign right
    before it. Cheap tests, enough to skip what :func:`_read` would not find anyway."""
    end = tok.end()
    words = tok.group("words")
    if words is None:
        if text[end : end + 1] in (".", ",") and p.NO_CENTS.match(text, end):
            return False  # "450’000.–": the amount ends further
    elif _words_exponent(words) or p.PAREN.match(text, end):
        return False  # "cinq millions", "quarante-cinq (45)"
    if p.SUFFIX_START.match(text, end):
        return False
    return _prefix(text, tok.start(), floor) is None


def _scan(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    floor = 0
    range_id = 0
    quantity = -1
    for tok in p.TOKEN.finditer(text):
        if tok.start() < floor or _bare(text, tok, floor):
            continue
        number = _number(text, tok)
        if number is None:
            continue
        number = _compound(text, number)
        found = _read(text, number, hits, floor, quantity)
        if found is None:
            if number.exponent or p.MAGNITUDE.match(text, number.end):
                quantity = number.end  # "2 millions d'habitants": not money
            continue
        hit, exponent = found
        hit = hit._replace(qualifier=_qualifier(text, hit.start, floor))
        low = None
        if hit.start == number.start:
            low = _range_low(text, hit, number, exponent, hits, floor)
        if low is not None:
            if hits and hits[-1].start == low.start:
                hits.pop()
            range_id += 1
            hits.append(low._replace(range_id=range_id))
            hit = hit._replace(range_id=range_id, range_part="high")
        elif hits and _joined_range(text, hits[-1], hit):
            range_id += 1
            hits[-1] = hits[-1]._replace(range_id=range_id, range_part="low")
            hit = hit._replace(range_id=range_id, range_part="high")
        hits.append(hit)
        floor = hit.end
    return hits


def _rate_unit(text: str, hits: list[_Hit], i: int) -> bool:
    """Is ``hits[i]`` the unit of an exchange rate, not an amount: "un dollar" in "2 610 FC pour
    un dollar", "1 euro" in "1 euro = 655,957 FCFA"? An amount of one, next to a mention in
    another currency."""
    hit = hits[i]
    if hit.amount != 1 or hit.range_id is not None or hit.elided:
        return False
    previous = hits[i - 1] if i > 0 else None
    rate = p.RATE_BEFORE_UNIT
    if previous is not None and previous.key != hit.key and rate.fullmatch(text, previous.end, hit.start):
        return True
    following = hits[i + 1] if i + 1 < len(hits) else None
    return (
        following is not None
        and following.key != hit.key
        and p.RATE_AFTER_UNIT.fullmatch(text, hit.end, following.start) is not None
    )


def find_money(text: str, *, default_dollar: str = "USD", country: str | None = None) -> list[Money]:
    """Every amount of money in ``text``, sorted by start, without overlaps.

    ``text[m.start:m.end] == m.text``; ``amount`` is an exact Decimal with its
    magnitude applied; ``currency`` an ISO 4217 code, None when the text gives none,
    and ``currency_source`` how it was decided. A form naming several currencies
    ("dollars", "francs", "FC") takes the currency of ``country`` (ISO 3166 alpha-2, the
    document's country) when it is one of them, else the one whose countries the text
    mentions most, else its default (a bare dollar is ``default_dollar``). Qualifiers
    ("près de") go to ``qualifier``; both ends of a range share a ``range_id``.
    """
    resolved: dict[tuple[str | None, Kind], tuple[str | None, currency.Source | None]] = {}
    out = []
    hits = _scan(text)
    # folded once, and only when a form naming several currencies needs the context
    folded = functools.cache(lambda: fold(text))
    for i, hit in enumerate(hits):
        if _rate_unit(text, hits, i):
            continue  # the rate is money, its unit is not
        if (hit.key, hit.kind) not in resolved:
            resolved[hit.key, hit.kind] = currency.resolve(
                hit.key, hit.kind, text, default_dollar=default_dollar, country=country, folded=folded
            )
        code, source = resolved[hit.key, hit.kind]
        if code is None and currency.required(hit.key):
            continue  # "10 000 livres" in a French release: books
        out.append(
            Money(
                text=text[hit.start : hit.end],
                start=hit.start,
                end=hit.end,
                amount=hit.amount,
                currency=code,
                currency_source=source,
                qualifier=hit.qualifier,
                range_id=hit.range_id,
                range_part=hit.range_part,
            )
        )
    return out


_CURRENCY_NOTE = re.compile(r"[ \u00a0]{0,2}\([ \u00a0]{0,2}(?P<code>[A-Z]{2,6})[ \u00a0]{0,2}\)")


_LETTERS = re.compile(r"(?<![\w-])[A-Z]{2,5}(?![\w-])")


def currency_letters(text: str, money: list[Money]) -> list[tuple[int, int]]:
    """Every place the text writes the currency letters of one of its amounts: after "2 400 000
    FDJ", "payable en FDJ" names the currency too, not a body (FDJ is also the Française des jeux)."""
    letters = {w for m in money for w in _LETTERS.findall(m.text)}
    if not letters:
        return []
    return [(m.start(), m.end()) for m in _LETTERS.finditer(text) if m.group() in letters]


def currency_notes(text: str, money: list[Money]) -> list[tuple[int, int]]:
    """ "(DTS)", "(GNF)" right after an amount: the abbreviation of its currency, no acronym."""
    out = []
    for m in money:
        note = _CURRENCY_NOTE.match(text, m.end)
        if note is not None:
            out.append((note.start("code"), note.end("code")))
    return out
