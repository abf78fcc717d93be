"""to_dataframe on hand-built records: columns, rows, types, errors. No model needed."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pandas as pd
import pytest

from extractnews.extraction import Extraction
from extractnews.frame import KINDS, to_dataframe
from extractnews.records import (
    Acronym,
    DateMention,
    Entity,
    Money,
    Organization,
    Person,
    Span,
)

TEXT = "L'UIP a reçu 2,1 millions de dollars le 8 mai 2019."


def _first() -> Extraction:
    return Extraction(
        id="doc-1",
        text_length=len(TEXT),
        entities=(
            Entity(text="UIP", start=2, end=5, label="ORG", origin="kb", kb_id="ipu"),
            Entity(text="Genève", start=60, end=66, label="LOC"),
        ),
        dates=(
            DateMention(
                text="8 mai 2019",
                start=40,
                end=50,
                value="2019-05-08",
                precision="day",
                first_day=dt.date(2019, 5, 8),
                last_day=dt.date(2019, 5, 8),
                year=2019,
                month=5,
                day=8,
            ),
            DateMention(
                text="2008-2011",
                start=70,
                end=79,
                value="2008/2011",
                precision="year",
                is_span=True,
                year=2008,
            ),
        ),
        money=(
            Money(
                text="2,1 millions de dollars", start=13, end=36, amount=Decimal("2100000"), currency="USD"
            ),
            Money(
                text="0,1 dollar",
                start=80,
                end=90,
                amount=Decimal("0.1"),
                currency="USD",
                qualifier="environ",
                range_id=1,
                range_part="low",
            ),
        ),
        acronyms=(
            Acronym(
                text="UIP",
                start=2,
                end=5,
                short="UIP",
                long_fr="Union interparlementaire",
                long_en="Inter-Parliamentary Union",
                aliases=("IPU",),
                org_id="ipu",
                origin="kb",
                resolved_by="kb",
            ),
        ),
        organizations=(
            Organization(
                id="ipu",
                name_fr="Union interparlementaire",
                acronyms_fr=("UIP",),
                acronyms_en=("IPU",),
                mentions=(
                    Span(text="UIP", start=2, end=5),
                    Span(text="Union interparlementaire", start=100, end=124),
                    Span(text="UIP", start=130, end=133),
                ),
            ),
        ),
        people=(
            Person(
                name="Martin Chungong",
                honorific="M.",
                role="Secrétaire général",
                organization="UIP",
                organization_id="ipu",
                mentions=(Span(text="Martin Chungong", start=140, end=155),),
            ),
        ),
    )


def _second_without_id() -> Extraction:
    return Extraction(
        entities=(Entity(text="Martin Chungong", start=0, end=15, label="PER", origin="rule"),),
        people=(Person(name="Martin Chungong", in_body=False),),
    )


def _failed() -> Extraction:
    return Extraction(id="bad", error="TypeError: not a str")


def test_entities_one_row_per_mention_with_doc_id_from_id_or_position() -> None:
    df = to_dataframe([_first(), _second_without_id()], "entities")
    assert list(df.columns) == [
        *("doc_id", "text", "start", "end", "boilerplate"),
        *("label", "origin", "kb_id", "reason"),
    ]
    assert df["doc_id"].tolist() == ["doc-1", "doc-1", 1]
    assert df["text"].tolist() == ["UIP", "Genève", "Martin Chungong"]
    assert df["label"].tolist() == ["ORG", "LOC", "PER"]
    assert df["kb_id"].tolist()[0] == "ipu"
    assert df["kb_id"].isna().tolist() == [False, True, True]
    assert df["start"].dtype == "int64"
    assert df["boilerplate"].dtype == bool


def test_money_amounts_stay_decimal() -> None:
    df = to_dataframe(_first(), "money")
    assert df["amount"].tolist() == [Decimal("2100000"), Decimal("0.1")]
    assert all(type(a) is Decimal for a in df["amount"])
    # exact arithmetic: a float column would give 2100000.1000000001 or similar
    assert df["amount"].sum() == Decimal("2100000.1")
    assert df["qualifier"].isna().tolist() == [True, False]
    assert df.loc[1, "qualifier"] == "environ"
    assert df["range_id"].dtype == "Int64"
    assert df["range_id"].isna().tolist() == [True, False]
    assert df.loc[1, "range_part"] == "low"


def test_dates_keep_date_objects_and_nullable_ints() -> None:
    df = to_dataframe(_first(), "dates")
    assert df["value"].tolist() == ["2019-05-08", "2008/2011"]
    assert df.loc[0, "first_day"] == dt.date(2019, 5, 8)
    assert df["is_span"].tolist() == [False, True]
    assert str(df["month"].dtype) == "Int64"
    assert df.loc[0, "month"] == 5
    assert pd.isna(df.loc[1, "month"])


def test_acronym_tuples_kept() -> None:
    df = to_dataframe(_first(), "acronyms")
    assert df.loc[0, "aliases"] == ("IPU",)
    assert df.loc[0, "resolved_by"] == "kb"
    assert df.loc[0, "long_en"] == "Inter-Parliamentary Union"


def test_organizations_one_row_per_record_with_flattened_mentions() -> None:
    df = to_dataframe(_first(), "organizations")
    assert len(df) == 1
    assert "mentions" not in df.columns
    row = df.iloc[0]
    assert row["id"] == "ipu"
    assert row["n_mentions"] == 3
    assert (row["first_start"], row["first_end"]) == (2, 5)
    assert row["mention_texts"] == ("UIP", "Union interparlementaire")
    assert row["acronyms_en"] == ("IPU",)


def test_people_rows_and_missing_mentions() -> None:
    df = to_dataframe([_first(), _second_without_id()], "people")
    assert df["doc_id"].tolist() == ["doc-1", 1]
    assert df.loc[0, "role"] == "Secrétaire général"
    assert pd.isna(df.loc[1, "role"])
    assert df["in_body"].tolist() == [True, False]
    assert df["n_mentions"].tolist() == [1, 0]
    assert pd.isna(df.loc[1, "first_start"])


def test_failed_extractions_give_no_rows_but_keep_positions() -> None:
    df = to_dataframe([_failed(), _second_without_id()], "entities")
    assert df["doc_id"].tolist() == [1]


@pytest.mark.parametrize("kind", list(KINDS))
def test_empty_frames_have_the_columns(kind: str) -> None:
    df = to_dataframe([], kind)  # type: ignore[arg-type]
    full = to_dataframe(_first(), kind)  # type: ignore[arg-type]
    assert df.empty
    assert list(df.columns) == list(full.columns)
    assert df.columns[0] == "doc_id"


def test_accepts_json_dumps() -> None:
    dumped = _first().model_dump(mode="json")
    assert isinstance(dumped["money"][0]["amount"], str)
    df = to_dataframe([dumped], "money")
    assert df["amount"].tolist() == [Decimal("2100000"), Decimal("0.1")]
    assert df["doc_id"].tolist() == ["doc-1", "doc-1"]


def test_unknown_kind_lists_the_kinds() -> None:
    with pytest.raises(ValueError) as info:
        to_dataframe(_first(), "places")  # type: ignore[arg-type]
    message = str(info.value)
    assert "'places'" in message
    for kind in ("entities", "dates", "money", "acronyms", "organizations", "people"):
        assert kind in message


def test_rejects_other_objects() -> None:
    with pytest.raises(TypeError, match="position 1"):
        to_dataframe([_first(), "a text"], "money")  # type: ignore[list-item]


def test_missing_pandas_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(ImportError, match=r"pip install 'extractnews\[pandas\]'"):
        to_dataframe(_first(), "money")


def test_exported_lazily_from_the_package() -> None:
    import extractnews

    assert extractnews.to_dataframe is to_dataframe


@pytest.mark.parametrize("kind", ["entities", "dates", "money", "acronyms", "organizations", "people"])
def test_missing_values_are_none_never_nan(kind: str) -> None:
    frame = to_dataframe([_first(), _second_without_id()], kind)  # type: ignore[arg-type]
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, pd.Int64Dtype):
            continue  # nullable integers: <NA>
        for value in column:
            assert not (isinstance(value, float) and value != value), f"NaN in {kind}.{name}"
    rows = frame.to_dict("records")
    for record, row in zip(
        (r for e in (_first(), _second_without_id()) for r in getattr(e, kind)), rows, strict=True
    ):
        for name, value in record.model_dump().items():
            if value is None and name in row:
                assert row[name] is None, f"{kind}.{name}: {row[name]!r}"


def test_an_optional_text_column_with_values_and_gaps() -> None:
    money = to_dataframe(_first(), "money")
    assert list(money["qualifier"]) == [None, "environ"]
    assert list(money["range_part"]) == [None, "low"]
    entities = to_dataframe(_first(), "entities")
    assert list(entities["kb_id"]) == ["ipu", None]
