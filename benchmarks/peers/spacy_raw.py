"""Peer baseline: raw fr_core_news_md entities, speaking the scorer's protocol.

Reads JSON lines {"id", "text", "reference_date"} on stdin and writes one
line per input, {"id", "entities": [{"text", "label"}]}, with the model's
PER/ORG/LOC spans as they are: what a user gets from spaCy alone.

    python ../shared/corpus/score.py --system '.venv/bin/python benchmarks/peers/spacy_raw.py' ...
"""

from __future__ import annotations

import json
import sys

import spacy


def main() -> None:
    nlp = spacy.load("fr_core_news_md")
    items = [json.loads(line) for line in sys.stdin if line.strip()]
    for item, doc in zip(items, nlp.pipe(item["text"] for item in items), strict=True):
        entities = [
            {"text": e.text, "label": e.label_} for e in doc.ents if e.label_ in ("PER", "ORG", "LOC")
        ]
        print(json.dumps({"id": item["id"], "entities": entities}, ensure_ascii=False))


if __name__ == "__main__":
    main()
