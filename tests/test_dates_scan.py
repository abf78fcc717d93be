"""The date patterns run only around their anchors (dates.scan): same matches as a full scan."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from extractnews.dates import patterns as pt
from extractnews.dates.scan import ENGINE_FOLDS, Scanner, reach
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
    assert reach(pattern) is not None  # every gated pattern is bounded
    for text in TEXTS:
        full = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        windowed = [(m.span(), m.groupdict()) for m in Scanner(text).finditer(pattern)]
        assert windowed == full, text[:80]


def test_windows_skip_text_without_anchors() -> None:
    text = "Le conseil a examiné le rapport. " * 50 + "Il a siégé le 3 mai 2021."
    windows = Scanner(text).windows("month", 40)
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
