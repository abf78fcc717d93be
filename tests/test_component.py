"""The extractnews spaCy component, registered by entry point."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

pytestmark = pytest.mark.slow

TEXT = "L'Union africaine (UA) a versé 3 millions de dollars au Mali le 8 mai 2019, a dit M. Jean Ping."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    nlp.add_pipe("extractnews", config={"default_dollar": "CAD"})  # no import of extractnews needed
    return nlp


def test_component_fills_doc(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Union africaine", "ORG"),
        ("UA", "ORG"),
        ("Mali", "LOC"),
        ("Jean Ping", "PER"),
    }
    assert doc._.extraction.acronyms == tuple(doc._.acronyms)
    assert [(a.short, a.long_fr, a.aliases) for a in doc._.acronyms] == [("UA", "Union africaine", ("AU",))]
    assert [(str(m.amount), m.currency) for m in doc._.money] == [("3000000", "CAD")]
    assert [d.value for d in doc._.dates] == ["2019-05-08"]
    assert [p.name for p in doc._.people] == ["Jean Ping"]
    assert {o.id for o in doc._.organizations} == {"au"}


def test_reference_date_per_doc(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc("La réunion du 8 mai a eu lieu à Dakar.")
    doc._.reference_date = "2021-06-01"
    doc = nlp(doc)
    assert [d.value for d in doc._.dates] == ["2021-05-08"]


def test_config_round_trips_through_disk(nlp: spacy.language.Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names[-1] == "extractnews"
    assert again.get_pipe_config("extractnews")["default_dollar"] == "CAD"
    doc = again(TEXT)
    assert [m.currency for m in doc._.money] == ["CAD"]
