"""Notebook and console views of an Extraction."""

from __future__ import annotations

import pickle

import pytest

from extractnews import Extraction, Extractor

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
