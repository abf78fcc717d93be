"""The scorer on hand-built records and tiny gold documents. No model needed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractnews.evaluate import (
    evaluate,
    evaluate_files,
    fold,
    format_report,
    load_gold,
    money_key,
    normalise,
    overlaps,
)
from extractnews.extraction import Extraction
from extractnews.records import Acronym, DateMention, Entity, Money, Person

# ---------------------------------------------------------------- helpers


def ent(text: str, label: str = "ORG") -> Entity:
    return Entity(text=text, start=0, end=len(text), label=label)  # type: ignore[arg-type]


def date(value: str | None) -> DateMention:
    return DateMention(text="x", start=0, end=1, value=value, precision="day")


def money(amount: str, currency: str | None) -> Money:
    return Money(text="x", start=0, end=1, amount=Decimal(amount), currency=currency)


def acr(short: str, long_fr: str | None = None, aliases: tuple[str, ...] = ()) -> Acronym:
    return Acronym(text=short, start=0, end=len(short), short=short, long_fr=long_fr, aliases=aliases)


def gold(doc_id: str = "d1", **lists: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": doc_id,
        "text": "…",
        "reference_date": None,
        "entities": [],
        "dates": [],
        "money": [],
        "acronyms": [],
    }
    doc.update(lists)
    return doc


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("L’Office des Nations Unies.", "office des nations unies"),
        ("l'ONUDC", "onudc"),
        ("de la Banque mondiale", "banque mondiale"),
        ("Les Nations Unies", "nations unies"),
        ("Genève", "geneve"),
        ("Organisation mondiale de la Santé (OMS)", "organisation mondiale de la sante oms"),
        ("Union\u00a0africaine ;", "union africaine"),
        ("Le Directeur exécutif", "directeur executif"),
        ("Lesotho", "lesotho"),  # "Les" without its space is not an article
        ("", ""),
        (None, ""),
    ],
)
def test_fold(raw: str | None, folded: str) -> None:
    assert fold(raw) == folded


def test_normalise_drops_one_article_only() -> None:
    assert normalise("la La Haye") == "La Haye"
    assert normalise("  Conseil   de sécurité, ") == "Conseil de sécurité"


def test_overlaps() -> None:
    assert overlaps("office des nations unies contre la drogue", "office des nations unies")
    assert not overlaps("nations unies", "office des nations unies contre la drogue et le crime")
    assert not overlaps("onu", "onudc de vienne")  # not a whole word of the other
    assert not overlaps("", "onu")


def test_money_key() -> None:
    assert money_key(2100000, "usd") == money_key(Decimal("2100000.00"), "USD")
    assert money_key(2.1e6, "EUR") == (Decimal("2100000.00"), "EUR")
    assert money_key("4.5", None) == (Decimal("4.50"), "NONE")
    with pytest.raises(ValueError):
        money_key("beaucoup", "EUR")
    with pytest.raises(ValueError):
        money_key(None, "EUR")


# ---------------------------------------------------------------- entities


def test_entities_strict_per_label_and_lenient() -> None:
    g = gold(
        entities=[
            {"text": "Office des Nations Unies contre la drogue et le crime", "label": "ORG"},
            {"text": "Yury Fedotov", "label": "PER"},
            {"text": "Genève", "label": "LOC"},
        ]
    )
    e = Extraction(
        id="d1",
        entities=(
            ent("l'Office des Nations Unies contre la drogue"),  # partial: lenient only
            ent("yury fedotov", "PER"),  # folded: strict match
            ent("Genève", "ORG"),  # wrong label
            ent("Charte des Nations Unies", "MISC"),  # MISC is not scored
            ent("Vienne", "LOC"),  # spurious
        ),
    )
    report = evaluate([g], [e])
    assert {k: report["entities"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 3, "fn": 2}
    assert report["entities"]["precision"] == pytest.approx(1 / 4)
    assert report["entities"]["recall"] == pytest.approx(1 / 3)
    assert report["entities"]["f1"] == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    by = report["entities_by_label"]
    assert (by["PER"]["tp"], by["PER"]["fp"], by["PER"]["fn"]) == (1, 0, 0)
    assert (by["ORG"]["tp"], by["ORG"]["fp"], by["ORG"]["fn"]) == (0, 2, 1)
    assert (by["LOC"]["tp"], by["LOC"]["fp"], by["LOC"]["fn"]) == (0, 1, 1)
    lenient = report["entities_lenient"]
    assert (lenient["tp"], lenient["fp"], lenient["fn"]) == (2, 2, 1)
    detail = report["per_doc"]["d1"]
    assert "LOC geneve" in detail["entities_missed"]
    assert "ORG geneve" in detail["entities_spurious"]


def test_duplicate_mentions_count_once() -> None:
    g = gold(entities=[{"text": "ONUDC", "label": "ORG"}])
    e = Extraction(entities=(ent("ONUDC"), ent("ONUDC"), ent("l'ONUDC")))
    assert evaluate([g], [e])["entities"]["f1"] == 1.0


# ---------------------------------------------------------------- dates and money


def test_dates_by_value_ignoring_unresolved() -> None:
    g = gold(
        dates=[
            {"text": "8 mai", "value": "2019-05-08"},
            {"text": "du 31 mars au 5 avril 2012", "value": "2012-03-31/2012-04-05"},
        ]
    )
    e = Extraction(dates=(date("2019-05-08"), date("2019-05-08"), date(None), date("2012")))
    report = evaluate([g], [e])["dates"]
    assert (report["tp"], report["fp"], report["fn"]) == (1, 1, 1)


def test_money_by_amount_and_currency() -> None:
    g = gold(
        money=[
            {"text": "2,1 millions de dollars", "amount": 2100000, "currency": "USD"},
            {"text": "4,5 milliards d'euros", "amount": 4.5e9, "currency": "EUR"},
            {"text": "3 milliards de francs CFA", "amount": 3e9, "currency": "XOF"},
        ]
    )
    e = Extraction(money=(money("2100000.00", "USD"), money("4500000000", "EUR"), money("3000000000", "XAF")))
    report = evaluate([g], [e])
    assert (report["money"]["tp"], report["money"]["fp"], report["money"]["fn"]) == (2, 1, 1)
    assert report["per_doc"]["d1"]["money_missed"] == ["3000000000.00 XOF"]


def test_bad_gold_amount_names_the_document() -> None:
    g = gold("broken", money=[{"text": "x", "amount": "beaucoup", "currency": "EUR"}])
    with pytest.raises(ValueError, match="broken"):
        evaluate([g], [Extraction()])


# ---------------------------------------------------------------- acronyms


def test_acronyms_long_form_aliases_and_precision() -> None:
    g = gold(
        acronyms=[
            {
                "short": "UIP",
                "long_fr": "Union interparlementaire",
                "long_en": "Inter-Parliamentary Union",
                "group": "ipu",
            },
            {
                "short": "ONUDC",
                "long_fr": "Office des Nations Unies contre la drogue et le crime",
                "long_en": "United Nations Office on Drugs and Crime",
                "group": "unodc",
            },
            # group equal to the short form: no alias expected
            {
                "short": "UNICEF",
                "long_fr": "Fonds des Nations Unies pour l'enfance",
                "long_en": "United Nations Children's Fund",
                "group": "unicef",
            },
            # a slug, not an acronym: no alias expected
            {
                "short": "BM",
                "long_fr": "Banque mondiale",
                "long_en": "World Bank",
                "group": "banque-mondiale",
            },
            # explicitly excluded
            {
                "short": "AFD",
                "long_fr": "Agence française de développement",
                "long_en": "French Development Agency",
                "group": "fda",
                "xl": False,
            },
        ]
    )
    e = Extraction(
        acronyms=(
            acr("UIP", "l'Union interparlementaire", ("IPU",)),  # article ignored, alias right
            acr("UIP", None),
            acr("ONUDC", "Office des Nations Unies", ("unodc",)),  # long form wrong, alias right
            acr("UNICEF", "Fonds des Nations Unies pour l’enfance"),
            acr("PNUD", "Programme des Nations Unies pour le développement"),  # not in the gold
        )
    )
    report = evaluate([g], [e])["acronyms"]
    assert report["long_fr"] == {"score": pytest.approx(2 / 5), "correct": 2, "total": 5}
    assert report["alias"] == {"score": 1.0, "correct": 2, "total": 2}
    assert report["precision"] == {"score": pytest.approx(3 / 4), "correct": 3, "total": 4}


def test_missing_alias_and_no_acronyms_at_all() -> None:
    g = gold(acronyms=[{"short": "UIP", "long_fr": "Union interparlementaire", "group": "ipu"}])
    report = evaluate([g], [Extraction(acronyms=(acr("UIP", "Union interparlementaire"),))])
    assert report["acronyms"]["alias"]["score"] == 0.0
    empty = evaluate([gold()], [Extraction()])["acronyms"]
    assert empty["long_fr"]["score"] is None
    assert empty["precision"]["score"] is None


# ---------------------------------------------------------------- people


def test_people_names_roles_and_organisations() -> None:
    g = gold(
        people=[
            {
                "name": "Yury Fedotov",
                "honorific": "M.",
                "role": "Directeur exécutif",
                "organization": "ONUDC",
            },
            {
                "name": "Martin Chungong",
                "honorific": "M.",
                "role": "Secrétaire général",
                "organization": "UIP",
            },
            {"name": "Inger Andersen", "honorific": "Mme", "role": None, "organization": None},
        ]
    )
    e = Extraction(
        people=(
            Person(
                name="Yury Fedotov", role="Directeur exécutif adjoint", organization="l'ONUDC à Vienne"
            ),  # role starts with gold, org inside
            Person(name="martin chungong", role="Secrétaire", organization="ONU"),  # both wrong
            Person(name="António Guterres"),  # not in the gold
        )
    )
    people = evaluate([g], [e])["people"]
    assert (people["names"]["tp"], people["names"]["fp"], people["names"]["fn"]) == (2, 1, 1)
    assert people["role"] == {"score": 0.5, "correct": 1, "total": 2}
    assert people["organization"] == {"score": 0.5, "correct": 1, "total": 2}


def test_people_not_scored_when_gold_has_no_people_list() -> None:
    e = Extraction(people=(Person(name="Yury Fedotov"),))
    people = evaluate([gold()], [e])["people"]
    assert (people["names"]["tp"], people["names"]["fp"]) == (0, 0)


# ---------------------------------------------------------------- documents


def test_failed_extraction_counts_as_nothing_found() -> None:
    g = gold(entities=[{"text": "ONUDC", "label": "ORG"}], dates=[{"text": "2019", "value": "2019"}])
    report = evaluate([g], [Extraction(id="d1", error="internal error: boom")])
    assert report["failed"] == 1
    assert report["entities"]["fn"] == 1
    assert report["dates"]["fn"] == 1
    assert report["entities"]["f1"] == 0.0


def test_sums_over_documents() -> None:
    g1 = gold("a", dates=[{"text": "2019", "value": "2019"}])
    g2 = gold("b", dates=[{"text": "2020", "value": "2020"}])
    report = evaluate(
        [g1, g2], [Extraction(id="a", dates=(date("2019"),)), Extraction(id="b", dates=(date("2021"),))]
    )
    assert report["documents"] == 2
    assert (report["dates"]["tp"], report["dates"]["fp"], report["dates"]["fn"]) == (1, 1, 1)
    assert report["per_doc"]["b"]["dates_spurious"] == ["2021"]


def test_mapping_by_id_and_missing_documents() -> None:
    g1 = gold("a", dates=[{"text": "2019", "value": "2019"}])
    g2 = gold("b", dates=[{"text": "2020", "value": "2020"}])
    report = evaluate([g1, g2], {"a": Extraction(id="a", dates=(date("2019"),))})
    assert (report["dates"]["tp"], report["dates"]["fn"]) == (1, 1)


def test_json_dumps_are_accepted() -> None:
    g = gold(money=[{"text": "x", "amount": 2100000, "currency": "USD"}])
    dumped = Extraction(id="d1", money=(money("2100000", "USD"),)).model_dump(mode="json")
    assert evaluate([g], [dumped])["money"]["f1"] == 1.0


def test_mismatches_are_errors() -> None:
    with pytest.raises(ValueError, match="2 gold documents but 1"):
        evaluate([gold("a"), gold("b")], [Extraction()])
    with pytest.raises(ValueError, match="'b'"):
        evaluate([gold("a")], [Extraction(id="b")])


# ---------------------------------------------------------------- files and report


class FakeExtractor:
    """Stands in for Extractor: answers from canned records, records what it was given."""

    def __init__(self, answers: dict[str, Extraction]) -> None:
        self.answers = answers
        self.calls: list[tuple[list[dict[str, Any]], int]] = []

    def extract_many(
        self, items: Iterable[dict[str, Any]], *, n_process: int = 1, batch_size: int = 32
    ) -> Iterator[Extraction]:
        items = list(items)
        self.calls.append((items, n_process))
        for item in items:
            yield self.answers[item["id"]].model_copy(update={"id": item["id"]})


def test_evaluate_files(tmp_path: Path) -> None:
    single = gold(
        "one", text="Le 8 mai.", reference_date="2019-06-01", dates=[{"text": "8 mai", "value": "2019-05-08"}]
    )
    pair = [gold("two", money=[{"text": "x", "amount": 5, "currency": "EUR"}]), gold("three")]
    (tmp_path / "one.json").write_text(json.dumps(single), encoding="utf-8")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "pair.json").write_text(json.dumps(pair), encoding="utf-8")
    (folder / "notes.txt").write_text("not gold", encoding="utf-8")

    assert [d["id"] for d in load_gold([tmp_path / "one.json", folder])] == ["one", "two", "three"]

    fake = FakeExtractor(
        {
            "one": Extraction(dates=(date("2019-05-08"),)),
            "two": Extraction(money=(money("5", "USD"),)),
            "three": Extraction(),
        }
    )
    report = evaluate_files([tmp_path / "one.json", folder], n_process=3, extractor=fake)  # type: ignore[arg-type]
    items, n_process = fake.calls[0]
    assert n_process == 3
    assert items[0] == {"id": "one", "text": "Le 8 mai.", "reference_date": "2019-06-01"}
    assert report["documents"] == 3
    assert report["dates"]["f1"] == 1.0
    assert (report["money"]["tp"], report["money"]["fp"], report["money"]["fn"]) == (0, 1, 1)


def test_load_gold_rejects_documents_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "x", "entities": []}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.json"):
        load_gold([path])


def test_format_report() -> None:
    g = gold(
        entities=[{"text": "ONUDC", "label": "ORG"}, {"text": "Vienne", "label": "LOC"}],
        acronyms=[
            {
                "short": "ONUDC",
                "long_fr": "Office des Nations Unies contre la drogue et le crime",
                "group": "unodc",
            }
        ],
    )
    e = Extraction(entities=(ent("ONUDC"),), acronyms=(acr("ONUDC", None, ("UNODC",)),))
    text = format_report(evaluate([g], [e]))
    lines = text.splitlines()
    assert lines[0] == "1 documents, 0 failed"
    strict = next(line for line in lines if line.startswith("entities (strict)"))
    assert strict.split()[2:] == ["100.0%", "50.0%", "66.7%", "1", "0", "1"]
    assert any(
        line.startswith("acronyms: long_fr accuracy") and line.endswith("0.0%  (0/1)") for line in lines
    )
    assert any("cross-language" in line and "(1/1)" in line for line in lines)
    assert any(line.startswith("people: role accuracy") and "–  (0/0)" in line for line in lines)
    # the report is JSON-ready, as `extractnews evaluate --json` prints it
    json.dumps(evaluate([g], [e]))


def test_format_report_shows_a_dash_where_nothing_was_counted() -> None:
    g = gold(dates=[{"text": "8 mai 2019", "value": "2019-05-08"}])
    e = Extraction(dates=(date("2019-05-08"), date("2020-01-01")), money=(money("5", "EUR"),))
    rows = {line[:22].strip(): line[22:].split() for line in format_report(evaluate([g], [e])).splitlines()}
    assert rows["people (names)"] == ["–", "–", "–", "0", "0", "0"]  # no gold, nothing found
    assert rows["money"] == ["0.0%", "–", "0.0%", "0", "1", "0"]  # found something, no gold: no recall
    assert rows["dates"] == ["50.0%", "100.0%", "66.7%", "1", "1", "0"]
    assert rows["PER"] == ["–", "–", "–", "0", "0", "0"]


@pytest.mark.parametrize("missing", ["entities", "dates", "money", "acronyms"])
def test_gold_without_a_required_list_is_refused(missing: str) -> None:
    g = gold("partial")
    del g[missing]
    with pytest.raises(ValueError, match=f"'partial' has no '{missing}'"):
        evaluate([g], [Extraction()])


def test_gold_without_people_is_scored_without_people() -> None:
    report = evaluate([gold()], [Extraction()])
    assert report["people"]["names"]["tp"] == report["people"]["names"]["fn"] == 0


def test_load_gold_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"without \*\.json"):
        load_gold([tmp_path])
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="no gold documents"):
        load_gold([tmp_path])
