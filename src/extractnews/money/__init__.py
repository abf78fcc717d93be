"""Amounts of money in French text, as :class:`~extractnews.records.Money` records.

Pure functions, no spaCy: :func:`find_money` scans a document text,
:func:`parse_amount` parses one written amount ("2,1 millions") exactly.
"""

from __future__ import annotations

from extractnews.money.find import currency_letters, currency_notes, find_money
from extractnews.money.parse import parse_amount

__all__ = ["currency_letters", "currency_notes", "find_money", "parse_amount"]
