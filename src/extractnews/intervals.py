"""Overlap queries over spans, in logarithmic time.

Long documents carry tens of thousands of mentions; testing each new span
against every kept one would be quadratic. :class:`Intervals` keeps
pairwise disjoint spans sorted by start and answers with a binary search.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Intervals:
    """A set of disjoint ``[start, end)`` spans (overlapping inputs are merged)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` share a character with a kept span?"""
        i = bisect.bisect_left(self._starts, end) - 1  # the last span starting before `end`
        return end > start and i >= 0 and self._ends[i] > start

    def contains(self, start: int, end: int) -> bool:
        """Is ``[start, end)`` inside one kept span?"""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]

    def add(self, start: int, end: int) -> None:
        """Keep a span that overlaps none of the kept ones."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def __len__(self) -> int:
        return len(self._starts)
