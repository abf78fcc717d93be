"""Matching knowledge-base phrases in text: a trie over folded word tokens.

Matching is linear in the text and tolerant of case, accents, apostrophes and
dashes; acronyms must match their exact case, places their capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..text.french import fold

_WORD = re.compile(r"\w+|[^\w\s]")

Kind = Literal["name", "acronym", "place"]


@dataclass(frozen=True)
class Hit:
    """A knowledge-base phrase found in text."""

    start: int
    end: int
    kind: Kind
    key: str
    """The org id (names, acronyms) or the canonical place name: the first candidate, or the chosen one."""
    keys: tuple[str, ...] = ()
    """Every organisation the phrase may name ("Assemblée nationale": one per country);
    ``(key,)`` once chosen."""

    @property
    def ambiguous(self) -> bool:
        """Several organisations bear this name and none was chosen."""
        return len(self.keys) > 1


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    values: list[tuple[Kind, str, str]] = field(default_factory=list)


def _tokens(folded: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]


class PhraseIndex:
    """A trie of folded token sequences; ``find`` returns the longest hits, left to right."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, phrase: str, kind: Kind, key: str) -> None:
        words = [w for w, _, _ in _tokens(fold(phrase))]
        if not words:
            return
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        node.values.append((kind, key, phrase))

    def find(self, text: str) -> list[Hit]:
        """Longest non-overlapping matches; acronyms must match their exact case."""
        toks = _tokens(fold(text))
        hits: list[Hit] = []
        i, n = 0, len(toks)
        while i < n:
            # a match may not start inside a word: "l'ONU" yes, "xONU" no
            best: tuple[int, Hit] | None = None
            node = self._root
            j = i
            while j < n and toks[j][0] in node.children:
                node = node.children[toks[j][0]]
                j += 1
                if node.values:
                    start, end = toks[i][1], toks[j - 1][2]
                    hit = self._accept(text, start, end, node.values)
                    if hit is not None:
                        best = (j, hit)
            if best is not None:
                hits.append(best[1])
                i = best[0]
            else:
                i += 1
        return hits

    @staticmethod
    def _accept(text: str, start: int, end: int, values: list[tuple[Kind, str, str]]) -> Hit | None:
        if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
            return None
        surface = text[start:end]
        accepted = [(kind, key) for kind, key, phrase in values if _fits(surface, kind, phrase)]
        if not accepted:
            return None
        kind = accepted[0][0]
        keys = tuple(dict.fromkeys(key for k, key in accepted if k == kind))
        return Hit(start, end, kind, keys[0], keys)


def _fits(surface: str, kind: Kind, phrase: str) -> bool:
    """Acronyms match their exact case, places their capitals, names their first capital."""
    if kind == "acronym":
        return surface == phrase
    return _same_capitals(surface, phrase, strict=kind == "place")


def _same_capitals(surface: str, phrase: str, *, strict: bool) -> bool:
    """Capitals as in the knowledge base: "La Réunion" is not "la réunion".

    An all-capitals surface ("GENÈVE") always passes. Otherwise the first
    word must be capitalised when the phrase's is; with ``strict`` (places),
    every capitalised word of the phrase must be capitalised in the text.
    """
    if surface.isupper():
        return True
    words_s = re.findall(r"\w+", surface)
    words_p = re.findall(r"\w+", phrase)
    if not words_s or len(words_s) != len(words_p):
        return False
    pairs = list(zip(words_s, words_p, strict=True)) if strict else [(words_s[0], words_p[0])]
    return all(not p[:1].isupper() or s[:1].isupper() for s, p in pairs)
