"""Input checks at the boundary: the text must be a ``str``; the reference date a date;
a currency an ISO 4217 code.

A missing reference date is None, and also what a table holds for one: NaN or
``pandas.NaT`` (a value not equal to itself). A string must be an ISO date.
"""

from __future__ import annotations

import datetime as dt
import functools

from ..errors import ExtractNewsTypeError


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise a clear ``TypeError`` otherwise."""
    if not isinstance(text, str):
        raise ExtractNewsTypeError(
            f"extractnews expects the text as a str, got {type(text).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else "")
        )
    return text


def is_missing(value: object) -> bool:
    """None, NaN, ``pandas.NaT``, ``numpy.datetime64("NaT")``: a value not equal to itself."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):  # an array, or a type whose comparison raises
        return False


def parse_reference_date(value: object) -> dt.date | None:
    """Accept a ``date``, a ``datetime``, an ISO string (``2019-05-08``) or None.

    A missing value (None, NaN, ``pandas.NaT``) is None: no reference date.
    """
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        try:  # "2019-05-08T10:00:00", "2019-05-08 10:00+02:00"; not "2019-05-081"
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise ValueError(
                f"reference_date must be an ISO date such as '2019-05-08', got {value!r}"
            ) from None
    raise TypeError(
        f"reference_date must be a datetime.date, an ISO string or None, got {type(value).__name__}"
    )


@functools.cache
def _iso_4217() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def check_currency(code: object, name: str = "default_dollar") -> str:
    """Return ``code`` as an upper-case ISO 4217 code (``"cad"`` -> ``"CAD"``); raise a clear
    ``ValueError`` (``TypeError`` for a non-string) otherwise. ``name`` is the option's name."""
    if not isinstance(code, str):
        raise ExtractNewsTypeError(f"{name} must be an ISO 4217 code (a str), got {type(code).__name__}")
    upper = code.strip().upper()
    if upper not in _iso_4217():
        raise ValueError(
            f"{name} must be an ISO 4217 currency code such as 'USD', 'CAD' or 'AUD', got {code!r}"
        )
    return upper
