"""The ``extractnews`` command.

- ``extractnews demo``: the whole pipeline on a sample release shipped with the package;
- ``extractnews extract FILE... [--reference-date D] [--format json|jsonl]`` (``-`` is stdin):
  a JSON array of records, one per FILE (also for one FILE), or one JSON line per FILE;
- ``extractnews extract --jsonl``: JSON lines ``{"id", "text", "reference_date"}`` on stdin,
  exactly one JSON line out per line in, same order, same ``id``;
- ``extractnews schema``: the JSON Schema of the output;
- ``extractnews evaluate GOLD.json...``: precision, recall and F1 against annotated documents;
- ``extractnews kb check [FOLDER]`` / ``extractnews kb coverage``: the knowledge base checked, counted.

Exit status: 0 when every document was processed, 1 when any gave an error
record, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .extraction import Extraction


def _progress(items: Iterator[Any], total: int | None, enabled: bool) -> Iterator[Any]:
    if not enabled or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return iter(tqdm(items, total=total, file=sys.stderr, unit="doc"))


_BOM = "\ufeff"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ENCODING_HINT = (
    "give its encoding with --encoding (e.g. --encoding cp1252 for Windows files, latin-1) "
    "or convert it to UTF-8 (iconv -f CP1252 -t UTF-8)"
)


def _not_encoded(raw: bytes, error: UnicodeDecodeError, encoding: str, where: str) -> str:
    """What is wrong with bytes that are not ``encoding`` text, and how to proceed."""
    if raw.startswith(_UTF16_BOMS) and encoding.replace("-", "").lower() != "utf16":
        return f"not {encoding} text: it starts with a UTF-16 byte-order mark; pass --encoding utf-16"
    byte = f"byte 0x{raw[error.start]:02X} at {where} {error.start + 1}"
    name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
    return f"not {name} text ({byte}); {_ENCODING_HINT}"


_JSON_KINDS = {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}


def _json_problem(line: str) -> dict[str, Any] | str:
    """The JSON object on ``line``, or what is wrong with the line (no input raises)."""
    if not line.strip():
        return 'blank line: expected a JSON object {"id", "text", "reference_date"}'
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        msg = e.msg.removesuffix(" at")  # "Invalid control character at" (the position follows)
        if msg.startswith("Invalid control character") and e.pos < len(e.doc):
            code = ord(e.doc[e.pos])
            msg = f"raw control character U+{code:04X} inside a string (escape it as \\u{code:04x})"
        return f"malformed JSON at column {e.colno}: {msg[:1].lower() + msg[1:]}"
    except RecursionError:
        return "malformed JSON: nested too deeply to read"
    except ValueError as e:  # an integer of more digits than Python converts (4300)
        why = "a number too long to read (write long ids as strings)" if "digits" in str(e) else str(e)
        return f"malformed JSON: {why}"
    if not isinstance(obj, dict):
        kind = _JSON_KINDS.get(type(obj), "a number")
        return f'expected a JSON object {{"id", "text", "reference_date"}}, got {kind}'
    return obj


def _read_jsonl(stream: IO[str], encoding: str = "utf-8") -> Iterator[dict[str, Any] | str]:
    """One item per input line: its JSON object, or what is wrong with it (a ``str``).

    A UTF-8 byte-order mark at the start of a line (Windows tools write one) is ignored.
    """
    # read bytes where we can: a line that is not in the encoding fails alone, whatever the locale
    lines: Iterable[str | bytes] = getattr(stream, "buffer", stream)
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode(encoding) if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as e:
            assert isinstance(raw, bytes)
            yield f"line {number}: " + _not_encoded(raw, e, encoding, "byte")
            continue
        item = _json_problem(line.removeprefix(_BOM))
        yield f"line {number}: {item}" if isinstance(item, str) else item


def _extract_items(
    items: Iterator[dict[str, Any] | str], args: argparse.Namespace, *, numbered: bool = False
) -> Iterator[Extraction]:
    """Run extract_many over items, passing through the ones already known to fail (a ``str``).

    ``numbered``: the items are lines, and an error record names its line.
    """
    from .extractor import Extractor

    extractor = Extractor(default_dollar=args.default_dollar)
    failed: dict[int, str] = {}

    def feed() -> Iterator[dict[str, Any]]:
        for i, item in enumerate(items):
            if isinstance(item, str):
                failed[i] = item
                yield {"id": None, "text": ""}
            elif "_error" in item:
                failed[i] = item["_error"]
                yield {"id": item.get("id"), "text": ""}
            else:
                if args.reference_date and not item.get("reference_date"):
                    item = {**item, "reference_date": args.reference_date}
                yield item

    for i, result in enumerate(
        extractor.extract_many(feed(), batch_size=args.batch_size, n_process=args.n_process)
    ):
        if i in failed:
            result = Extraction(id=result.id, error=failed.pop(i))
        elif result.error and numbered:
            result = result.model_copy(update={"error": f"line {i + 1}: {result.error}"})
        yield result


def _file_items(paths: Sequence[str], encoding: str = "utf-8") -> Iterator[dict[str, Any]]:
    for path in paths:
        try:
            if path == "-":
                stdin = getattr(sys.stdin, "buffer", None)
                raw = sys.stdin.read() if stdin is None else stdin.read()
            else:
                with open(path, "rb") as f:
                    raw = f.read()
            text = raw.decode(encoding) if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as e:  # reported once, on stderr, by cmd_extract
            assert isinstance(raw, bytes)
            yield {"id": path, "_error": _not_encoded(raw, e, encoding, "byte") + "; skipped"}
            continue
        except OSError as e:
            yield {"id": path, "_error": f"{e.strerror or e}"}
            continue
        yield {"id": path, "text": text}


def _check_encoding(encoding: str, jsonl: bool) -> str | None:
    """What is wrong with ``--encoding``, if anything."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r} (a Python codec name: utf-8, cp1252, latin-1, utf-16...)"
    if jsonl and "\n".encode(encoding) != b"\n":
        return f"--jsonl reads lines of an ASCII-compatible encoding; convert {encoding} input to UTF-8 first"
    return None


def _dumps(obj: Any, indent: int | None = None) -> str:
    """JSON text; lone surrogates (a str may hold them, UTF-8 cannot) come out \\u-escaped."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, indent=indent)
    return text


def _json_line(result: Extraction) -> str:
    try:
        return result.model_dump_json()
    except ValueError:  # pydantic cannot encode a lone surrogate of the caller's text
        return _dumps(result.model_dump(mode="json"))


def cmd_extract(args: argparse.Namespace) -> int:
    problem = _check_encoding(args.encoding, args.jsonl)
    if problem:
        print(f"extractnews: {problem}", file=sys.stderr)
        return 2
    items: Iterator[dict[str, Any] | str]
    if args.jsonl:
        items = _read_jsonl(sys.stdin, args.encoding)
        fmt = "jsonl"
    elif args.files:
        items = _file_items(args.files, args.encoding)
        fmt = args.format
    else:
        print("extractnews extract: give FILE... (or -) or --jsonl", file=sys.stderr)
        return 2
    if args.reference_date:
        from .text import parse_reference_date

        try:
            parse_reference_date(args.reference_date)
        except ValueError as e:
            print(f"extractnews: {e}", file=sys.stderr)
            return 2
    errors = 0
    results = _extract_items(items, args, numbered=args.jsonl)
    show = args.jsonl or len(args.files) > 1
    collected = []
    for result in _progress(results, None if args.jsonl else len(args.files), show):
        if result.error:
            errors += 1
            _report_failure(result, args.jsonl)
        if fmt == "jsonl":
            sys.stdout.write(_json_line(result) + "\n")
            sys.stdout.flush()
        else:
            collected.append(result.model_dump(mode="json"))
    if fmt == "json":  # one shape whatever the number of files: a list
        sys.stdout.write(_dumps(collected, indent=2) + "\n")
    return 1 if errors else 0


def _report_failure(result: Extraction, jsonl: bool) -> None:
    """One line on stderr per failed input: the file, or the line of --jsonl, and why."""
    if jsonl:  # the error names the line; the id, when the line gave one, helps find it
        where = f" (id {result.id!r})" if result.id is not None else ""
        print(f"extractnews: {result.error}{where}", file=sys.stderr)
    else:
        print(f"extractnews: {result.id}: {result.error}", file=sys.stderr)


def sample_text() -> str:
    """The sample press release shipped with the package."""
    return (Path(__file__).parent / "data" / "sample_fr.txt").read_text(encoding="utf-8")


def cmd_demo(args: argparse.Namespace) -> int:
    from .extractor import Extractor
    from .render import summary

    text = sample_text()
    result = Extractor().extract(text)
    print(text.strip())
    print("\n" + "=" * 72 + "\n")
    print(summary(result))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    # the schema of what extract writes (amounts are strings there), not of what Python accepts
    print(json.dumps(Extraction.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_files, format_report

    try:
        report = evaluate_files(args.gold, n_process=args.n_process)
    except (OSError, ValueError) as e:
        print(f"extractnews evaluate: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def cmd_kb(args: argparse.Namespace) -> int:
    from .kb.check import check_folder, coverage_table
    from .kb.load import load_organisations

    if args.kb_command == "coverage":
        print(coverage_table(load_organisations(Path(args.folder) if args.folder else None)))
        return 0
    report = check_folder(args.folder)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    for line in report.warnings if args.warnings else ():
        print(f"warning: {line}", file=sys.stderr)
    print(
        f"{report.entries} entries, {len(report.errors)} errors, {len(report.warnings)} warnings"
        + ("" if args.warnings or not report.warnings else " (--warnings lists them)")
    )
    return 0 if report.ok else 1


DESCRIPTION = """\
Typed records from French press releases: people, organisations and places,
dates and amounts of money normalised, acronyms resolved across languages.
Every record is JSON (see `extractnews schema`); offsets are into the text as given."""

EXAMPLES = """\
examples:
  extractnews demo                                        the pipeline on a sample release
  extractnews extract release.txt --reference-date 2019-05-08
  extractnews extract *.txt --format jsonl --n-process 2  one JSON line per file
  extractnews extract --jsonl < items.jsonl > out.jsonl   {"id", "text", "reference_date"} per line
  extractnews evaluate gold/                              P/R/F1 against your annotations

exit status: 0 when every document was processed, 1 when any gave an error record,
2 on a usage error."""


def _currency(value: str) -> str:
    from .text import check_currency

    try:
        return check_currency(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 4217 currency code such as USD, CAD or AUD, got {value!r}"
        ) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _add_extract(sub: Any) -> None:
    ex = sub.add_parser(
        "extract",
        help="extract records from files or JSON lines",
        description="Extract records from text files (UTF-8, or see --encoding) or from JSON lines on "
        "standard input: one record per file or line, whatever it holds (a bad one has an error).",
    )
    ex.add_argument("files", nargs="*", metavar="FILE", help="text files; - reads standard input")
    ex.add_argument("--jsonl", action="store_true", help='read {"id","text","reference_date"} lines on stdin')
    ex.add_argument("--reference-date", metavar="D", help="publication date (ISO) for dates without a year")
    ex.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default="json",
        help="json: one JSON array with a record per FILE, in order (also for a single FILE); "
        "jsonl: one record per line, written as each is ready (default: json; --jsonl implies jsonl)",
    )
    ex.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per CPU)"
    )
    ex.add_argument(
        "--batch-size",
        type=_positive,
        default=32,
        metavar="N",
        help="documents the model reads at once (default 32); lower it to save memory on long texts",
    )
    ex.add_argument(
        "--default-dollar",
        type=_currency,
        default="USD",
        metavar="CODE",
        help='ISO 4217 code of a bare "dollars": USD (default), CAD, AUD…',
    )
    ex.add_argument(
        "--encoding",
        default="utf-8",
        metavar="NAME",
        help="encoding of the files or lines read (default utf-8; e.g. cp1252, latin-1, utf-16)",
    )
    ex.set_defaults(func=cmd_extract)


def _add_evaluate(sub: Any) -> None:
    from .evaluate import GOLD_FORMAT

    ev = sub.add_parser(
        "evaluate",
        help="score against your own annotated documents",
        description="Precision, recall and F1 of extractnews against gold documents.\n\n" + GOLD_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("gold", nargs="+", metavar="GOLD", help="gold JSON files, or folders of *.json files")
    ev.add_argument("--json", action="store_true", help="print the report as JSON, with per-document misses")
    ev.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per CPU)"
    )
    ev.set_defaults(func=cmd_evaluate)


def _add_kb(sub: Any) -> None:
    kb = sub.add_parser(
        "kb",
        help="check the organisation knowledge base, or count what it covers",
        description="kb check: validate the organisation knowledge base (or a folder of .jsonl files); "
        "kb coverage: a Markdown table of its entries by region and kind of body.",
    )
    kb.add_argument("kb_command", choices=["check", "coverage"], help="check: validate; coverage: a table")
    kb.add_argument("folder", nargs="?", help="a folder of .jsonl files (default: the shipped ones)")
    kb.add_argument("--warnings", action="store_true", help="list the warnings (shared acronyms, stop words)")
    kb.set_defaults(func=cmd_kb)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="extractnews",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser(
        "demo",
        help="run the pipeline on a sample press release",
        description="Run the pipeline on a "
        "sample press release shipped with the package and print a summary.",
    ).set_defaults(func=cmd_demo)
    _add_extract(sub)
    sub.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema of one output record (an Extraction).",
    ).set_defaults(func=cmd_schema)
    _add_evaluate(sub)
    _add_kb(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
