"""The publisher line of an aggregated release: "Le Soleil (Dakar)"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dateline import header_end

_PUBLICATION_LINE = re.compile(
    r"""^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ \u00a0][\w'’&.-]+){0,5})   # "Le Soleil", "Cameroon Tribune"
    [ \u00a0]+\((?P<place>[A-ZÀ-ÖØ-Þ][^()\n]{1,40})\)[ \u00a0]*$     # "(Dakar)"
    """,
    re.MULTILINE | re.VERBOSE,
)


@dataclass(frozen=True)
class Publication:
    """The publisher line: the name's offsets and the place in parentheses."""

    start: int
    end: int
    place: str


def find_publication(text: str, is_place: Callable[[str], bool]) -> Publication | None:
    """The publisher line of an aggregated release, "Le Soleil (Dakar)".

    It stands alone on a line in the header, followed by a known place in parentheses.
    """
    for m in _PUBLICATION_LINE.finditer(text, 0, header_end(text)):
        place = m.group("place").strip()
        if is_place(place):
            return Publication(m.start("name"), m.end("name"), place)
    return None
