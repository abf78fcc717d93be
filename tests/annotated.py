"""Inline-annotated fixtures: ``le <date value="2019-05-08">8 mai</date> à Genève``.

``parse`` strips the tags and returns the plain text with one ``Tag`` per
annotation, its offsets pointing into that plain text. Tags do not nest. A
``⏎`` stands for a line break, for layouts of several lines on one fixture line.
Fixture files under ``fixtures/`` hold one annotated example per line
(blank lines and lines starting with ``#`` are skipped); ``load`` reads them
with their line numbers, for use as pytest ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

_TAG = re.compile(r"<(?P<tag>[a-z]+)(?P<attrs>(?:\s+[a-z_]+=\"[^\"]*\")*)\s*>(?P<body>.*?)</(?P=tag)>")
_ATTR = re.compile(r"([a-z_]+)=\"([^\"]*)\"")


@dataclass(frozen=True)
class Tag:
    tag: str
    text: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


def parse(annotated: str) -> tuple[str, list[Tag]]:
    annotated = annotated.replace("⏎", "\n")
    out: list[str] = []
    tags: list[Tag] = []
    pos = 0
    length = 0
    for m in _TAG.finditer(annotated):
        before = annotated[pos : m.start()]
        out.append(before)
        length += len(before)
        body = m.group("body")
        attrs = dict(_ATTR.findall(m.group("attrs")))
        tags.append(Tag(m.group("tag"), body, length, length + len(body), attrs))
        out.append(body)
        length += len(body)
        pos = m.end()
    out.append(annotated[pos:])
    return "".join(out), tags


def load(name: str) -> list[tuple[str, str]]:
    """``(id, annotated line)`` for each example of ``fixtures/<name>``."""
    rows = []
    for number, line in enumerate((FIXTURES / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append((f"{name}:{number}", line))
    return rows
