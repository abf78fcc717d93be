"""Notebook and console views of an Extraction."""

from __future__ import annotations

import html
import pickle
import re

import pytest

from extractnews import Acronym, Entity, Extraction, Extractor

TEXT = "Le PNUD a reçu 3 millions d'euros le 8 mai 2019 à Dakar, a dit Mme Awa Diop (a < b & c)."


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
        'title="Programme des Nations Unies pour le développement / United Nations Development Programme'
        in page
    )
    assert 'title="2019-05-08"' in page and 'title="3000000 EUR"' in page
    assert "(a &lt; b &amp; c)" in page  # the text is escaped, not interpreted


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


# ---------------------------------------------------------------- the display of HTML, the hover values


def _marks(page: str) -> list[tuple[str, str, str]]:
    """``(title, text, label)`` of every highlight, unescaped."""
    found = re.findall(r'<mark title="([^"]*)"[^>]*>(.*?)<span[^>]*>([A-Z]+)</span></mark>', page)
    return [(html.unescape(t), html.unescape(x), label) for t, x, label in found]


HTML_PAGE = (
    "<html><body><p>Le <strong>Programme des Nations Unies pour le développement</strong> (PNUD) "
    "a reçu près de 3&nbsp;millions d&#39;euros le 8&nbsp;mai&nbsp;2019.</p>\n\n\n"
    "<p>Mme Awa Diop, ministre de la Santé du Sénégal, a salué le CNLS.</p></body></html>"
)


def test_an_html_page_shows_its_visible_text_with_the_highlights(rules: Extractor) -> None:
    page = rules.extract(HTML_PAGE)._repr_html_()
    text = html.unescape(re.sub(r"<span[^>]*>[A-Z]+</span>|<[^>]+>", "", page))
    assert "<p>" not in text and "&nbsp;" not in text and "&#39;" not in text and "strong" not in text
    assert "a reçu près de 3\u00a0millions d'euros le 8\u00a0mai\u00a02019." in text
    assert not text.startswith("\n") and "\n\n\n" not in text
    marks = _marks(page)
    assert ("2019-05-08", "8\u00a0mai\u00a02019", "DATE") in marks
    assert ("près de 3000000 EUR", "3\u00a0millions d'euros", "MONEY") in marks


def test_hover_shows_the_normalised_values(rules: Extractor) -> None:
    text = (
        "Le Programme des Nations Unies pour le développement (PNUD) a reçu près de 3 millions d'euros "
        "le 8 mai 2019. Mme Awa Diop, ministre de la Santé du Sénégal, a salué le Conseil national de "
        "lutte contre le sida (CNLS)."
    )
    titles = {(x, label): t for t, x, label in _marks(rules.extract(text)._repr_html_())}
    assert titles[("PNUD", "ORG")].startswith(
        "Programme des Nations Unies pour le développement / United Nations Development Programme"
    )
    assert titles[("3 millions d'euros", "MONEY")] == "près de 3000000 EUR"  # the qualifier kept
    assert titles[("8 mai 2019", "DATE")] == "2019-05-08"
    assert titles[("Awa Diop", "PER")] == "Mme Awa Diop, ministre de la Santé, Sénégal"
    # an acronym defined in the text, with no English name: its French expansion, no "/ ?"
    cnls = titles[("CNLS", "ORG")]
    assert cnls == "Conseil national de lutte contre le sida"
    assert not any(t.endswith("?") or t in ("model", "kb", "rule", "definition") for t in titles.values())
