"""One wiring: the Extractor and the spaCy component give the same records; the recorded
model spans still match the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from extractnews import Extractor
from extractnews.pipeline import SpacyNer
from tests.spans import ReplayNer, fixture_texts, model_inputs

ROOT = Path(__file__).resolve().parent.parent
RELEASES = sorted((ROOT / "fixtures" / "releases").glob("*.json"))
# the shared dev corpus, present beside the repository in development (absent in CI: then skipped)
DEV = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.json"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(extractor: Extractor) -> spacy.language.Language:
    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    nlp.add_pipe("extractnews")
    return nlp


def _documents() -> list[tuple[str, str, str | None]]:
    docs = []
    for path in [*RELEASES, *DEV]:
        d = json.loads(path.read_text(encoding="utf-8"))
        docs.append((path.stem, d["text"], d.get("reference_date")))
    return docs


@pytest.mark.parametrize(("name", "text", "reference"), _documents(), ids=[d[0] for d in _documents()])
def test_component_and_extractor_agree(
    nlp: spacy.language.Language, extractor: Extractor, name: str, text: str, reference: str | None
) -> None:
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    from_component = nlp(doc)._.extraction
    from_extractor = extractor.extract(text, reference_date=reference)
    assert from_component.model_dump_json() == from_extractor.model_dump_json()


def test_recorded_spans_match_the_model() -> None:
    """Stale after a change of model or of a fixture: run `.venv/bin/python -m tests.spans`."""
    recorded = ReplayNer.load()
    pieces = sorted({piece for text in fixture_texts() for piece in model_inputs(text)})
    assert SpacyNer()(pieces, 32) == recorded(pieces, 32)
