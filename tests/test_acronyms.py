"""Acronym definitions and resolution."""

from __future__ import annotations

import pytest

from extractnews import Extractor
from extractnews.orgs.definitions import match_long_form
from tests.annotated import load, parse

CASES = load("acronyms.txt")
NOT = load("not_acronyms.txt")


@pytest.mark.parametrize(("line",), [(line,) for _, line in CASES], ids=[i for i, _ in CASES])
def test_acronym_resolution(replay: Extractor, line: str) -> None:
    text, tags = parse(line)
    result = replay.extract(text)
    by_start = {a.start: a for a in result.acronyms}
    for tag in tags:
        a = by_start.get(tag.start)
        assert a is not None, f"{tag.text!r} not found among {[x.short for x in result.acronyms]}"
        assert a.short == tag.text
        want_long = None if tag.attrs["long_fr"] == "none" else tag.attrs["long_fr"]
        assert a.long_fr == want_long
        want_aliases = {x for x in tag.attrs["aliases"].split(",") if x}
        assert want_aliases <= set(a.aliases)
        want_origin = None if tag.attrs["origin"] == "none" else tag.attrs["origin"]
        assert a.origin == want_origin
        if want_origin in ("kb", "both"):
            assert a.org_id


@pytest.mark.parametrize(("line",), [(line,) for _, line in NOT], ids=[i for i, _ in NOT])
def test_not_acronyms(replay: Extractor, line: str) -> None:
    assert replay.extract(parse(line)[0]).acronyms == ()


def test_every_mention_of_a_defined_acronym_is_resolved(rules: Extractor) -> None:
    text = (
        "Le Centre régional d'études agricoles (CREA) ouvre ses portes. Plus tard, le CREA "
        "publiera un rapport avec l'UNODC et l'ONUDC."
    )
    result = rules.extract(text)
    crea = [a for a in result.acronyms if a.short == "CREA"]
    assert len(crea) == 2 and all(a.long_fr == "Centre régional d'études agricoles" for a in crea)
    orgs = {o.id: o for o in result.organizations}
    assert {m.text for m in orgs["unodc"].mentions} == {"UNODC", "ONUDC"}


@pytest.mark.parametrize(
    ("before", "short", "expected"),
    [
        ("l'Union interparlementaire ", "UIP", "Union interparlementaire"),
        (
            "la Mission internationale de soutien au Mali ",
            "MISMA",
            "Mission internationale de soutien au Mali",
        ),
        (
            "l'Initiative d'Alimentation en Eau potable et d'Assainissement en milieu rural ",
            "IAEAR",
            "Initiative d'Alimentation en Eau potable et d'Assainissement en milieu rural",
        ),
        ("la Facilité africaine de l'eau ", "FAE", "Facilité africaine de l'eau"),
        ("le Conseil de sécurité ", "UNICEF", None),
        ("un accord important ", "AI", None),
    ],
    ids=[
        "two-words",
        "missing-last-letter",
        "stopwords-and-elisions",
        "elided-last-word",
        "no-match",
        "lowercase",
    ],
)
def test_match_long_form(before: str, short: str, expected: str | None) -> None:
    start = match_long_form(before, len(before.rstrip()), short)
    got = None if start is None else before[start:].rstrip()
    assert got == expected
