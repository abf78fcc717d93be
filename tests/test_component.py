"""The extractnews spaCy component, registered by entry point."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, DocBin

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


# ---------------------------------------------------------------- spaCy's own machinery

TEXTS = [
    TEXT,
    "La Banque africaine de développement (BAD) a prêté près de 12 millions d'euros au Sénégal.",
    "Aucune organisation ici, seulement une réunion le 3 juin.",
]


def _records(docs: list[Doc]) -> list[tuple[Any, ...]]:
    """What a Doc carries after the component: its entities and the record's JSON."""
    return [
        (
            [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            doc._.extraction.model_dump_json(),
            doc._.reference_date,
        )
        for doc in docs
    ]


def _with_reference(nlp: spacy.language.Language, text: str, day: object) -> Doc:
    doc = nlp.make_doc(text)
    doc._.reference_date = day
    return doc


def test_doc_to_bytes_round_trip(nlp: spacy.language.Language) -> None:
    doc = nlp(_with_reference(nlp, TEXTS[2], dt.date(2021, 7, 1)))  # a date object, not a string
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _records([again]) == _records([doc])
    assert again._.reference_date == dt.date(2021, 7, 1)
    assert [d.value for d in again._.dates] == ["2021-06-03"]
    assert again._.extraction.with_source(again.text) == doc._.extraction


def test_docbin_round_trip_with_user_data(nlp: spacy.language.Language) -> None:
    docs = [nlp(_with_reference(nlp, t, "2019-06-01")) for t in TEXTS]
    stored = DocBin(store_user_data=True)
    for doc in docs:
        stored.add(doc)
    loaded = list(DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab))
    assert _records(loaded) == _records(docs)
    assert [(a.short, a.aliases) for a in loaded[1]._.acronyms] == [("BAD", ("AfDB",))]
    assert [m.qualifier for m in loaded[1]._.money] == ["près de"]


def test_docbin_without_user_data_keeps_the_entities(nlp: spacy.language.Language) -> None:
    stored = DocBin()
    stored.add(nlp(TEXT))
    (loaded,) = stored.get_docs(nlp.vocab)
    assert ("Union africaine", "ORG") in {(e.text, e.label_) for e in loaded.ents}
    assert loaded._.extraction is None and loaded._.money is None


def test_pipe_with_two_processes(nlp: spacy.language.Language) -> None:
    days: list[object] = [dt.date(2019, 6, 1), "2020-06-01", None]
    one = list(nlp.pipe(_with_reference(nlp, t, d) for t, d in zip(TEXTS, days, strict=True)))
    two = list(nlp.pipe((_with_reference(nlp, t, d) for t, d in zip(TEXTS, days, strict=True)), n_process=2))
    assert _records(two) == _records(one)
    assert [d.value for d in two[2]._.dates] == [None]  # no reference date: no year
    assert [d.value for d in two[0]._.dates] == ["2019-05-08"]


def test_bad_reference_date_fails_where_it_is_set(nlp: spacy.language.Language) -> None:
    doc = nlp.make_doc(TEXT)
    with pytest.raises(ValueError, match="2019-13-01"):
        doc._.reference_date = "2019-13-01"
    doc._.reference_date = "2019-06-01"
    doc._.reference_date = None
    assert doc._.reference_date is None and not doc.user_data


@pytest.mark.parametrize("code", ["XYZ", "dollars", ""])
def test_default_dollar_is_checked_in_the_config(code: str) -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="ISO 4217"):
        nlp.add_pipe("extractnews", config={"default_dollar": code})
