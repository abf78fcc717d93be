"""The knowledge base: it loads, validates, and rejects broken data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractnews.errors import KnowledgeBaseError
from extractnews.kb import ORG_TYPES, KnowledgeBase, default_kb, load_organisations, load_places


def test_shipped_kb_is_large_and_consistent() -> None:
    kb = default_kb()
    assert len(kb) >= 250
    for org in kb:
        assert org.type in ORG_TYPES
        assert org.parent is None or org.parent in kb.orgs
        assert org.name_fr.strip() == org.name_fr


@pytest.mark.parametrize(
    ("short", "org_id", "aliases"),
    [
        ("UIP", "ipu", {"IPU"}),
        ("ONUDC", "unodc", {"UNODC"}),
        ("BLT", "unoct", {"UNOCT"}),
        ("CEDEAO", "ecowas", {"ECOWAS"}),
        ("BAD", "afdb", {"AfDB"}),
    ],
    ids=["ipu", "unodc", "unoct", "ecowas", "afdb"],
)
def test_cross_language_acronyms(short: str, org_id: str, aliases: set[str]) -> None:
    kb = default_kb()
    assert kb.by_acronym(short) == (org_id,)
    assert aliases <= set(kb.orgs[org_id].acronyms)


def test_matching_tolerates_case_accents_and_elision() -> None:
    kb = default_kb()
    text = (
        "l'OFFICE DES NATIONS UNIES CONTRE LA DROGUE ET LE CRIME et "
        "la Communaute economique des etats de l'afrique de l'ouest"
    )
    keys = [h.key for h in kb.find(text) if h.kind == "name"]
    assert keys == ["unodc", "ecowas"]


def test_acronyms_match_exact_case_only() -> None:
    kb = default_kb()
    assert [h.key for h in kb.find("L'ONU et l'onu")] == ["un"]


def test_places_keep_their_capitals() -> None:
    kb = default_kb()
    assert [h.key for h in kb.find("La réunion à Genève, puis à GENÈVE")] == ["Genève", "Genève"]


def _write(tmp_path: Path, *rows: dict[str, object]) -> Path:
    folder = tmp_path / "orgs"
    folder.mkdir()
    (folder / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return folder


GOOD = {
    "id": "abc",
    "name_fr": "Agence des bons comptes",
    "name_en": "Good Accounts Agency",
    "acronyms_fr": ["ABC"],
    "acronyms_en": [],
    "type": "other",
}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([GOOD, GOOD], "duplicate"),
        ([{**GOOD, "parent": "nowhere"}], "unknown parent"),
        ([{**GOOD, "type": "club"}], "unknown type"),
        ([{**GOOD, "id": "Not A Slug"}], "slug"),
        ([{**GOOD, "name_fr": ""}], "name_fr"),
        ([{**GOOD, "acronyms_fr": "ABC"}], "list"),
        ([{**GOOD, "colour": "blue"}], "unknown field"),
    ],
    ids=[
        "duplicate-id",
        "unknown-parent",
        "bad-type",
        "bad-id",
        "no-name",
        "acronyms-not-list",
        "unknown-field",
    ],
)
def test_broken_kb_is_rejected(tmp_path: Path, rows: list[dict[str, object]], message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        KnowledgeBase(load_organisations(_write(tmp_path, *rows)), load_places())


def test_custom_kb_folder(tmp_path: Path) -> None:
    kb = KnowledgeBase(load_organisations(_write(tmp_path, GOOD)), load_places())
    assert kb.by_acronym("ABC") == ("abc",)
    assert [h.key for h in kb.find("L'Agence des bons comptes (ABC)")] == ["abc", "abc"]
