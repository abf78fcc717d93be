"""Short pure functions: parse a written number, apply a magnitude, resolve a currency.

No float anywhere: every amount is an exact :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Literal

from text_to_num import text2num

from extractnews.money import patterns as p

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(written: str) -> Decimal:
    """``"1 500 000"``, ``"1.500.000"``, ``"2,1"``, ``"12,345,678"`` -> exact Decimal.

    A comma is the decimal mark unless it separates two or more groups of
    three digits; a dot is a thousands separator when it is followed by
    groups of exactly three digits, else a decimal mark.
    """
    s = written.strip().translate(_SPACES)
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        s = s.replace(thousands, "").replace(decimal_mark, ".")
    elif "," in s:
        s = s.replace(",", "") if _COMMA_THOUSANDS.fullmatch(s) else s.replace(",", ".")
    elif "." in s and _DOT_THOUSANDS.fullmatch(s):
        s = s.replace(".", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {written!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {written!r}")
    return value


def parse_words(written: str) -> Decimal | None:
    """``"quarante-cinq"``, ``"deux millions"`` -> Decimal, via text2num; None if not a number.

    ``"un demi-million"`` is half a million.
    """
    words = " ".join(written.lower().split())
    *head, last = words.split(" ")
    if last in p.HALVES:
        count = parse_words(" ".join(head)) if head else Decimal(1)
        return None if count is None else scale(count * 5, p.HALVES[last] - 1)
    try:
        return Decimal(int(text2num(words, "fr")))
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def magnitude(word: str) -> int:
    """Power of ten of a magnitude word ("millions" -> 6) or abbreviation ("Md" -> 9)."""
    exponent = p.MAGNITUDE_WORDS.get(word.lower())
    if exponent is None:
        exponent = p.MAGNITUDE_ABBREVIATIONS[word]
    return exponent


def scale(amount: Decimal, exponent: int) -> Decimal:
    """``amount * 10**exponent``, exact, integral results without a fractional part."""
    # enough precision for any written amount: the default 28 digits would raise past 10**28
    with localcontext() as ctx:
        ctx.prec = max(28, len(amount.as_tuple().digits) + abs(exponent) + 2)
        scaled = amount.scaleb(exponent) if exponent else amount
        if scaled == scaled.to_integral_value():
            return scaled.quantize(Decimal(1))
        return scaled.normalize()


def parse_amount(written: str) -> Decimal:
    """Parse an amount without its currency: digits or words, with an optional magnitude.

    ``"2,1 millions"`` -> 2100000, ``"4,5 Md"`` -> 4500000000,
    ``"deux millions"`` -> 2000000, ``"1 500 000"`` -> 1500000.
    Raises ValueError when ``written`` is not an amount.
    """
    m = p.AMOUNT.fullmatch(written.strip())
    if m is None:
        raise ValueError(f"not an amount: {written!r}")
    if m.group("num") is not None:
        value = parse_number(m.group("num"))
    else:
        words = parse_words(m.group("words"))
        if words is None:
            raise ValueError(f"not an amount: {written!r}")
        value = words
    mag = m.group("mag") or m.group("abbr")
    return scale(value, magnitude(mag) if mag else 0)


Kind = Literal["symbol", "name", "code"]


@functools.lru_cache(maxsize=4096)
def currency_key(written: str) -> tuple[str | None, Kind]:
    """The ISO code or ``@key`` of a written currency, and how it was written."""
    folded = p.fold_currency(written)
    if folded in p.SYMBOL_KEYS:
        return p.SYMBOL_KEYS[folded], "symbol"
    if folded in p.CODE_KEYS and written.strip()[:1].isupper():
        return p.CODE_KEYS[folded], "code"
    return p.NAME_KEYS.get(p.name_key(written)), "name"
