"""End-to-end quality on press releases written and annotated for the tests.

fixtures/releases/ holds 14 invented releases in the style of UN, agency,
African, EU and NGO communications, annotated by the rules of the
evaluation guidelines (the same JSON format as ``extractnews evaluate``).
The floors below sit a little under the figures measured when they were
written, so that a change that degrades extraction fails here. The rooms run
on the model spans recorded for these texts (``tests/spans.py``), so a change
of figure is a change of the rules, never of the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractnews import Extractor
from extractnews.evaluate import evaluate, load_gold

RELEASES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "releases").glob("*.json"))


@pytest.fixture(scope="module")
def report(replay: Extractor) -> dict[str, Any]:
    gold = load_gold(RELEASES)
    results = list(
        replay.extract_many(
            {"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")} for d in gold
        )
    )
    return evaluate(gold, results)


@pytest.mark.parametrize(
    ("path", "floor"),
    [
        (("entities", "f1"), 0.90),
        (("entities_by_label", "PER", "f1"), 0.95),
        (("entities_by_label", "ORG", "f1"), 0.88),
        (("entities_by_label", "LOC", "f1"), 0.88),
        (("dates", "f1"), 0.95),
        (("money", "f1"), 0.99),
        (("people", "names", "f1"), 0.95),
    ],
    ids=["entities", "PER", "ORG", "LOC", "dates", "money", "people"],
)
def test_floor(report: dict[str, Any], path: tuple[str, ...], floor: float) -> None:
    value: Any = report
    for key in path:
        value = value[key]
    assert value >= floor


def test_no_document_fails(report: dict[str, Any]) -> None:
    assert report["failed"] == 0 and report["documents"] == len(RELEASES) == 14


@pytest.mark.parametrize(
    ("key", "floor"),
    [("long_fr", 0.92), ("alias", 0.92), ("precision", 0.97)],
    ids=["long_fr", "alias", "precision"],
)
def test_acronym_floor(report: dict[str, Any], key: str, floor: float) -> None:
    assert report["acronyms"][key]["score"] >= floor


@pytest.mark.parametrize(
    ("key", "floor"), [("role", 0.80), ("organization", 0.82)], ids=["role", "organization"]
)
def test_people_floor(report: dict[str, Any], key: str, floor: float) -> None:
    assert report["people"][key]["score"] >= floor
