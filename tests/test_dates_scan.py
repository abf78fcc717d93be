"""The date patterns run only around their anchors (dates.scan): same matches as a full scan."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from extractnews.dates import patterns as pt
from extractnews.dates import scan
from extractnews.dates.scan import ENGINE_FOLDS, Bounds, Scanner, bounds
from extractnews.text import french
from extractnews.text.french import fold

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    releases = sorted((ROOT / "fixtures" / "releases").glob("*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in releases]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    rng = random.Random(20240517)
    whole = "\n".join(texts)
    # windows cut anywhere: a month, a weekday or a year at the very start or end of a text
    texts += [whole[a : a + rng.randrange(1, 300)] for a in (rng.randrange(len(whole)) for _ in range(400))]
    texts += [
        "premierjuin 2019",
        "le 15juin 2016 et le 1erjuin",
        "La maison de mai",
        "ſeptembre 2019 et ıanvier",
        "x" * 500 + " lundi " + "y" * 500 + " 12 mai 2019",
        "Lundi",
        "2019",
    ]
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("pattern", list(pt.NEEDS), ids=lambda p: p.pattern.split("(?P<")[1][:12])
def test_windows_find_what_a_full_scan_finds(pattern: re.Pattern[str]) -> None:
    b = bounds(pattern)  # every gated pattern is bounded around its anchor
    assert b is not None and b.lead < b.reach and 0 < b.tail <= b.reach
    for text in TEXTS:
        full = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        windowed = [(m.span(), m.groupdict()) for m in Scanner(text).finditer(pattern)]
        assert windowed == full, text[:80]


def test_windows_skip_text_without_anchors() -> None:
    text = "Le conseil a examiné le rapport. " * 50 + "Il a siégé le 3 mai 2021."
    windows = Scanner(text).windows("month", 40, 40)
    assert len(windows) == 1 and windows[0][0] > 1000


def test_anchor_letters_fold_as_the_regex_engine_ignores_case() -> None:
    """Every character that a pattern (ignoring case) takes for a letter of an anchor word
    folds to that letter, so the anchors found on the folded text are never fewer."""
    letters = sorted({c for p in pt.ANCHORS.values() for c in p.pattern if c.isalpha()} - set("w"))
    every = "".join(map(chr, range(0x110000))).replace("\n", "")
    candidates = set(re.findall("[" + "".join(letters) + "]", every, re.IGNORECASE))
    assert len(candidates) > len(letters)
    for x in candidates:
        for c in letters:
            if re.fullmatch(re.escape(c), x, re.IGNORECASE):
                assert fold(x).translate(ENGINE_FOLDS) == c, (x, c)


def test_windows_reach_no_further_than_the_anchor_needs() -> None:
    """A day and a month: the window starts a few words before the month and stops a year
    after it, not the whole width of the pattern on both sides."""
    b = bounds(pt.DAY_DATE)
    assert b is not None and b.tail < b.reach
    text = "x" * 300 + " le mardi 12 mai 2019 " + "y" * 300
    [(lo, last)] = Scanner(text).windows("month", b.lead, b.tail)
    month = text.index("mai")
    assert month - b.lead == lo and last == month + 3


def test_a_match_reaching_the_cut_is_read_again_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cut right after the month: the engine finds "12 mai" without its year, a match
    that reads up to the cut; read again as far as the pattern can, it is "12 mai 2019"."""
    texts = ["Le comité s'est réuni le mardi 12 mai 2019 à Paris.", "Du 3 au 5 juin 2021, puis le 8 juin."]
    for pattern in (pt.DAY_DATE, pt.DAY_SPAN):
        b = bounds(pattern)
        assert b is not None
        monkeypatch.setattr(scan, "bounds", lambda p, b=b: Bounds(b.lead, 1, b.reach, b.ahead))
        full = [[(m.span(), m.groupdict()) for m in pattern.finditer(text)] for text in texts]
        assert any(full)
        windowed = [[(m.span(), m.groupdict()) for m in Scanner(text).finditer(pattern)] for text in texts]
        assert windowed == full
        monkeypatch.undo()


_LISTS = ("months", "month_abbreviations", "weekdays", "day_words", "year_context_before", "relative")


@pytest.mark.parametrize("name", _LISTS)
@pytest.mark.parametrize("flags", [pt.FLAGS, re.UNICODE])
def test_word_lists_grouped_by_first_letter_match_as_a_plain_alternation(name: str, flags: int) -> None:
    words = [w for w in getattr(pt._DATA, name) if not w.startswith("_")]
    variants = [v for w in words for v in (w, w.upper(), w.capitalize(), fold(w), w + "s", "x" + w)]
    text = " ".join(variants) + " " + ",".join(variants) + " " + "-".join(reversed(variants))
    grouped = re.compile(pt.alternation(words), flags)
    plain = re.compile(french.alternation(words), flags)
    assert "(?=[" in grouped.pattern
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_words_starting_with_one_letter_in_two_cases_share_a_group() -> None:
    """ "LFI" and "loi" may both start where "l" is, ignoring case: tried in the same order."""
    words = ["LFI", "loi", "lorsque", "État", "été", "mai"]
    variants = " ".join(v for w in words for v in (w, w.lower(), w.upper(), fold(w)))
    for flags in (pt.FLAGS, re.UNICODE):
        grouped = re.compile(pt.alternation(words), flags)
        plain = re.compile(french.alternation(words), flags)
        assert [m.span() for m in grouped.finditer(variants)] == [m.span() for m in plain.finditer(variants)]
