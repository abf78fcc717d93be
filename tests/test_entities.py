"""Entities on inline-annotated fixtures, through the real pipeline."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.candidate import Candidate
from extractnews.entities import clean_model_span, honorific_people, reconcile
from tests.annotated import load, parse

CASES = load("entities.txt")


@pytest.mark.parametrize(("line",), [(line,) for _, line in CASES], ids=[i for i, _ in CASES])
def test_entities(replay: Extractor, line: str) -> None:
    text, tags = parse(line)
    found = {(e.label, e.text) for e in replay.extract(text).entities}
    for tag in tags:
        if tag.tag == "x":
            assert not any(t == tag.text and label != "MISC" for label, t in found), (
                f"{tag.text!r} is an entity"
            )
        else:
            assert (tag.tag.upper(), tag.text) in found, f"missing {tag.tag.upper()} {tag.text!r} in {found}"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Selon M. Yury Fedotov, le plan", (6, 21, "PER"), ("Yury Fedotov", "PER")),
        ("L'UIP et l'ONU", (0, 5, "ORG"), ("UIP", "ORG")),
        (
            "la Présidente du Parlement des Emirats arabes unis,",
            (3, 50, "ORG"),
            ("Parlement des Emirats arabes unis", "ORG"),
        ),
        (
            "le Groupe consultatif de haut niveau de l'UIP",
            (3, 42, "ORG"),
            ("Groupe consultatif de haut niveau", "ORG"),
        ),
        ("la Commission économique de cette région", (3, 40, "ORG"), ("Commission économique", "ORG")),
    ],
    ids=["honorific", "elision", "title-led", "dangling-preposition", "demonstrative-tail"],
)
def test_clean_model_span_repairs(text: str, span: tuple[int, int, str], expected: tuple[str, str]) -> None:
    cand = clean_model_span(text, *span)
    assert cand is not None
    assert (text[cand.start : cand.end], cand.label) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Skip to main content", (0, 20, "MISC")),
        ("Regardez la vidéo.", (0, 8, "LOC")),
        ("le Secrétaire général de l'UIP", (3, 30, "PER")),
        ("Les Etats Membres ont voté.", (4, 17, "ORG")),
        ("la COVID a freiné", (3, 8, "LOC")),
        ("Actualités\nL'UIP", (0, 16, "MISC")),
    ],
    ids=["furniture", "imperative", "title-as-person", "generic-noun", "stop-acronym", "across-lines"],
)
def test_clean_model_span_drops(text: str, span: tuple[int, int, str]) -> None:
    assert clean_model_span(text, *span) is None


def test_honorific_people_finds_names_without_the_model() -> None:
    text = "Étaient présents Mme Amal Al Qubaisi et S.E. M. Jean Ping, Président."
    names = {text[c.start : c.end] for c in honorific_people(text)}
    assert names == {"Amal Al Qubaisi", "Jean Ping"}


def test_reconcile_prefers_longest_then_kb() -> None:
    text = "l'Office des Nations Unies contre la drogue et le crime"
    short = Candidate(2, 26, "ORG", "model")
    full = Candidate(2, len(text), "ORG", "kb", "unodc")
    same = Candidate(2, 26, "LOC", "kb")
    chosen = reconcile(text, [short, full, same])
    assert chosen == [full]
    assert reconcile(text, [short, same]) == [same]


def test_reconcile_drops_model_span_glueing_kb_names() -> None:
    text = "L'UIP et l'ONU signent"
    glued = Candidate(2, 14, "ORG", "model")
    uip, onu = Candidate(2, 5, "ORG", "kb", "ipu"), Candidate(11, 14, "ORG", "kb", "un")
    assert reconcile(text, [glued, uip, onu]) == [uip, onu]
