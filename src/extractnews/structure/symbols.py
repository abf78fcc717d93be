"""Document symbols: UN-style ("SOC/CP/314", "AG/AB/3975", "ECOSOC/6952") and the numbers
of releases and texts after "n°" ("Communiqué n° 11/3", "nº: IFAD 06/01", "loi n° 2019-20")."""

from __future__ import annotations

import re

from ..records import DocumentSymbol

_SYMBOL = re.compile(
    r"(?<![\w/])(?:[A-Z]{1,8}/){1,4}(?:[A-Z]{1,8}/)?[A-Z]?\d+(?:/[A-Z0-9.]+)*(?:/Rev\.\d+)?(?![\w/])"
)


_NUMBERED = re.compile(
    r"(?<!\w)(?:[Nn][°º]|[Nn]o\.)[ \u00a0]{0,2}:?[ \u00a0]{0,2}"
    r"(?P<symbol>(?:[A-Z]{2,10}[ \u00a0])?\d{1,6}(?:[/.-]\d{1,6}){1,3})(?![\w/])"
)


def find_symbols(text: str) -> list[DocumentSymbol]:
    """UN-style symbols and numbered references, in text order."""
    found = {m.start(): (m.start(), m.end()) for m in _SYMBOL.finditer(text)}
    for m in _NUMBERED.finditer(text):
        found.setdefault(m.start("symbol"), (m.start("symbol"), m.end("symbol")))
    return [DocumentSymbol(text=text[s:e], start=s, end=e) for s, e in sorted(found.values())]
