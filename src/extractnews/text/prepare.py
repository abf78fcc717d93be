"""Text clean-up with an offset map back to the caller's string.

The pipeline never sees the caller's string directly: :func:`prepare` returns a
:class:`Prepared` text (HTML tags and scripts dropped, entities decoded,
NFC-composed, zero-width characters removed) together with a map from every
character of it back to the caller's string, so that every mention can be
reported with offsets into what the caller passed (:func:`map_offsets`).

For HTML it also keeps where the markup was (``Prepared.markup``: no mention
may hold any) and the page furniture (``Prepared.furniture``: navigation,
header, footer, aside and script elements, see ``models/html.json``).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

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


FurnitureKind = Literal["navigation", "header", "footer", "aside", "script"]


class HtmlData(DataFile):
    """Schema of ``models/html.json``."""

    block_tags: frozenset[str]
    furniture_tags: dict[str, FurnitureKind]
    furniture_roles: dict[str, FurnitureKind]
    sectioning_tags: frozenset[str]


_HTML = load_model("html.json", HtmlData)
_BLOCK_TAGS = _HTML.block_tags
_ROLE = re.compile(r"""\srole\s*=\s*(?:["']\s*)?([a-z]+)""", re.IGNORECASE)
# zero-width characters are dropped; control characters and lone surrogates
# (a str may hold them, UTF-8 cannot: the tokenizer would raise) become spaces
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f\ud800-\udfff]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, one for one (same length, same offsets).

    A ``str`` may hold surrogates (half of a UTF-16 pair, or the bytes that
    ``errors="surrogateescape"`` kept); they are not characters, UTF-8 cannot
    encode them and ``model_dump_json()`` would raise. Mentions quote the
    caller's string through this function, so that for a string holding one,
    ``replace_surrogates(text)[m.start:m.end] == m.text``.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@dataclass(frozen=True)
class Prepared:
    """Clean text plus, where it differs from the source, a per-character map.

    ``source`` is the caller's string, with its lone surrogates (if any) made U+FFFD
    (:func:`replace_surrogates`): the mentions quote it, offsets are unchanged.
    """

    source: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    is_html: bool = False
    markup: tuple[tuple[int, int], ...] = ()
    """Ranges of the source that were markup (tags, comments, scripts), in order."""
    furniture: tuple[tuple[FurnitureKind, int, int], ...] = ()
    """Page furniture ``(kind, start, end)``, offsets into ``text``."""
    surrogates: int = 0
    """How many lone surrogates the caller's string held."""

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
        self.markup: list[tuple[int, int]] = []
        self.furniture: list[tuple[FurnitureKind, int, int]] = []
        self.positions: list[int] = []
        """Filled by :func:`_normalise`: where each offset of its input went in ``chars``."""

    def position(self, offset: int) -> int:
        return self.positions[offset]

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


class _Elements:
    """The open elements that matter for page furniture, to find where each one ends."""

    def __init__(self, out: _Builder) -> None:
        self.out = out
        self.open: list[tuple[str, FurnitureKind | None, int]] = []  # (tag, kind, start in out)

    def _kind(self, name: str, tag: str) -> FurnitureKind | None:
        if any(kind for _, kind, _ in self.open):
            return None  # inside furniture already: one section
        role = _ROLE.search(tag)
        kind = _HTML.furniture_roles.get(role.group(1).lower()) if role else None
        kind = kind or _HTML.furniture_tags.get(name)
        if kind in ("header", "footer") and any(n in _HTML.sectioning_tags for n, _, _ in self.open):
            return None  # an article's own header or footer
        return kind

    def tag(self, name: str, tag: str) -> None:
        """Follow one tag ``<name …>`` or ``</name>``, before its rendering is added."""
        if tag.startswith("</"):
            for i in range(len(self.open) - 1, -1, -1):
                if self.open[i][0] == name:
                    _, kind, start = self.open.pop(i)
                    if kind:  # the section ends after the closing tag's line break, if it has one
                        end = len(self.out.chars) + (name in _BLOCK_TAGS)
                        self.out.furniture.append((kind, start, end))
                    return
            return
        if tag.endswith("/>"):
            return
        kind = self._kind(name, tag)
        # every furniture or sectioning tag is followed, even when it is no section itself,
        # so that its end tag closes it and not an outer element of the same name
        followed = name in _HTML.sectioning_tags or name in _HTML.furniture_tags
        if kind or followed or any(n == name for n, _, _ in self.open):
            self.open.append((name, kind, len(self.out.chars)))

    def close_all(self) -> None:
        """Elements still open at the end of the page run to its end."""
        for _, kind, start in self.open:
            if kind:
                self.out.furniture.append((kind, start, len(self.out.chars)))
        self.open.clear()


def _raw_body(source: str, m: re.Match[str], unclosed: set[str]) -> int | None:
    """Where the script, style or comment opened by ``m`` ends; None if it has no end."""
    kind = (m.group("rawname") or "<!--").lower()
    close = None if kind in unclosed else _CLOSERS[kind].search(source, m.end())
    if close is None:
        unclosed.add(kind)  # linear on "<!--" * n
        return None
    return close.end()


def _strip_html(source: str, out: _Builder) -> None:
    pos = 0  # source[:pos] is rendered
    scan = 0
    unclosed: set[str] = set()  # bodies with no end tag after the scan position
    elements = _Elements(out)
    while m := _HTML_TOKEN.search(source, scan):
        if m.group("raw") or m.group("comment"):
            end = _raw_body(source, m, unclosed)
            if end is None and m.group("comment"):  # a stray "<!--" stays text
                scan = m.end()
                continue
            out.copy(source, pos, m.start())
            if end is not None and m.group("raw"):  # a script: one line break, one section
                out.furniture.append(("script", len(out.chars), len(out.chars) + 1))
                out.add("\n", m.start(), end)
            pos = scan = m.end() if end is None else end  # a stray "<script>" goes as a tag
            out.markup.append((m.start(), pos))
            continue
        out.copy(source, pos, m.start())
        if m.group("entity"):
            out.add(html.unescape(m.group("entity")), m.start(), m.end())
        else:
            out.markup.append((m.start(), m.end()))
            if m.group("tag"):
                name = m.group("name").lower()
                elements.tag(name, m.group("tag"))
                if name in _BLOCK_TAGS:
                    out.add("\n", m.start(), m.end())
        pos = scan = m.end()
    out.copy(source, pos, len(source))
    elements.close_all()


def _needs_cleaning(text: str) -> bool:
    return bool(_INVISIBLE.search(text)) or not unicodedata.is_normalized("NFC", text)


def _normalise(text: str, starts: list[int], ends: list[int]) -> _Builder:
    """Drop invisible characters and compose (NFC), keeping the map."""
    out = _Builder()
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        out.positions.extend([len(out.chars)] * (1 + i - len(out.positions)))
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
    out.positions.extend([len(out.chars)] * (1 + n - len(out.positions)))
    return out


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup (tags, comments, a doctype)."""
    return "<" in text and len(_HTML_HINT.findall(text, 0, 20000)) >= 2


def prepare(source: str) -> Prepared:
    """Clean ``source`` for the pipeline, keeping a map back to it."""
    is_html = looks_like_html(source)
    if not is_html and not _needs_cleaning(source):
        return Prepared(source, source)
    first = _Builder()
    if is_html:
        _strip_html(source, first)
        text, starts, ends = "".join(first.chars), first.starts, first.ends
    else:
        text, starts, ends = source, list(range(len(source))), list(range(1, len(source) + 1))
    furniture = sorted(first.furniture, key=lambda f: f[1])
    if _needs_cleaning(text):
        second = _normalise(text, starts, ends)
        furniture = [(kind, second.position(s), second.position(e)) for kind, s, e in furniture]
        text, starts, ends = "".join(second.chars), second.starts, second.ends
    surrogates = len(_SURROGATE.findall(source))
    if surrogates:
        source = replace_surrogates(source)
    return Prepared(
        source, text, tuple(starts), tuple(ends), is_html, tuple(first.markup), tuple(furniture), surrogates
    )


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
