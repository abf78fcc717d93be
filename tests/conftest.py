"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

import pytest

from extractnews import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One Extractor for the whole session (the spaCy model loads once)."""
    return Extractor()
