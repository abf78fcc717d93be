"""People records: honorific, role and organisation."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.people.roles import split_role
from tests.annotated import load, parse

CASES = load("people.txt")


def _none(value: str) -> str | None:
    return None if value == "none" else value


@pytest.mark.parametrize(("line",), [(line,) for _, line in CASES], ids=[i for i, _ in CASES])
def test_people(replay: Extractor, line: str) -> None:
    text, tags = parse(line)
    result = replay.extract(text)
    people = {p.name: p for p in result.people}
    for tag in tags:
        name = tag.text
        for h in ("M. ", "Mme "):
            name = name.removeprefix(h)
        assert name in people, f"{name!r} not in {list(people)}"
        p = people[name]
        assert p.honorific == _none(tag.attrs["honorific"])
        assert p.role == _none(tag.attrs["role"])
        assert p.organization == _none(tag.attrs["org"])


def test_short_mention_links_to_full_name(rules: Extractor) -> None:
    text = "M. Hailemariam Desalegn a ouvert le sommet. « C'est historique », a dit M. Dessalegn."
    people = rules.extract(text).people
    assert [p.name for p in people] == ["Hailemariam Desalegn"]
    assert [m.text for m in people[0].mentions] == ["Hailemariam Desalegn", "Dessalegn"]


@pytest.mark.parametrize(
    ("phrase", "role", "organization"),
    [
        ("chargée de communication", "chargée de communication", None),
        ("chargé de programme", "chargé de programme", None),
        ("responsable de la communication", "responsable de la communication", None),
        ("directrice pour information", "directrice pour information", None),
        ("Premier ministre éthiopien", "Premier ministre", "éthiopien"),
        ("ministre malien", "ministre", "malien"),
        ("chargée de communication du PAM", "chargée de communication", "PAM"),
    ],
)
def test_a_complement_after_de_is_not_a_nationality(phrase: str, role: str, organization: str | None) -> None:
    assert split_role(phrase, 0, {}) == (role, organization)
