"""``extractnews kb check`` and ``kb coverage``: the knowledge base's data, checked and counted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractnews.cli import main
from extractnews.kb.check import check_folder, coverage_table
from extractnews.kb.load import load_organisations

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "id": "xx-abc",
    "name_fr": "Agence des bons comptes",
    "acronyms_fr": ["ABC"],
    "type": "public_agency",
    "country": "SN",
    "sources": ["https://example.org/abc"],
}


def _folder(tmp_path: Path, *rows: dict[str, object]) -> Path:
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return tmp_path


def test_the_shipped_knowledge_base_passes() -> None:
    report = check_folder()
    assert report.ok, report.errors[:5]
    assert report.entries >= 2500


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({**GOOD, "sources": []}, "no sources"),
        ({**GOOD, "country": None}, "without country"),
        ({**GOOD, "parent": "nowhere"}, "unknown parent"),
        ({**GOOD, "type": "club"}, "unknown type"),
    ],
    ids=["no-sources", "national-without-country", "unknown-parent", "bad-type"],
)
def test_errors(tmp_path: Path, row: dict[str, object], message: str) -> None:
    report = check_folder(_folder(tmp_path, row))
    assert not report.ok and any(message in e for e in report.errors)


def test_warnings_for_homonyms_nothing_tells_apart(tmp_path: Path) -> None:
    twin = {**GOOD, "id": "xx-abc-2", "name_fr": "Association des bons conseils"}
    other_country = {**GOOD, "id": "xx-abc-3", "name_fr": "Académie des beaux chants", "country": "CI"}
    report = check_folder(_folder(tmp_path, GOOD, twin, other_country))
    assert report.ok
    assert report.warnings == ["acronym 'ABC' is shared by xx-abc, xx-abc-2, xx-abc-3"]


def test_cli_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check", str(_folder(tmp_path, GOOD))]) == 0
    assert "1 entries, 0 errors" in capsys.readouterr().out
    assert main(["kb", "check", str(_folder(tmp_path, {**GOOD, "sources": []}))]) == 1
    assert "no sources" in capsys.readouterr().err


def test_docs_coverage_table_is_current() -> None:
    page = (ROOT / "docs" / "knowledge-base.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- coverage:start -->\n(.*?)\n<!-- coverage:end -->", page, re.S)
    assert table is not None
    assert table.group(1) == coverage_table(load_organisations()), "run scripts/kb_coverage_docs.py"
