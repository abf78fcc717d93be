"""End-to-end quality on press releases written and annotated for the tests.

fixtures/releases/ holds two independent sets of invented releases, annotated
by the rules of the evaluation guidelines (the same JSON format as
``extractnews evaluate``): ``qa-*``, 14 releases in the style of UN, agency,
African, EU and NGO communications, and ``qa2-*``, 18 releases from publishers
the first set does not cover (Maghreb and West African press agencies, councils
of ministers, Lebanese, Malagasy, Comorian, Mauritian, Haitian, Québec, Walloon
and Vaud government communications, a UN agency in West Africa); then ``qa3-*``,
``qa4-*``, ``qa5-*`` and ``qa6-*``, 14 releases each from further publishers (Monaco,
Geneva, Djibouti, Guinea, Burundi, the Canadian and EU institutions...). Each set has
its own floors, a little under the figures measured when they were written, so
that a change that degrades extraction fails here. The rooms run
on the model spans recorded for these texts (``tests/spans.py``), so a change
of figure is a change of the rules, never of the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractnews import Extractor
from extractnews.evaluate import evaluate, load_gold

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "releases"
RELEASES = sorted(FOLDER.glob("qa-*.json"))
RELEASES_QA2 = sorted(FOLDER.glob("qa2-*.json"))
#: The sets written later, each by helpers who read neither the code nor the corpus: qa3 (14),
#: qa4, qa5 and qa6 (14 each, 2026-12-01). Their floors are a little under the figures of the
#: final code of that day; qa4 and qa5 were measured clean first (see the closing note), then
#: fed rules; qa6 was measured on the final code and fed none.
LATER_SETS = {name: sorted(FOLDER.glob(f"{name}-*.json")) for name in ("qa3", "qa4", "qa5", "qa6")}


def _score(replay: Extractor, paths: list[Path]) -> dict[str, Any]:
    gold = load_gold(paths)
    results = list(
        replay.extract_many(
            {"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")} for d in gold
        )
    )
    return evaluate(gold, results)


@pytest.fixture(scope="module")
def report(replay: Extractor) -> dict[str, Any]:
    return _score(replay, RELEASES)


@pytest.fixture(scope="module")
def report_qa2(replay: Extractor) -> dict[str, Any]:
    return _score(replay, RELEASES_QA2)


def _at(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = report
    for key in path:
        value = value[key]
    return value


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
    assert _at(report, path) >= floor


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


# The second set: publishers and genres the first set does not cover. Lower
# floors than the first set: the figures measured on it when it was written.


@pytest.mark.parametrize(
    ("path", "floor"),
    [
        (("entities", "f1"), 0.83),
        (("entities_by_label", "PER", "f1"), 0.93),
        (("entities_by_label", "ORG", "f1"), 0.83),
        (("entities_by_label", "LOC", "f1"), 0.80),
        (("dates", "f1"), 0.95),
        (("money", "f1"), 0.91),
        (("people", "names", "f1"), 0.93),
        (("acronyms", "long_fr", "score"), 0.90),
        (("acronyms", "alias", "score"), 0.95),
        (("acronyms", "precision", "score"), 0.95),
        (("people", "role", "score"), 0.95),
        (("people", "organization", "score"), 0.95),
    ],
    ids=[
        "entities",
        "PER",
        "ORG",
        "LOC",
        "dates",
        "money",
        "people",
        "long_fr",
        "alias",
        "precision",
        "role",
        "organization",
    ],
)
def test_qa2_floor(report_qa2: dict[str, Any], path: tuple[str, ...], floor: float) -> None:
    assert _at(report_qa2, path) >= floor


def test_qa2_no_document_fails(report_qa2: dict[str, Any]) -> None:
    assert report_qa2["failed"] == 0 and report_qa2["documents"] == len(RELEASES_QA2) == 18


@pytest.fixture(scope="module")
def later_reports(replay: Extractor) -> dict[str, dict[str, Any]]:
    return {name: _score(replay, paths) for name, paths in LATER_SETS.items()}


_LATER_FLOORS = {
    ("entities", "f1"): (0.91, 0.90, 0.91, 0.91),
    ("entities_by_label", "PER", "f1"): (0.94, 0.96, 0.95, 0.92),
    ("entities_by_label", "ORG", "f1"): (0.90, 0.87, 0.89, 0.92),
    ("entities_by_label", "LOC", "f1"): (0.91, 0.91, 0.91, 0.88),
    ("dates", "f1"): (0.98, 0.98, 0.98, 0.97),
    ("money", "f1"): (0.98, 0.98, 0.97, 0.98),
    ("people", "names", "f1"): (0.95, 0.96, 0.95, 0.93),
    ("acronyms", "long_fr", "score"): (0.92, 0.96, 0.93, 0.96),
    ("acronyms", "precision", "score"): (0.97, 0.98, 0.98, 0.97),
}


@pytest.mark.parametrize("path", list(_LATER_FLOORS), ids=["-".join(p[:-1]) for p in _LATER_FLOORS])
def test_later_sets_floor(later_reports: dict[str, dict[str, Any]], path: tuple[str, ...]) -> None:
    for name, floor in zip(LATER_SETS, _LATER_FLOORS[path], strict=True):
        assert _at(later_reports[name], path) >= floor, name


def test_later_sets_no_document_fails(later_reports: dict[str, dict[str, Any]]) -> None:
    for name, paths in LATER_SETS.items():
        report = later_reports[name]
        assert report["failed"] == 0 and report["documents"] == len(paths) == 14, name
