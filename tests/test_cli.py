"""The ``extractnews`` command, called in-process (plus one run of the console script)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import extractnews
import extractnews.pipeline
from extractnews import Extractor
from extractnews.cli import main
from extractnews.extraction import Extraction
from extractnews.text import replace_surrogates
from tests.test_reliability import check_offsets

SENTENCE = (
    "À Genève, le 8 mai 2019, le Programme des Nations Unies pour le développement (PNUD) "
    "a reçu 2,1 millions d'euros de l'Union africaine (UA)."
)
OTHER = "Le 3 mars, la Banque africaine de développement (BAD) a versé 5 millions de dollars."


@pytest.fixture
def shared_model(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its own Extractor: give it the session's loaded pipeline."""
    nlp = extractor.nlp
    monkeypatch.setattr(extractnews.pipeline, "load_base", lambda model: nlp)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


# ---------------------------------------------------------------- extract --jsonl


JSONL_CASES: list[tuple[str, str | None, str | None]] = [
    # (input line, expected id, expected error fragment or None)
    (json.dumps({"id": "good-1", "text": SENTENCE}), "good-1", None),
    ('{"id": "broken", "text": "Le PNUD', None, "line 2: malformed JSON"),
    (json.dumps({"id": "no-text"}), "no-text", "no 'text'"),
    (
        json.dumps({"id": "bad-date", "text": SENTENCE, "reference_date": "2019-13-01"}),
        "bad-date",
        "2019-13-01",
    ),
    ("[1, 2, 3]", None, "line 5: expected a JSON object"),
    ('"a bare string"', None, "line 6: expected a JSON object"),
    (json.dumps({"id": "null-text", "text": None}), "null-text", "TypeError"),
    (json.dumps({"id": "good-2", "text": OTHER, "reference_date": "2019-05-08"}), "good-2", None),
    (json.dumps({"id": 42, "text": "", "reference_date": None}), "42", None),
    (json.dumps({"text": OTHER}, ensure_ascii=False), None, None),
]


@pytest.mark.slow
def test_jsonl_one_line_out_per_line_in(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "\n".join(line for line, _, _ in JSONL_CASES) + "\n")
    status = main(["extract", "--jsonl", "--batch-size", "3"])
    out = _lines(capsys.readouterr().out)
    assert status == 1
    assert len(out) == len(JSONL_CASES)
    for (line, expected_id, error), record in zip(JSONL_CASES, out, strict=True):
        assert record["id"] == expected_id, line
        if error is None:
            assert record["error"] is None, (line, record["error"])
            check_offsets(Extraction.model_validate(record), json.loads(line)["text"])
        else:
            assert error in record["error"], (line, record["error"])
    assert [d["value"] for d in out[0]["dates"]] == ["2019-05-08"]
    assert [d["value"] for d in out[7]["dates"]] == ["2019-03-03"]


@pytest.mark.slow
def test_jsonl_all_good_exits_0(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"id": str(i), "text": t}) for i, t in enumerate([SENTENCE, OTHER, "", SENTENCE])]
    _stdin(monkeypatch, "\n".join(lines))  # no final newline
    assert main(["extract", "--jsonl", "--reference-date", "2020-06-30"]) == 0
    captured = capsys.readouterr()
    out = _lines(captured.out)
    assert [r["id"] for r in out] == ["0", "1", "2", "3"]
    assert all(r["error"] is None for r in out)
    assert out[1]["reference_date"] == "2020-06-30"
    assert [d["value"] for d in out[1]["dates"]] == ["2020-03-03"]
    assert captured.err == ""


@pytest.mark.slow
def test_jsonl_line_that_is_not_utf8(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"id": "a", "text": SENTENCE}).encode()
    bad = b'{"id": "b", "text": "caf\xe9 au lait"}'
    _stdin(monkeypatch, b"\n".join([good, bad, good.replace(b'"a"', b'"c"')]) + b"\n")
    assert main(["extract", "--jsonl"]) == 1
    out = _lines(capsys.readouterr().out)
    assert [r["id"] for r in out] == ["a", None, "c"]
    assert out[1]["error"].startswith("line 2: not UTF-8 text (byte 0xE9 at byte 25)")
    assert "--encoding" in out[1]["error"]  # and how to proceed
    assert out[0]["error"] is None and out[2]["error"] is None


@pytest.mark.slow
def test_jsonl_text_with_lone_surrogates(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON may spell a lone surrogate ("\\ud800"): the output stays valid UTF-8 JSON with true offsets."""
    text = "Le 8 mai 2019, l'Union\ud800africaine (UA) a versé 2 millions d'euros.\udfff"
    _stdin(monkeypatch, json.dumps({"id": "s", "text": text}) + "\n")
    assert main(["extract", "--jsonl"]) == 0
    (record,) = _lines(capsys.readouterr().out)
    result = Extraction.model_validate(record)
    check_offsets(result, replace_surrogates(text))  # each surrogate quoted as U+FFFD, offsets kept
    assert [d.value for d in result.dates] == ["2019-05-08"]
    assert "Union\ufffdafricaine" in {e.text for e in result.entities}
    assert any(w.startswith("W006") for w in result.warnings)


def test_jsonl_bad_reference_date_option(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, json.dumps({"text": SENTENCE}) + "\n")
    assert main(["extract", "--jsonl", "--reference-date", "hier"]) == 2
    captured = capsys.readouterr()
    assert "reference_date" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_extract_without_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 2
    assert "FILE" in capsys.readouterr().err


# ---------------------------------------------------------------- extract FILE...


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    good1 = tmp_path / "good1.txt"
    good1.write_text(SENTENCE, encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le 8 mai 2019, à Genève, le PNUD a reçu 2 millions d'euros.".encode("latin-1"))
    good2 = tmp_path / "good2.txt"
    good2.write_text(OTHER, encoding="utf-8")
    return {
        "good1": str(good1),
        "latin1": str(latin1),
        "missing": str(tmp_path / "missing.txt"),
        "good2": str(good2),
        "directory": str(tmp_path),
    }


@pytest.mark.slow
def test_files_bad_ones_reported_others_processed(
    shared_model: None, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    order = ["good1", "latin1", "missing", "directory", "good2"]
    status = main(["extract", "--format", "jsonl", *(files[k] for k in order)])
    captured = capsys.readouterr()
    assert status == 1
    out = _lines(captured.out)
    assert [r["id"] for r in out] == [files[k] for k in order]
    assert [r["error"] is None for r in out] == [True, False, False, False, True]
    assert "UTF-8" in out[1]["error"]
    assert "No such file" in out[2]["error"]
    assert "Traceback" not in captured.err
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 3  # one message per bad file
    assert files["latin1"] in err_lines[0] and "UTF-8" in err_lines[0]
    assert files["missing"] in err_lines[1]
    check_offsets(Extraction.model_validate(out[0]), SENTENCE)
    check_offsets(Extraction.model_validate(out[4]), OTHER)
    assert [d["value"] for d in out[0]["dates"]] == ["2019-05-08"]


@pytest.mark.slow
def test_files_format_json(
    shared_model: None, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", files["good1"], "--format", "json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert isinstance(single, list) and len(single) == 1  # one shape: a list, also for one file
    check_offsets(Extraction.model_validate(single[0]), SENTENCE)

    assert main(["extract", files["good1"], files["good2"]]) == 0  # json is the default
    both = json.loads(capsys.readouterr().out)
    assert isinstance(both, list) and [r["id"] for r in both] == [files["good1"], files["good2"]]
    assert both[0] == single[0]


@pytest.mark.slow
def test_files_format_jsonl_all_good(
    shared_model: None, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["extract", "--format", "jsonl", files["good1"], files["good2"], "--reference-date", "2019-12-31"]
        )
        == 0
    )
    out = _lines(capsys.readouterr().out)
    assert len(out) == 2
    assert [d["value"] for d in out[1]["dates"]] == ["2019-03-03"]


@pytest.mark.slow
@pytest.mark.parametrize("binary", [True, False], ids=["bytes-stdin", "text-stdin"])
def test_dash_reads_stdin(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], binary: bool
) -> None:
    if binary:
        _stdin(monkeypatch, SENTENCE)
    else:
        monkeypatch.setattr(sys, "stdin", io.StringIO(SENTENCE))
    assert main(["extract", "-"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["id"] == "-"
    check_offsets(Extraction.model_validate(record), SENTENCE)


@pytest.mark.slow
def test_dash_stdin_not_utf8(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "Le 8 mai 2019 à Genève".encode("latin-1"))
    assert main(["extract", "-"]) == 1
    captured = capsys.readouterr()
    assert "UTF-8" in json.loads(captured.out)[0]["error"]
    assert "UTF-8" in captured.err and "Traceback" not in captured.err


# ---------------------------------------------------------------- schema


def test_schema_is_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Extraction"
    assert schema["type"] == "object"
    fields = {"entities", "dates", "money", "acronyms", "organizations", "people", "error", "warnings"}
    assert fields <= schema["properties"].keys()
    assert {"Entity", "DateMention", "Money", "Acronym"} <= schema["$defs"].keys()
    assert schema == Extraction.model_json_schema(mode="serialization")


def test_schema_types_amount_as_the_string_json_carries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    money = json.loads(capsys.readouterr().out)["$defs"]["Money"]["properties"]
    assert money["amount"]["type"] == "string" and "anyOf" not in money["amount"]
    money_record = {"text": "3 €", "start": 0, "end": 3, "amount": 3, "currency": "EUR"}
    dumped = Extraction.model_validate({"money": [money_record]})
    assert isinstance(json.loads(dumped.model_dump_json())["money"][0]["amount"], str)


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


# ---------------------------------------------------------------- the console script


@pytest.mark.slow
def test_console_script_jsonl() -> None:
    script = shutil.which("extractnews", path=str(Path(sys.executable).parent)) or shutil.which("extractnews")
    if script is None:
        pytest.skip("the extractnews console script is not installed")
    lines = [json.dumps({"id": "a", "text": SENTENCE}), "not json", json.dumps({"id": "c", "text": OTHER})]
    done = subprocess.run(
        [script, "extract", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    out = _lines(done.stdout)
    assert [r["id"] for r in out] == ["a", None, "c"]
    assert "malformed JSON" in out[1]["error"]
    check_offsets(Extraction.model_validate(out[0]), SENTENCE)


# ---------------------------------------------------------------- comfort: progress bar, --n-process


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _two_lines() -> str:
    return "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("a", SENTENCE), ("b", OTHER)))


@pytest.mark.slow
def test_progress_bar_on_a_terminal(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, _two_lines())
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", "--jsonl"]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2
    assert "2doc" in terminal.getvalue().replace(" ", "")


@pytest.mark.slow
def test_no_progress_bar_when_stderr_is_not_a_terminal(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, _two_lines())
    assert main(["extract", "--jsonl"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_n_process_gives_the_same_lines(
    shared_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, _two_lines())
    assert main(["extract", "--jsonl"]) == 0
    one = capsys.readouterr().out
    _stdin(monkeypatch, _two_lines())
    assert main(["extract", "--jsonl", "--n-process", "2", "--batch-size", "1"]) == 0
    assert capsys.readouterr().out == one


def test_evaluate_reports_a_bad_gold_file_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notgold.json"
    bad.write_text(json.dumps({"summary": {}}), encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "notgold.json" in err and "Traceback" not in err


# ---------------------------------------------------------------- help, version, options


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_help_says_what_the_command_does(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "``" not in text and "The extractnews command" not in text.replace("`", "")
    assert "French press releases" in text
    for command in ("demo", "extract", "schema", "evaluate", "--version"):
        assert command in text
    assert "extractnews extract --jsonl" in text and "exit status" in text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"extractnews {extractnews.__version__}"


def test_every_extract_option_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(_help(capsys, "extract").split())
    options = ("--jsonl", "--reference-date", "--format", "--n-process", "--batch-size", "--default-dollar")
    for option in options:
        explained = re.search(re.escape(option) + r"(?: \{[^}]*\}| [A-Z]+)? ([a-zA-Z][^-]{8,})", text)
        assert explained, f"{option} has no help"
    assert "also for a single FILE" in text


@pytest.mark.parametrize("code", ["XYZ", "dollars", "12"])
def test_default_dollar_must_be_iso_4217(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--default-dollar", code, "whatever.txt"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "ISO 4217" in err and repr(code) in err and "Traceback" not in err


@pytest.mark.parametrize("size", ["0", "-3", "many"])
def test_batch_size_must_be_positive(size: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--batch-size", size, "whatever.txt"])
    assert exit_info.value.code == 2
    assert "--batch-size" in capsys.readouterr().err


# ---------------------------------------------------------------- evaluate: messages


def test_evaluate_help_describes_the_gold_format(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "evaluate")
    for key in ('"text"', '"entities"', '"dates"', '"money"', '"acronyms"', '"people"', '"reference_date"'):
        assert key in text
    assert "required" in text and "folders" in text


def _evaluate_error(capsys: pytest.CaptureFixture[str], *paths: Path) -> str:
    assert main(["evaluate", *map(str, paths)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    return captured.err


def test_evaluate_names_a_malformed_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    lists: dict[str, list[Any]] = {"entities": [], "dates": [], "money": [], "acronyms": []}
    good.write_text(json.dumps({"text": "Le 8 mai.", **lists}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "b",\n "text": "Le PNUD",}', encoding="utf-8")
    err = _evaluate_error(capsys, good, broken)
    assert "broken.json" in err and "line 2" in err and "good.json" not in err


def test_evaluate_refuses_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("rien", encoding="utf-8")
    err = _evaluate_error(capsys, tmp_path)
    assert str(tmp_path) in err and "*.json" in err


def test_evaluate_refuses_gold_without_the_expected_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps({"id": "p", "text": "Le PNUD.", "entities": []}), encoding="utf-8")
    err = _evaluate_error(capsys, partial)
    assert "partial.json" in err
    for key in ("'dates'", "'money'", "'acronyms'"):
        assert key in err
    assert "'entities'" not in err.split("(")[0]
