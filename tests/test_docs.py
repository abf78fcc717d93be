"""The documentation runs.

- docs/notebook.md: its ```python blocks run in order in one namespace, like
  the cells of a notebook;
- README.md and every docs/*.md page: its ```pycon blocks are doctests, run in
  order in one namespace per page, their outputs compared with what the code prints.

Other ```python blocks (scaling on a cluster, Spark, the CLI from Python) are
illustrations and are not run.
"""

from __future__ import annotations

import doctest
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

pytestmark = pytest.mark.slow


def blocks(path: Path, language: str) -> list[tuple[int, str]]:
    """``(line number, code)`` of every fenced block of ``language`` in a Markdown file."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(rf"^```{language}[ \t]*\n(.*?)^```[ \t]*$", text, re.S | re.M):
        out.append((text.count("\n", 0, m.start()) + 2, m.group(1)))
    return out


def run_blocks(path: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"docs_{path.stem}"}
    found = blocks(path, "python")
    assert found, f"{path.name} has no python block"
    for line, code in found:
        # compiled with the file's line numbers, so a traceback points into the page
        exec(compile("\n" * (line - 1) + code, str(path), "exec"), namespace)
    return namespace


def test_blocks_finds_fenced_code(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# t\n\n```python\nx = 1\n```\n\ntext\n\n```pycon\n>>> 1\n1\n\n```\n", encoding="utf-8")
    assert blocks(page, "python") == [(4, "x = 1\n")]
    assert blocks(page, "pycon") == [(10, ">>> 1\n1\n\n")]


def test_notebook() -> None:
    ns = run_blocks(DOCS / "notebook.md")
    from extractnews.extraction import Extraction

    result = ns["result"]
    assert isinstance(result, Extraction) and result.ok
    assert [r.id for r in ns["results"]] == [r["id"] for r in ns["releases"]]
    assert [r.error is None for r in ns["results"]] == [True, True, False]
    money = ns["money"]
    assert set(money["doc_id"]) == {"pnue", "fao"}
    assert all(isinstance(a, Decimal) for a in money["amount"])
    assert ns["html"].startswith('<div class="extractnews"')


PAGES = [*sorted(p for p in DOCS.glob("*.md") if blocks(p, "pycon")), ROOT / "README.md"]


def test_pages_have_examples() -> None:
    names = {p.name for p in PAGES}
    for page in (
        "index.md",
        "organisations-and-acronyms.md",
        "people-and-places.md",
        "dates.md",
        "money.md",
        "structure.md",
        "knowledge-base.md",
        "spacy.md",
    ):
        assert page in names


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples(page: Path) -> None:
    parser = doctest.DocTestParser()
    # one DocTest per page, so that the blocks share a namespace as on the page;
    # padded with blank lines so that failures report the page's line numbers
    source = ""
    for line, code in blocks(page, "pycon"):
        source += "\n" * (line - 1 - source.count("\n")) + code
    test = parser.get_doctest(source, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []

    def report(out: str) -> None:
        failures.append(out)

    runner.run(test, out=report)
    assert test.examples, f"{page.name}: no examples"
    assert runner.failures == 0, "".join(failures)
