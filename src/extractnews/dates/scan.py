"""Run a date pattern only around the words it cannot match without.

A full ``finditer`` costs one regex attempt per character of the text, and the
finder runs some twenty patterns. Each of them needs a word or a figure that a plain
literal pattern finds in one fast pass over the folded text (a month name, a
weekday, a year, two numbers around "/", the last word of "aujourd'hui" or "la
semaine prochaine": :data:`patterns.ANCHORS`). A pattern is then run only in windows around those
words, each as wide as the longest match the pattern can make plus its
look-ahead: the matches are exactly those of a full scan, found with far fewer
attempts. A pattern whose width is unbounded (or that cannot be measured) is
scanned in full.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from typing import Any

from extractnews.dates import patterns as pt
from extractnews.text.french import fold

_ASSERTS = ("ASSERT", "ASSERT_NOT")
_WIDTH_STEP = 48
#: Letters that the regex engine, ignoring case, takes for another letter than
#: :func:`fold` gives ("ſeptembre" matches "septembre").
ENGINE_FOLDS = str.maketrans({"ı": "i", "ſ": "s"})


def _sre_parser() -> Any:
    for name in ("re._parser", "sre_parse"):  # the parser moved in Python 3.11
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


def _lookahead(tree: Any) -> int:
    """The widest look-ahead anywhere in a parsed pattern (its max width)."""
    widest = 0
    for op, av in tree.data:
        if str(op) in _ASSERTS and av[0] == 1:
            widest = max(widest, av[1].getwidth()[1] + _lookahead(av[1]))
        for child in _children(av):
            widest = max(widest, _lookahead(child))
    return widest


def _children(av: Any) -> list[Any]:
    items = av if isinstance(av, (list, tuple)) else [av]
    out = []
    for item in items:
        if hasattr(item, "data") and hasattr(item, "getwidth"):
            out.append(item)
        elif isinstance(item, (list, tuple)):
            out.extend(_children(item))
    return out


@functools.cache
def reach(pattern: re.Pattern[str]) -> int | None:
    """How far an attempt to match ``pattern`` at a position can read past it: its longest
    match and look-ahead; None when unbounded or unknown (then the pattern is scanned in full)."""
    parser = _sre_parser()
    if parser is None:
        return None
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        width = int(tree.getwidth()[1])
        ahead = _lookahead(tree)
    except Exception:  # a private API: any surprise means "scan in full"
        return None
    if width >= parser.MAXREPEAT or ahead >= parser.MAXREPEAT:
        return None
    return width + ahead + 1


class Scanner:
    """The text a finder scans, with the anchors of each kind found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._anchors: dict[str, list[tuple[int, int]]] = {}
        self._windows: dict[tuple[str, int], list[tuple[int, int]]] = {}

    def _anchor_spans(self, kind: str) -> list[tuple[int, int]]:
        if kind not in self._anchors:
            if self._folded is None:
                self._folded = fold(self.text).translate(ENGINE_FOLDS)
            self._anchors[kind] = [m.span() for m in pt.ANCHORS[kind].finditer(self._folded)]
        return self._anchors[kind]

    def windows(self, kind: str, width: int) -> list[tuple[int, int]]:
        """Disjoint windows ``[lo, hi)`` reaching at least ``width`` around each anchor of
        ``kind`` (widths are rounded up, so that patterns of about the same width share them)."""
        width = -(-width // _WIDTH_STEP) * _WIDTH_STEP
        if (kind, width) not in self._windows:
            self._windows[kind, width] = self._merged(kind, width)
        return self._windows[kind, width]

    def _merged(self, kind: str, width: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        size = len(self.text)
        for start, end in self._anchor_spans(kind):
            lo, hi = max(0, start - width), min(size, end + width)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        return out

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, run only near the anchors the pattern needs.

        Every match holds an anchor, so it starts in a window at least ``width`` before the
        window's end, where an attempt reads no further than the window: up to there the
        matches are those of the full text. Past that point the window's end could cut a
        word, so the scan of the window stops."""
        kind = pt.NEEDS.get(pattern)
        width = reach(pattern) if kind is not None else None
        if kind is None or width is None:
            yield from pattern.finditer(self.text)
            return
        size = len(self.text)
        for lo, hi in self.windows(kind, width):
            last = hi - width if hi < size else size  # windows reach at least ``width``
            for m in pattern.finditer(self.text, lo, hi):
                if m.start() > last:
                    break
                yield m
