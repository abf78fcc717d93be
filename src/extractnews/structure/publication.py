"""The publisher line of an aggregated release: "Le Soleil (Dakar)"."""

from __future__ import annotations

import re
from collections.abc import Callable

from .dateline import HEADER_CHARS

_PUBLICATION_LINE = re.compile(
    r"""^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ \u00a0][\w'’&.-]+){0,5})   # "Le Soleil", "Cameroon Tribune"
    [ \u00a0]+\((?P<place>[A-ZÀ-ÖØ-Þ][^()\n]{1,40})\)[ \u00a0]*$     # "(Dakar)"
    """,
    re.MULTILINE | re.VERBOSE,
)


def find_publication(text: str, is_place: Callable[[str], bool]) -> tuple[int, int] | None:
    """The publisher line of an aggregated release, "Le Soleil (Dakar)": the name's offsets.

    It stands alone on a line in the header, followed by a known place in parentheses.
    """
    for m in _PUBLICATION_LINE.finditer(text, 0, min(len(text), HEADER_CHARS)):
        if is_place(m.group("place").strip()):
            return m.start("name"), m.end("name")
    return None
