"""Peer baseline: dateparser.search_dates over the whole text, glued as a user would.

Speaks the scorer's protocol: one JSON line {"id", "text", "reference_date"} per
document on stdin, one JSON line {"id", "dates": [{"text", "value"}]} on stdout.
Every hit is reported as a day (``YYYY-MM-DD``), which is all dateparser returns.

    python /work/shared/corpus/score.py \
        --system '.venv/bin/python benchmarks/peers/dateparser_dates.py' \
        /work/shared/corpus/dev/*.json
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from dateparser.search import search_dates


def dates_of(text: str, reference_date: str | None) -> list[dict[str, Any]]:
    settings: dict[str, Any] = {}
    if reference_date:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(reference_date)
    found = search_dates(text, languages=["fr"], settings=settings) or []
    return [{"text": surface, "value": when.date().isoformat()} for surface, when in found]


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        out = {"id": doc["id"], "dates": dates_of(doc["text"], doc.get("reference_date"))}
        print(json.dumps(out, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
