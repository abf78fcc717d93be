"""Long texts in pieces for the statistical model, cut on paragraph boundaries."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .french import last_match

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?…]\s"), re.compile(r"\s"))


def chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Split ``text`` into ``[start, end)`` pieces of at most ``size`` characters.

    Cuts fall on paragraph boundaries where possible, then line ends, sentence
    ends, any white space, and only as a last resort inside a token. The pieces
    cover the whole text, in order, without overlap.
    """
    start, n = 0, len(text)
    while n - start > size:
        window_end = start + size
        cut = -1
        for pattern in _BREAKS:
            last = last_match(pattern, text, start + size // 2, window_end)
            if last is not None:
                cut = last.end()
                break
        if cut <= start:
            cut = window_end
        yield start, cut
        start = cut
    if start < n or n == 0:
        yield start, n
