"""Recorded model spans: the rules tested on the statistical model's real output, without the model.

``tests/model_spans.json`` maps the SHA-1 of every text the fixtures feed to
the model to the entity spans ``fr_core_news_md`` gave for it. :class:`ReplayNer`
stands in for the model in ``Extractor(ner=...)``, so that ``pytest -m "not
slow"`` runs every rule of every room on those spans without loading a spaCy
pipeline, and a failing case cannot be a change in the model.

Refresh the snapshot after changing a fixture, the model or its version::

    .venv/bin/python -m tests.spans

A slow test checks that the snapshot still matches the model.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from extractnews.text import chunks, prepare
from tests.annotated import FIXTURES, load, parse

SNAPSHOT = Path(__file__).resolve().parent / "model_spans.json"
CHUNK_SIZE = 50_000
"""The Extractor's default: the pieces recorded are the pieces it sends to the model."""

Spans = list[tuple[int, int, str]]


def key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def fixture_texts() -> Iterator[str]:
    """Every text of ``fixtures/``: each annotated line (tags stripped) and each release."""
    for path in sorted(FIXTURES.glob("*.txt")):
        for _, line in load(path.name):
            yield parse(line)[0]
    for path in sorted((FIXTURES / "releases").glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))["text"]


def model_inputs(text: str) -> Iterator[str]:
    """The pieces of ``text`` the Extractor gives the model."""
    prepared = prepare(text)
    if prepared.text.strip():
        for start, end in chunks(prepared.text, CHUNK_SIZE):
            yield prepared.text[start:end]


class UnrecordedText(LookupError):
    """A text with no recorded spans: add it to fixtures/ and refresh the snapshot."""


class ReplayNer:
    """A :class:`~extractnews.pipeline.NerModel` that answers from the snapshot."""

    def __init__(self, table: dict[str, Spans]) -> None:
        self.table = table

    @classmethod
    def load(cls) -> ReplayNer:
        raw = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
        return cls({k: [(s, e, label) for s, e, label in v] for k, v in raw.items()})

    def __call__(self, texts: Sequence[str], batch_size: int) -> list[Spans]:
        out = []
        for text in texts:
            spans = self.table.get(key(text))
            if spans is None:
                raise UnrecordedText(
                    f"no recorded model spans for {text[:60]!r}: put the text in fixtures/ "
                    "and run `.venv/bin/python -m tests.spans`"
                )
            out.append(spans)
        return out


def record() -> dict[str, Spans]:
    """Run the real model on every fixture text."""
    from extractnews.pipeline import SpacyNer

    ner = SpacyNer()
    pieces = sorted({piece for text in fixture_texts() for piece in model_inputs(text)})
    return {key(piece): spans for piece, spans in zip(pieces, ner(pieces, 32), strict=True)}


def main() -> int:
    table = record()
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(table.items())]
    SNAPSHOT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{SNAPSHOT.name}: spans of {len(table)} texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
