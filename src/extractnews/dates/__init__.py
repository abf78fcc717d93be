"""Dates of French press releases, as pure functions (no spaCy).

``find_dates(text, reference_date)`` returns :class:`~extractnews.records.DateMention`
records sorted by start, never overlapping, with ``text[m.start:m.end] == m.text``.
"""

from extractnews.dates.finder import find_dates, is_future, reference_in_range

__all__ = ["find_dates", "is_future", "reference_in_range"]
