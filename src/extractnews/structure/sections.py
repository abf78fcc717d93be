"""Boilerplate sections: contact blocks, "À propos de …" paragraphs, photo credits and
navigation/share lines, which mentions are flagged against."""

from __future__ import annotations

import functools
import re
from typing import Literal

from ..records import Section
from ..text.french import fold, line_of
from .lexicon import structure_words


@functools.lru_cache(maxsize=4096)
def line_kind(line: str) -> Literal["navigation", "credit", "contact"] | None:
    """Whether a whole line is page furniture (navigation/share line, photo credit) or a contact field."""
    lex = structure_words()
    folded = fold(line).strip()
    if folded.strip(" .:!»«") in lex.furniture_lines:
        return "navigation"
    if any(folded.startswith(m) or f" {m}" in folded[:40] for m in lex.credit_markers):
        return "credit"
    # a field label ("Tél. :") or a one-line contact block ("Contact presse : Awa Diop, …")
    label = re.match(r"([\w' -]{1,30}?)\s*:", folded)
    if label and label.group(1).strip() in lex.furniture_labels:
        return "contact"
    return None


def find_sections(text: str) -> list[Section]:
    """Boilerplate regions: credits, navigation lines, "À propos" and contact blocks."""
    blocks = sorted(
        [(m.start(), "about") for m in structure_words().about.finditer(text)]
        + [(m.start(), "contact") for m in structure_words().contact.finditer(text)]
    )
    out: list[Section] = []
    opened = {start for start, _ in blocks}
    for line in re.finditer(r"[^\n]+", text):
        kind = line_kind(line.group())
        if kind is not None and line.start() not in opened:  # a block's heading is the block's
            out.append(Section(kind=kind, start=line.start(), end=line.end()))
    for i, (start, block) in enumerate(blocks):
        end = blocks[i + 1][0] if i + 1 < len(blocks) else len(text)
        out.append(Section(kind=block, start=start, end=end))
    out.sort(key=lambda s: s.start)
    return out


def is_furniture(text: str, start: int, end: int) -> bool:
    """The span sits on a navigation, share or photo-credit line."""
    return line_kind(line_of(text, start, end)) in ("navigation", "credit")
