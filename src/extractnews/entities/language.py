"""Language awareness: the sentences of a French release that are not French.

A quotation, a photo caption or a line of page furniture in English is no
place for the French rules ("Rappelons" is a verb, "l'" an article): the
model's spans there go through :data:`~extractnews.entities.repair.FOREIGN_RULES`
and are kept only where they hold up on their own.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from ..candidate import Candidate
from ..text.french import FUNCTION_WORDS, SENTENCE_BREAK
from .lexicon import entity_words
from .repair import clean_model_span

_WORDS = re.compile(r"[^\W\d_]+")


def is_foreign(sentence: str) -> bool:
    """English function words outnumber French ones, three of them at least."""
    words = _WORDS.findall(sentence.lower())
    english = sum(map(entity_words().english.__contains__, words))
    return english >= 3 and english > sum(map(FUNCTION_WORDS.__contains__, words))


def foreign_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence or line of ``text`` that is not French."""
    cuts = sorted({0, len(text), *(m.end() for m in SENTENCE_BREAK.finditer(text))} | _line_ends(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if is_foreign(text[a:b])]


def _line_ends(text: str) -> set[int]:
    return {m.end() for m in re.finditer(r"\n", text)}


def model_candidates(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Candidate]:
    """The model's spans repaired: with the French rules, or the foreign ones in a foreign sentence."""
    foreign = foreign_sentences(text)
    starts = [a for a, _ in foreign]
    out = []
    for start, end, label in spans:
        i = bisect.bisect_right(starts, start) - 1
        french = not (i >= 0 and foreign[i][0] <= start and end <= foreign[i][1])
        c = clean_model_span(text, start, end, label, french=french)
        if c is not None:
            out.append(c)
    return out
