"""Hostile inputs (issue 18; issue 17, items 7 and 8): capitals, placeholder reference
dates, JSON lines that hold anything, files in another encoding, lone surrogates.
Runs of white space have their own file (``test_whitespace.py``).

Every input gives one record, never a lost document or a lost file. These tests
run without the statistical model (the rules alone, or the CLI with an
Extractor that loads none).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractnews.extractor
from extractnews import Extractor
from extractnews.cli import main
from extractnews.extraction import Extraction
from extractnews.text import replace_surrogates
from extractnews.text.french import in_capitals
from tests.test_reliability import check_offsets

# ---------------------------------------------------------------- capitals


@pytest.mark.parametrize(
    "text",
    [
        "GENÈVE, 14 MARS 2019 – LE PROGRAMME A ÉTÉ LANCÉ AUJOURD'HUI.",
        "DAKAR, LE 3 MARS 2021 – LES MINISTRES SE SONT RÉUNIS.",
        "NEW YORK, 21 MARS 2020 (ONU) – LE CONSEIL A ADOPTÉ UNE RÉSOLUTION.",
        "COMMUNIQUÉ DU 8 MARS 2022 SUR LA JOURNÉE DES DROITS DES FEMMES",
    ],
)
def test_a_month_in_capitals_is_a_date_not_money(rules: Extractor, text: str) -> None:
    result = rules.extract(text)
    assert result.money == ()
    assert [d.text for d in result.dates if "MARS" in d.text]


def test_an_abbreviated_amount_in_lower_case_text_is_still_money(rules: Extractor) -> None:
    result = rules.extract("Le fonds a reçu 5 MEUR et 3 MUSD en 2020.")
    assert [(m.text, m.currency) for m in result.money] == [("5 MEUR", "EUR"), ("3 MUSD", "USD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LA CONFÉRENCE SE TIENDRA LUNDI 9 MAI À DAKAR.", "2022-05-09"),
        ("LA RÉUNION SERA OUVERTE LE 9 MAI À ABIDJAN.", "2022-05-09"),
        ("LES MINISTRES SE RÉUNIRONT LE 9 MAI.", "2022-05-09"),
        ("LE SOMMET AURA LIEU LE 9 MAI PROCHAIN.", "2022-05-09"),
        ("LE PROCHAIN SOMMET AURA LIEU LE 9 MAI.", "2022-05-09"),
        ("LE SOMMET A EU LIEU LE 9 MAI.", "2021-05-09"),
        ("BUJUMBURA ACCUEILLE LE SOMMET LE 9 MAI.", "2021-05-09"),  # a place in "-RA", no verb
        ("LA SIERRA LEONE A SIGNÉ L'ACCORD LE 9 MAI.", "2021-05-09"),
    ],
)
def test_tense_in_capitals(rules: Extractor, text: str, value: str) -> None:
    result = rules.extract(text, reference_date="2021-12-01")
    assert [d.value for d in result.dates] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LA RÉUNION A EU LIEU MARDI À GENÈVE.", "2021-11-30"),
        ("LE SOMMET SE TIENDRA JEUDI À ACCRA.", "2021-12-02"),
        ("La réunion a eu lieu mardi à Genève.", "2021-11-30"),
    ],
)
def test_a_bare_weekday_in_capitals(rules: Extractor, text: str, value: str) -> None:
    result = rules.extract(text, reference_date="2021-12-01")
    assert [d.value for d in result.dates] == [value]


def test_a_weekday_with_a_capital_initial_is_still_no_date(rules: Extractor) -> None:
    assert rules.extract("Mardi Gras est un festival.", reference_date="2021-12-01").dates == ()


def test_a_currency_name_in_capitals(rules: Extractor) -> None:
    result = rules.extract("ALGER – LE GOUVERNEMENT A DÉBLOQUÉ 4 MILLIARDS DE DINARS POUR LES ROUTES.")
    assert [(m.text, str(m.amount), m.currency) for m in result.money] == [
        ("4 MILLIARDS DE DINARS", "4000000000", "DZD")
    ]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("GENÈVE, 14 MARS 2019 – LE", "MARS", True),
        ("LA RÉUNION A EU LIEU MARDI.", "MARDI", True),
        ("le fonds a reçu 5,5 MEUR au total", "MEUR", False),
        ("l'UNICEF et le PNUD ont signé", "PNUD", False),
        ("l'UNICEF 5 MUSD pour", "MUSD", False),  # an acronym before, lower case after
        ("MARDI", "MARDI", False),  # no neighbour: nothing says it is a run
    ],
)
def test_in_capitals(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert in_capitals(text, start, start + len(word)) is expected


# ---------------------------------------------------------------- reference dates

PLACEHOLDERS: dict[str, object] = {
    "date-1-1-1": dt.date(1, 1, 1),
    "iso-0001": "0001-01-01",
    "date-9999": dt.date(9999, 12, 31),
    "iso-9999": "9999-12-31",
    "datetime-9999": dt.datetime(9999, 12, 31, 23, 59),
    "year-1799": dt.date(1799, 12, 31),
    "year-2100": "2100-01-01",
}
MISSING: dict[str, object] = {"NaT": pd.NaT, "NaN": math.nan, "None": None, "numpy-NaT": pd.NaT.to_numpy()}
#: Relative and yearless dates that leave the calendar when counted from year 1 or 9999.
RELATIVE = (
    "Le PNUD a reçu 3 millions d'euros le 8 mai. Demain, la semaine prochaine et l'an prochain, "
    "il y a trois jours, dans deux semaines, lundi dernier et le 2 janvier prochain."
)


@pytest.mark.parametrize("value", list(PLACEHOLDERS.values()), ids=list(PLACEHOLDERS))
def test_a_placeholder_reference_date_is_a_warning(rules: Extractor, value: object) -> None:
    result = rules.extract(RELATIVE, reference_date=value)  # type: ignore[arg-type]
    assert result.error is None
    assert result.reference_date is None and result.reference_source == "none"
    assert [w[:4] for w in result.warnings] == ["W005"]
    assert [m.currency for m in result.money] == ["EUR"]  # nothing else lost
    assert all(d.value is None for d in result.dates if d.relative or d.year_inferred is not False)
    check_offsets(result, RELATIVE)


@pytest.mark.parametrize("value", list(MISSING.values()), ids=list(MISSING))
def test_a_missing_reference_date_is_none(rules: Extractor, value: object) -> None:
    result = rules.extract(RELATIVE, reference_date=value)  # type: ignore[arg-type]
    assert result.error is None and result.warnings == ()
    assert result.reference_date is None


def test_a_placeholder_leaves_the_dateline_to_give_the_date(rules: Extractor) -> None:
    text = "GENÈVE, le 8 mai 2019 – Le PNUD a reçu hier 3 millions d'euros."
    result = rules.extract(text, reference_date="0001-01-01")
    assert result.reference_date == dt.date(2019, 5, 8) and result.reference_source == "dateline"
    assert [d.value for d in result.dates] == ["2019-05-08", "2019-05-07"]


def test_every_value_in_one_batch(rules: Extractor) -> None:
    values = {**PLACEHOLDERS, **MISSING, "good": "2019-05-10"}
    items = [{"id": k, "text": RELATIVE, "reference_date": v} for k, v in values.items()]
    results = list(rules.extract_many(items, batch_size=4))
    assert [r.id for r in results] == list(values)
    assert all(r.error is None and len(r.money) == 1 for r in results)
    assert results[-1].reference_date == dt.date(2019, 5, 10)


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its own Extractor: make it one without the statistical model."""
    real = extractnews.extractor.Extractor
    monkeypatch.setattr(extractnews.extractor, "Extractor", lambda **kw: real(model=None, **kw))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _out(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


GOOD = json.dumps({"id": "good", "text": "Le PNUD a reçu 3 millions d'euros le 8 mai 2019."}).encode()
#: (line, what its error must say)
BAD_LINES: dict[str, tuple[bytes, str]] = {
    "deep": (b"[" * 100_000, "nested too deeply"),
    "long-number": (b'{"id": ' + b"7" * 5000 + b', "text": "x"}', "number too long"),
    "blank": (b"   ", "blank line"),
    "control-character": (b'{"id": "c", "text": "a\x01b"}', "column 23: raw control character U+0001"),
    "not-an-object": (b"[1, 2]", "expected a JSON object"),
    "a-number": (b"42", "got a number"),
    "truncated": (b'{"id": "t", "text": "Le PNUD', "malformed JSON at column"),
    "latin-1": (b'{"id": "l", "text": "caf\xe9"}', "not UTF-8 text (byte 0xE9"),
    "no-text": (b'{"id": "n"}', "no 'text'"),
    "bad-date": (b'{"id": "d", "text": "x", "reference_date": "2019-13-01"}', "2019-13-01"),
}


@pytest.mark.parametrize("case", list(BAD_LINES), ids=list(BAD_LINES))
def test_any_jsonl_line_gives_one_record_naming_it(
    no_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    line, why = BAD_LINES[case]
    _stdin(monkeypatch, b"\n".join([GOOD, line, GOOD]) + b"\n")
    assert main(["extract", "--jsonl"]) == 1
    captured = capsys.readouterr()
    out = _out(captured.out)
    assert len(out) == 3
    assert out[0]["error"] is None and out[2]["error"] is None
    assert [m["currency"] for m in out[2]["money"]] == ["EUR"]  # the line after went through
    assert out[1]["error"].startswith("line 2: ") and why in out[1]["error"]
    assert captured.err.splitlines() == [
        f"extractnews: {out[1]['error']}" + (f" (id {out[1]['id']!r})" if out[1]["id"] is not None else "")
    ]


def test_a_bom_at_the_start_is_accepted(
    no_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\xef\xbb\xbf" + GOOD + b"\n" + GOOD + b"\n")
    assert main(["extract", "--jsonl"]) == 0
    assert [r["error"] for r in _out(capsys.readouterr().out)] == [None, None]


@pytest.mark.parametrize("value", [*PLACEHOLDERS.values(), None], ids=[*PLACEHOLDERS, "None"])
def test_reference_dates_in_jsonl(
    no_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: object
) -> None:
    iso = value.isoformat()[:10] if isinstance(value, dt.date) else value
    _stdin(monkeypatch, json.dumps({"id": "r", "text": RELATIVE, "reference_date": iso}).encode() + b"\n")
    assert main(["extract", "--jsonl"]) == 0
    (record,) = _out(capsys.readouterr().out)
    assert record["error"] is None and record["reference_date"] is None
    assert len(record["money"]) == 1


@pytest.fixture
def latin1_file(tmp_path: Path) -> str:
    path = tmp_path / "communique.txt"
    path.write_bytes("Le 8 mai 2019 à Genève, le PNUD a reçu 3 millions d'euros.".encode("cp1252"))
    return str(path)


def test_a_file_not_in_utf8_says_how_to_proceed(
    no_model: None, latin1_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", latin1_file]) == 1
    captured = capsys.readouterr()
    (record,) = json.loads(captured.out)
    assert record["error"].startswith("not UTF-8 text (byte 0xE0 at byte 15)")
    assert "--encoding cp1252" in record["error"] and "iconv" in record["error"]
    assert latin1_file in captured.err and "--encoding" in captured.err


def test_encoding_reads_it(no_model: None, latin1_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", latin1_file, "--encoding", "cp1252"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert [d["value"] for d in record["dates"]] == ["2019-05-08"]
    assert record["text_length"] == len("Le 8 mai 2019 à Genève, le PNUD a reçu 3 millions d'euros.")


def test_encoding_reads_jsonl_lines(
    no_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"id": "w", "text": "Le 8 mai 2019 à Genève."}, ensure_ascii=False).encode("cp1252")
    _stdin(monkeypatch, line + b"\n")
    assert main(["extract", "--jsonl", "--encoding", "cp1252"]) == 0
    assert [d["value"] for d in _out(capsys.readouterr().out)[0]["dates"]] == ["2019-05-08"]


@pytest.mark.parametrize(
    ("encoding", "why"), [("klingon", "unknown encoding"), ("utf-16", "ASCII-compatible")]
)
def test_a_bad_encoding_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], encoding: str, why: str
) -> None:
    _stdin(monkeypatch, GOOD + b"\n")
    assert main(["extract", "--jsonl", "--encoding", encoding]) == 2
    assert why in capsys.readouterr().err


def test_a_utf16_file_is_named(no_model: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u16.txt"
    path.write_text("Le 8 mai 2019.", encoding="utf-16")
    assert main(["extract", str(path)]) == 1
    assert "--encoding utf-16" in json.loads(capsys.readouterr().out)[0]["error"]
    assert main(["extract", str(path), "--encoding", "utf-16"]) == 0


# ---------------------------------------------------------------- lone surrogates

SURROGATES = st.sampled_from(["\ud800", "\udfff", "\ud83d", "\ude00", "\udc80"])
SENTENCE = "GENÈVE, le 8 mai 2019 – L'Union africaine (UA) a versé 2,1 millions d'euros au PNUD."


@settings(max_examples=40, deadline=None)
@given(places=st.lists(st.tuples(st.integers(0, len(SENTENCE)), SURROGATES), min_size=1, max_size=4))
def test_lone_surrogates_anywhere(rules: Extractor, places: list[tuple[int, str]]) -> None:
    text = SENTENCE
    for at, s in sorted(places, reverse=True):
        text = text[:at] + s + text[at:]
    result = rules.extract(text, id="s" + places[0][1])
    json.loads(result.model_dump_json())  # never raises, valid UTF-8 JSON
    check_offsets(result, replace_surrogates(text))
    assert len(replace_surrogates(text)) == len(text)
    assert any(w.startswith("W006") for w in result.warnings)
    assert "\ufffd" in (result.id or "")


def test_a_surrogate_inside_a_mention_is_quoted_as_a_replacement_character(rules: Extractor) -> None:
    text = "Le 8\ud800mai 2019, l'Union\udfffafricaine a versé 2 millions d'euros."
    result = rules.extract(text)
    assert [d.text for d in result.dates] == ["8\ufffdmai 2019"]
    assert [d.start for d in result.dates] == [3]
    assert "Union\ufffdafricaine" in {e.text for e in result.entities}


def test_surrogates_in_a_batch(rules: Extractor) -> None:
    items: Iterator[dict[str, Any]] = iter(
        [{"id": "a\udc00", "text": "Le 8 mai\ud800."}, {"id": "b\udc00", "text": None}]
    )
    for result in rules.extract_many(items):
        json.loads(result.model_dump_json())
    assert isinstance(Extraction(id="x\ud800", error="y\udc80").model_dump_json(), str)
