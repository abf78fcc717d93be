"""Run a date pattern only around the words it cannot match without.

A full ``finditer`` costs one regex attempt per character of the text, and the
finder runs some twenty patterns. Each of them needs a word or a figure that a plain
literal pattern finds in one fast pass over the folded text (a month name, a
weekday, a year, two numbers around "/", the last word of "aujourd'hui" or "la
semaine prochaine": :data:`patterns.ANCHORS`), and holds it in a group of its own
(:data:`patterns.NEEDS`): the month of "le 12 mai 2019", the first number of "31/12".

A pattern is then run only where a match may start, from as far before each anchor
as the pattern can be written before that group, up to the anchor's end; and the
text it reads stops as far after the anchor as the pattern can be written after
that group, plus its look-ahead. The matches are exactly those of a full scan,
found with far fewer attempts. A match that comes near that cut (where a look-ahead
could have read the end of the window instead of the text) has the window scanned
again, reading as far as any attempt can. A pattern whose width is unbounded (or
that cannot be measured) is scanned in full.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from extractnews.dates import patterns as pt
from extractnews.text.french import fold

_ASSERTS = ("ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
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


class Bounds(NamedTuple):
    """Where the matches of a pattern lie around the anchor they hold."""

    #: how far before the start of the anchor a match may start
    lead: int
    #: how far past the end of the anchor a match, with its look-ahead, may read (plus one)
    tail: int
    #: how far past its start any attempt may read (:func:`reach`)
    reach: int
    #: the widest look-ahead of the pattern
    ahead: int


@functools.cache
def bounds(pattern: re.Pattern[str]) -> Bounds | None:
    """The :class:`Bounds` of a pattern of :data:`patterns.NEEDS`; None when they cannot be
    measured (then the pattern is scanned in full)."""
    parser, width = _sre_parser(), reach(pattern)
    if parser is None or width is None or pattern not in pt.NEEDS:
        return None
    groups = {pattern.groupindex[name] for name in pt.NEEDS[pattern][1]}
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
        around = _around(parser, tree, groups)
        ahead = _lookahead(tree)
    except Exception:  # a private API: any surprise means "scan in full"
        return None
    if around is None or max(around) >= parser.MAXREPEAT:
        return None
    return Bounds(around[0], around[1] + ahead + 1, width, ahead)


def _around(parser: Any, tree: Any, groups: set[int]) -> tuple[int, int] | None:
    """(the widest text of ``tree`` up to the end of the first of ``groups`` that every match
    holds, the widest from its start on); None when no such group. The anchor may lie
    anywhere in the group, hence the group counted on both sides."""
    items = tree.data
    for i, (op, av) in enumerate(items):
        inner = _inner(parser, str(op), av, groups)
        if inner is not None:
            before, after = _width(parser, tree, items[:i]), _width(parser, tree, items[i + 1 :])
            return before + inner[0], inner[1] + after
    return None


def _inner(parser: Any, op: str, av: Any, groups: set[int]) -> tuple[int, int] | None:
    """:func:`_around` for one item: one of the groups, or a group, a branch (each alternative
    must hold one) or a repeat made at least once that holds one."""
    if op == "SUBPATTERN" and av[0] in groups:
        width = int(av[3].getwidth()[1])
        return width, width
    if op == "SUBPATTERN":
        return _around(parser, av[3], groups)
    if op == "BRANCH":
        found = [_around(parser, alternative, groups) for alternative in av[1]]
        if any(f is None for f in found):
            return None
        return max(f[0] for f in found if f), max(f[1] for f in found if f)
    if op in _REPEATS and av[0] >= 1:
        inner = _around(parser, av[2], groups)
        return None if inner is None else (inner[0], inner[1] + _width(parser, av[2], [(op, av)]))
    return None


def _width(parser: Any, tree: Any, items: Sequence[Any]) -> int:
    return int(parser.SubPattern(tree.state, list(items)).getwidth()[1])


class Scanner:
    """The text a finder scans, with the anchors of each kind found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._anchors: dict[str, list[tuple[int, int]]] = {}
        self._windows: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    def _anchor_spans(self, kind: str) -> list[tuple[int, int]]:
        if kind not in self._anchors:
            if self._folded is None:
                self._folded = _engine_fold(self.text)
            self._anchors[kind] = [m.span() for m in pt.ANCHORS[kind].finditer(self._folded)]
        return self._anchors[kind]

    def windows(self, kind: str, lead: int, tail: int) -> list[tuple[int, int]]:
        """Disjoint stretches ``(lo, last)`` of the positions where a match may start: from
        ``lead`` before each anchor of ``kind`` to its end; two anchors share one when the
        text read around the first (up to ``tail`` past it) reaches where the second's begins."""
        key = (kind, lead, tail)
        if key not in self._windows:
            out: list[tuple[int, int]] = []
            lo = last = -1
            for start, end in self._anchor_spans(kind):
                if last < 0 or start - lead > last + tail:
                    if last >= 0:
                        out.append((lo, last))
                    lo = max(0, start - lead)
                last = end
            if last >= 0:
                out.append((lo, last))
            self._windows[key] = out
        return self._windows[key]

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, run only near the anchors the pattern needs.

        Every match of the full text starting in a window ``[lo, last]`` reads less than
        ``last + tail`` (the anchor it holds is in the window): reading the text up to there,
        the engine finds it, unless an earlier way through the pattern succeeds by reading
        the cut. A match that reads up to the cut may be one of those: from its start on,
        the window is read again as far as any attempt can. A match starting after ``last``
        may be one too, and belongs to no window: the scan of the window stops there."""
        b = bounds(pattern)
        if b is None:
            yield from pattern.finditer(self.text)
            return
        text, size = self.text, len(self.text)
        for lo, last in self.windows(pt.NEEDS[pattern][0], b.lead, b.tail):
            hi = last + b.tail
            if hi >= size:
                hi = last = size
            for m in _until(pattern.finditer(text, lo, hi), last):
                if m.end() + b.ahead >= hi and hi < size:
                    yield from _until(pattern.finditer(text, m.start(), min(size, last + b.reach)), last)
                    break
                yield m


def _until(matches: Iterator[re.Match[str]], last: int) -> Iterator[re.Match[str]]:
    """The matches that start at ``last`` at the latest (they come in order)."""
    for m in matches:
        if m.start() > last:
            break
        yield m


def _engine_fold(text: str) -> str:
    """:func:`fold`, then the letters the regex engine folds otherwise (rare: only when present)."""
    folded = fold(text)
    return folded.translate(ENGINE_FOLDS) if "ı" in folded or "ſ" in folded else folded
