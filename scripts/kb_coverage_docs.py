"""Rewrite the coverage table of docs/knowledge-base.md from the knowledge base's data.

    .venv/bin/python scripts/kb_coverage_docs.py

tests/test_kb_check.py fails while the table and the data disagree.
"""

from __future__ import annotations

import re
from pathlib import Path

from extractnews.kb.check import default_coverage

PAGE = Path(__file__).resolve().parent.parent / "docs" / "knowledge-base.md"


def main() -> None:
    page = PAGE.read_text(encoding="utf-8")
    table = default_coverage()
    updated = re.sub(
        r"(<!-- coverage:start -->\n).*?(\n<!-- coverage:end -->)",
        lambda m: m.group(1) + table + m.group(2),
        page,
        flags=re.S,
    )
    PAGE.write_text(updated, encoding="utf-8")


if __name__ == "__main__":
    main()
