"""Text clean-up with an offset map back to the caller's string.

The pipeline never sees the caller's string directly: :func:`prepare` returns a
:class:`Prepared` text (HTML tags and scripts dropped, entities decoded,
NFC-composed, zero-width characters removed) together with a map from every
character of it back to the caller's string, so that every mention can be
reported with offsets into what the caller passed (:func:`map_offsets`).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from ..resources import DataFile, load_model

_HTML_HINT = re.compile(r"<(?:!--|!doctype|/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>)")
_HTML_TOKEN = re.compile(
    r"""
    (?P<raw><(?P<rawname>script|style|noscript)\b[^<>]*>)              # a body dropped up to its end tag
    | (?P<comment><!--)                                               # a comment, up to -->
    | (?P<drop><!doctype[^<>]*>)
    | (?P<tag></?(?P<name>[a-z][a-z0-9]*)[^<>]*>)                       # tags
    | (?P<entity>&(?:\#[0-9]{1,7}|\#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# where the bodies opened by _HTML_TOKEN's "raw" and "comment" end
_CLOSERS = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "noscript": re.compile(r"</noscript\s*>", re.IGNORECASE),
    "<!--": re.compile(r"-->"),
}


class HtmlData(DataFile):
    """Schema of ``models/html.json``."""

    block_tags: frozenset[str]


_BLOCK_TAGS = load_model("html.json", HtmlData).block_tags
# zero-width characters are dropped; control characters and lone surrogates
# (a str may hold them, UTF-8 cannot: the tokenizer would raise) become spaces
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f\ud800-\udfff]")


@dataclass(frozen=True)
class Prepared:
    """Clean text plus, where it differs from the source, a per-character map."""

    source: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    is_html: bool = False

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of ``text`` to the caller's string."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the caller's string to ``text``: the clean
        characters that come wholly from inside it (an empty range if none do)."""
        if self.starts is None or self.ends is None:
            return start, end
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return first, max(first, last)


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, piece: str, start: int, end: int) -> None:
        """Append ``piece`` as the rendering of ``source[start:end]``."""
        for c in piece:
            self.chars.append(c)
            self.starts.append(start)
            self.ends.append(end)

    def copy(self, source: str, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars.append(source[i])
            self.starts.append(i)
            self.ends.append(i + 1)


def _strip_html(source: str, out: _Builder) -> None:
    pos = 0  # source[:pos] is rendered
    scan = 0
    unclosed: set[str] = set()  # bodies with no end tag after the scan position: linear on "<!--" * n
    while m := _HTML_TOKEN.search(source, scan):
        if m.group("raw") or m.group("comment"):
            kind = (m.group("rawname") or "<!--").lower()
            close = None if kind in unclosed else _CLOSERS[kind].search(source, m.end())
            if close is None:  # no end: a stray "<!--" stays text, a stray "<script>" goes as a tag
                unclosed.add(kind)
                if m.group("comment"):
                    scan = m.end()
                    continue
            out.copy(source, pos, m.start())
            pos = scan = m.end() if close is None else close.end()
            continue
        out.copy(source, pos, m.start())
        if m.group("entity"):
            out.add(html.unescape(m.group("entity")), m.start(), m.end())
        elif m.group("tag") and m.group("name").lower() in _BLOCK_TAGS:
            out.add("\n", m.start(), m.end())
        pos = scan = m.end()
    out.copy(source, pos, len(source))


def _needs_cleaning(text: str) -> bool:
    return bool(_INVISIBLE.search(text)) or not unicodedata.is_normalized("NFC", text)


def _normalise(text: str, starts: list[int], ends: list[int]) -> _Builder:
    """Drop invisible characters and compose (NFC), keeping the map."""
    out = _Builder()
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if _INVISIBLE.match(c):
            if c not in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
                out.add(" ", starts[i], ends[i])  # a control character: a space
            i += 1
            continue
        j = i + 1
        # at most 30 combining marks per cluster (Unicode's stream-safe limit): NFC's
        # reordering is quadratic in the length of a run of marks ("Zalgo" text)
        while j < n and j - i <= 30 and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            for k in range(i, j):
                out.add(text[k], starts[k], ends[k])
        else:
            out.add(composed, starts[i], ends[j - 1])
        i = j
    return out


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup (tags, comments, a doctype)."""
    return "<" in text and len(_HTML_HINT.findall(text, 0, 20000)) >= 2


def prepare(source: str) -> Prepared:
    """Clean ``source`` for the pipeline, keeping a map back to it."""
    is_html = looks_like_html(source)
    if not is_html and not _needs_cleaning(source):
        return Prepared(source, source)
    if is_html:
        first = _Builder()
        _strip_html(source, first)
        text, starts, ends = "".join(first.chars), first.starts, first.ends
    else:
        text, starts, ends = source, list(range(len(source))), list(range(1, len(source) + 1))
    if _needs_cleaning(text):
        second = _normalise(text, starts, ends)
        text, starts, ends = "".join(second.chars), second.starts, second.ends
    return Prepared(source, text, tuple(starts), tuple(ends), is_html)


# ---------------------------------------------------------------- offsets back to the source


def _shift(record: Any, prepared: Prepared) -> Any:
    """Map every (start, end) inside a record to the caller's string."""
    if isinstance(record, tuple):
        return tuple(_shift(r, prepared) for r in record)
    if not isinstance(record, BaseModel):
        return record
    update: dict[str, Any] = {}
    fields = type(record).model_fields
    if "start" in fields and "end" in fields:
        s, e = prepared.to_source(getattr(record, "start"), getattr(record, "end"))  # noqa: B009
        update.update(start=s, end=e)
        if "text" in fields:
            update["text"] = prepared.source[s:e]
    for name in fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel) or (
            isinstance(value, tuple) and value and isinstance(value[0], BaseModel)
        ):
            update[name] = _shift(value, prepared)
    return record.model_copy(update=update) if update else record


R = TypeVar("R", bound=BaseModel)


def map_offsets(record: R, prepared: Prepared) -> R:
    """The same record (an Extraction, or any record holding mentions) with offsets into the source."""
    if prepared.starts is None:
        return record
    shifted: R = _shift(record, prepared)
    if "text_length" in type(shifted).model_fields:
        shifted = shifted.model_copy(update={"text_length": len(prepared.source)})
    return shifted
