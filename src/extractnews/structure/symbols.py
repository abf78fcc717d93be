"""UN-style document symbols: "SOC/CP/314", "AG/AB/3975", "ECOSOC/6952"."""

from __future__ import annotations

import re

from ..records import DocumentSymbol

_SYMBOL = re.compile(
    r"(?<![\w/])(?:[A-Z]{1,8}/){1,4}(?:[A-Z]{1,8}/)?[A-Z]?\d+(?:/[A-Z0-9.]+)*(?:/Rev\.\d+)?(?![\w/])"
)


def find_symbols(text: str) -> list[DocumentSymbol]:
    """UN-style document symbols."""
    return [DocumentSymbol(text=m.group(), start=m.start(), end=m.end()) for m in _SYMBOL.finditer(text)]
