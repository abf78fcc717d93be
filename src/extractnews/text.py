"""Input checks, text clean-up with an offset map, folding, and chunking.

The pipeline never sees the caller's string directly: :func:`prepare` returns a
:class:`Prepared` text (HTML tags and scripts dropped, entities decoded,
NFC-composed, zero-width characters removed) together with a map from every
character of it back to the caller's string, so that every mention can be
reported with offsets into what the caller passed.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import ExtractNewsTypeError

# ---------------------------------------------------------------- input checks


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise a clear ``TypeError`` otherwise."""
    if not isinstance(text, str):
        raise ExtractNewsTypeError(
            f"extractnews expects the text as a str, got {type(text).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else "")
        )
    return text


def parse_reference_date(value: object) -> dt.date | None:
    """Accept a ``date``, a ``datetime``, an ISO string (``2019-05-08``) or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        try:  # "2019-05-08T10:00:00", "2019-05-08 10:00+02:00"; not "2019-05-081"
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise ValueError(
                f"reference_date must be an ISO date such as '2019-05-08', got {value!r}"
            ) from None
    raise TypeError(
        f"reference_date must be a datetime.date, an ISO string or None, got {type(value).__name__}"
    )


# ---------------------------------------------------------------- folding

_APOSTROPHES = "’‘ʼ`´′"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\t\r\n\f\v"
_DASHES = "‐‑‒–—―"


def _fold_char(c: str) -> str:
    if c in _APOSTROPHES:
        return "'"
    if c in _SPACES:
        return " "
    if c in _DASHES:
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


_FOLD_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes, dashes and spaces: one char per char.

    The result has exactly the length of the input, so offsets found in the
    folded text are offsets in the original.
    """
    table = _FOLD_TABLE
    for c in set(text):
        if ord(c) not in table:
            table[ord(c)] = _fold_char(c)
    return text.translate(table)


def acronym_like(token: str) -> bool:
    """One word of at most 12 characters, two capitals or more, no run of 3 lower-case letters.

    "ONUDC", "AfDB", "BAsD", "FSE+", "AUDA-NEPAD" are; "Union", "Mali" are not.
    """
    return (
        len(token) <= 12
        and not any(c.isspace() for c in token)
        and sum(c.isupper() for c in token) >= 2
        and not re.search(r"[a-zà-ÿ]{3}", token)
    )


def fold_key(text: str) -> str:
    """A comparison key for names: folded, punctuation dropped, spaces squeezed."""
    return " ".join(re.findall(r"\w+", fold(text)))


# ---------------------------------------------------------------- clean-up

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
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "hr",
        "title",
        "dd",
        "dt",
        "figcaption",
    ]
)
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


# ---------------------------------------------------------------- chunking


def line_of(text: str, start: int, end: int) -> str:
    """The whole line(s) of ``text`` holding ``[start, end)``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end != -1 else len(text)]


def last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]`` (None if there is none)."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - we want the last one
        pass
    return found


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
