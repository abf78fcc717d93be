"""Pathological inputs: runs of white space of 10k, 100k and 1M characters, of each kind.

    .venv/bin/python benchmarks/pathological.py             # the real model, updates docs
    .venv/bin/python benchmarks/pathological.py --no-model  # the rules alone (model=None)
    .venv/bin/python benchmarks/pathological.py --quick     # 10k and 100k only, docs untouched

A release of the fixtures (about 2,000 characters) gets a run of one kind of
white space appended (space, no-break space U+00A0, narrow no-break space
U+202F, tab, line break, the mix of them, and ``&nbsp;`` in an HTML page), and
a run of each length is also spread between the release's first 60 words.
Each text is extracted once, after a warm-up, in this process; the table gives
the seconds and the microseconds per character, so linear growth reads as a
constant last column. Before issue 18, 2,500 spaces took 9 s and 20,000 did not
finish in 30 s (a pattern cubic in the run).

The table goes to stdout and, for a full run with the model, to
``docs/benchmarks.md`` between ``<!-- pathological:start -->`` and ``<!-- pathological:end -->``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_PAGE = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- pathological:start -->", "<!-- pathological:end -->"
RELEASE = ROOT / "fixtures" / "releases" / "qa-aa-bad-civ.json"
KINDS = {
    "space": " ",
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "tab": "\t",
    "line break": "\n",
    "mixed": " \u00a0\u202f\t\n",
    "&nbsp; (HTML)": "&nbsp;",
}
LENGTHS = (10_000, 100_000, 1_000_000)


def make(base: str, kind: str, length: int, where: str) -> str:
    unit = KINDS[kind]
    run = unit * length if unit == "&nbsp;" else (unit * length)[:length]
    if where == "after":
        text = base + run
    else:  # the run spread between the first 60 words
        words = base.split(" ")
        piece = run[: max(len(unit), len(run) // 60 // len(unit) * len(unit))]
        text = piece.join(words[:61]) + " " + " ".join(words[61:])
    return f"<p>{text}</p><p>Fin.</p>" if unit == "&nbsp;" else text


def measure(model: bool, lengths: tuple[int, ...]) -> list[dict[str, object]]:
    from extractnews import Extractor

    extractor = Extractor() if model else Extractor(model=None)
    base = json.loads(RELEASE.read_text(encoding="utf-8"))["text"]
    extractor.extract(base)  # warm-up: the model and the knowledge base load
    rows = []
    for where in ("after", "between words"):
        for kind in KINDS:
            for length in lengths:
                text = make(base, kind, length, where)
                start = time.perf_counter()
                result = extractor.extract(text, reference_date="2020-11-24")
                seconds = time.perf_counter() - start
                assert result.error is None, result.error
                rows.append(
                    {
                        "where": where,
                        "kind": kind,
                        "run": length,
                        "chars": len(text),
                        "seconds": round(seconds, 3),
                        "us_per_char": round(seconds / len(text) * 1e6, 2),
                    }
                )
                print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    return rows


def table(rows: list[dict[str, object]], lengths: tuple[int, ...]) -> str:
    head = "| run | kind | " + " | ".join(f"{n:,} chars" for n in lengths) + " | µs per char |"
    lines = [head, "|" + "---|" * (len(lengths) + 3)]
    for where in ("after", "between words"):
        for kind in KINDS:
            mine = [r for r in rows if r["where"] == where and r["kind"] == kind]
            cells = " | ".join(f"{r['seconds']:.2f} s" for r in mine)
            per_char = " / ".join(f"{r['us_per_char']:.1f}" for r in mine)
            lines.append(f"| {where} | {kind} | {cells} | {per_char} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-model", action="store_true", help="the rules alone (model=None)")
    parser.add_argument("--quick", action="store_true", help="10k and 100k only; docs/ untouched")
    args = parser.parse_args()
    lengths = LENGTHS[:2] if args.quick else LENGTHS
    rows = measure(not args.no_model, lengths)
    text = table(rows, lengths)
    print(text)
    if not args.quick and not args.no_model:
        page = DOC_PAGE.read_text(encoding="utf-8")
        block = f"{START}\n{text}\n{END}"
        page = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, page, flags=re.S)
        DOC_PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
