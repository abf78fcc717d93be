"""Notebook and console views of an Extraction."""

from __future__ import annotations

import pickle

import pytest

from extractnews import Acronym, Entity, Extraction, Extractor

TEXT = "Le PNUD a reçu 3 millions d'euros le 8 mai 2019 à Dakar, a dit Mme Awa Diop <b>&</b>."


@pytest.fixture(scope="module")
def result(extractor: Extractor) -> Extraction:
    return extractor.extract(TEXT)


@pytest.mark.slow
def test_repr_html_highlights_mentions_with_values(result: Extraction) -> None:
    page = result._repr_html_()
    assert page.count("<mark") == len(
        {(e.start, e.end) for e in result.entities}
        | {(d.start, d.end) for d in result.dates}
        | {(m.start, m.end) for m in result.money}
    )
    assert (
        'title="Programme des Nations Unies pour le développement / United Nations Development Programme"'
        in page
    )
    assert 'title="2019-05-08"' in page and 'title="3000000 EUR"' in page
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in page  # the text is escaped, not interpreted


@pytest.mark.slow
def test_str_is_a_readable_summary(result: Extraction) -> None:
    text = str(result)
    assert "PNUD = Programme des Nations Unies pour le développement" in text
    assert "'8 mai 2019' -> 2019-05-08" in text
    assert "Awa Diop, Mme" in text


@pytest.mark.slow
def test_source_is_kept_out_of_json_but_survives_pickle(result: Extraction) -> None:
    assert TEXT not in result.model_dump_json()
    again = pickle.loads(pickle.dumps(result))
    assert again._repr_html_() == result._repr_html_()


def test_without_source_repr_html_falls_back_to_summary() -> None:
    empty = Extraction(id="x", error="TypeError: no text")
    assert empty._repr_html_() == "<pre>error: TypeError: no text</pre>"


def _acronym(short: str, start: int, org_id: str | None, aliases: tuple[str, ...]) -> Acronym:
    return Acronym(
        text=short,
        start=start,
        end=start + len(short),
        short=short,
        long_fr="Programme des Nations Unies pour l'environnement",
        long_en="United Nations Environment Programme",
        aliases=aliases,
        org_id=org_id,
        origin="kb",
    )


def test_summary_lists_each_place_and_each_organisation_once() -> None:
    result = Extraction(
        entities=(
            Entity(text="NAIROBI", start=0, end=7, label="LOC"),
            Entity(text="Dakar", start=10, end=15, label="LOC", kb_id="dakar"),
            Entity(text="Nairobi", start=20, end=27, label="LOC"),
            Entity(text="DAKAR", start=30, end=35, label="LOC", kb_id="dakar"),
            Entity(text="Genève", start=40, end=46, label="LOC"),
        ),
        acronyms=(
            _acronym("PNUE", 50, "unep", ("UNEP",)),
            _acronym("UNEP", 60, "unep", ("PNUE",)),
            _acronym("PNUE", 70, "unep", ("UNEP",)),
            _acronym("XYZ", 80, None, ()),
        ),
    )
    lines = str(result).splitlines()
    places = lines[lines.index("Places (3)") + 1 : lines.index("Places (3)") + 4]
    assert [p.strip() for p in places] == ["Nairobi", "Dakar", "Genève"]
    assert "Acronyms (2)" in lines
    pnue = [line for line in lines if "Programme des Nations Unies" in line and "XYZ" not in line]
    assert len(pnue) == 1 and pnue[0].strip().startswith("PNUE = ") and "(also UNEP)" in pnue[0]
    assert not any(line.strip().startswith("UNEP") for line in lines)
