"""docs/notebook.ipynb runs from top to bottom in a Jupyter kernel (nbclient), and shows what it says."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "notebook.ipynb"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path_factory.mktemp("notebook"))}},
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if a cell fails
    return notebook


def _outputs(notebook: Any, starts_with: str) -> list[Any]:
    [cell] = [c for c in notebook.cells if c.cell_type == "code" and c.source.startswith(starts_with)]
    return list(cell.outputs)


def _data(notebook: Any, starts_with: str, mime: str) -> str:
    found = [o.data[mime] for o in _outputs(notebook, starts_with) if mime in o.get("data", {})]
    assert found, f"no {mime} output for the cell {starts_with!r}"
    return str(found[0])


def test_every_cell_ran_without_error(executed: Any) -> None:
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert cell.execution_count is not None
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source


def test_the_display_shows_the_visible_text_highlighted_with_values(executed: Any) -> None:
    page = _data(executed, "result", "text/html")
    assert page.startswith('<div class="extractnews"')
    assert "&lt;p&gt;" not in page and "&lt;nav&gt;" not in page and "&amp;nbsp;" not in page
    assert 'title="2019-05-08"' in page and 'title="près de 3000000 EUR"' in page
    assert html.escape("Programme des Nations Unies pour le développement / United Nations") in page
    assert html.escape("Mme Aïssatou Ba, représentante résidente, PNUD") in page


def test_the_page_furniture_is_listed(executed: Any) -> None:
    sections = _data(executed, "assert all(page", "text/plain")
    assert "'navigation'" in sections and "'footer'" in sections


def test_dataframes(executed: Any) -> None:
    money = _data(executed, "money = to_dataframe", "text/html")
    assert "près de" in money and "3000000" in money and "2500000" in money and "USD" in money
    people = _data(executed, "to_dataframe(results, 'people')", "text/html")
    assert "Aïssatou Ba" in people
    errors = _data(executed, "releases = [", "text/plain")
    assert "'broken'" in errors and "ValueError" in errors


def test_docbin_round_trip(executed: Any) -> None:
    [printed] = [o.text for o in _outputs(executed, "import spacy") if o.output_type == "stream"]
    assert printed.strip().endswith("records identical after the round trip: True")
    assert "('UA', 'Union africaine', ('AU',))" in _data(executed, "[(a.short", "text/plain")
