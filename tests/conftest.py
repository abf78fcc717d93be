"""Shared fixtures.

- ``replay``: the Extractor with the model's recorded spans (``tests/spans.py``): every rule, no model;
- ``rules``: the Extractor with no statistical model at all (``model=None``);
- ``extractor``: the real pipeline, loaded once per session, for the tests marked ``slow``.

A test not marked ``slow`` that tries to load a spaCy pipeline fails: the fast
suite must run without one.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from extractnews import Extractor
from tests.spans import ReplayNer


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("a test not marked slow tried to load a spaCy pipeline")


@pytest.fixture(autouse=True)
def _no_pipeline_unless_slow(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("slow") is not None:
        return
    import extractnews.pipeline

    monkeypatch.setattr(extractnews.pipeline, "load_base", _refuse)
    if "spacy" in sys.modules:
        monkeypatch.setattr(sys.modules["spacy"], "load", _refuse)


@pytest.fixture(scope="session")
def replay() -> Extractor:
    """The rooms on the model spans recorded for the fixtures."""
    return Extractor(ner=ReplayNer.load())


@pytest.fixture(scope="session")
def rules() -> Extractor:
    """The knowledge base and the rules, no statistical model."""
    return Extractor(model=None)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One Extractor for the whole session (the spaCy model loads once)."""
    return Extractor()
