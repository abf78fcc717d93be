"""The Dask adapter on a real two-process LocalCluster, against a sequential run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from extractnews.dask import extract_bag  # noqa: E402
from extractnews.extractor import Extractor  # noqa: E402

pytestmark = pytest.mark.slow

ITEMS: list[Any] = [
    "L'Union interparlementaire (UIP) a reçu 2,1 millions de dollars le 8 mai 2019.",
    {"id": "onudc", "text": "L'ONUDC ouvrira un bureau à Dakar le 15 juin.", "reference_date": "2020-03-01"},
    {"id": "bad-date", "text": "Le PNUD à Genève.", "reference_date": "pas une date"},
    ("La FAO a versé 3 millions d'euros en juin 2017.", None),
    {"id": "no-text", "reference_date": "2020-03-01"},
    "M. Martin Chungong, Secrétaire général de l'UIP, s'est rendu à Genève.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def _cached_configs() -> list[dict[str, Any]]:
    """The keyword arguments of the Extractors cached in this (worker) process."""
    import pickle

    import extractnews.dask

    return [pickle.loads(key) for key in extractnews.dask._EXTRACTORS]


def test_same_results_as_sequential_extract_many(client: Any) -> None:
    expected = [r.model_dump(mode="json") for r in Extractor().extract_many(ITEMS)]
    bag = db.from_sequence(ITEMS, npartitions=len(ITEMS))  # more partitions than workers
    got = extract_bag(bag).compute()
    assert got == expected
    # the run really did extract something, and the error records are in place
    assert got[0]["money"][0]["amount"] == "2100000"
    assert got[1]["id"] == "onudc" and got[1]["dates"][0]["value"] == "2020-06-15"
    assert got[2]["id"] == "bad-date" and got[2]["error"].startswith("ValueError")
    assert got[4]["id"] == "no-text" and got[4]["error"]
    assert [r["error"] is None for r in got] == [True, True, False, True, False, True]
    # each worker that ran partitions built one Extractor, however many partitions it ran
    configs = list(client.run(_cached_configs).values())
    assert len(configs) == 2
    assert all(c in ([], [{}]) for c in configs)
    assert [{}] in configs


def test_extractor_kwargs_reach_the_workers(client: Any) -> None:
    bag = db.from_sequence(["Le Canada versera 5 millions de dollars."] * 4, npartitions=4)
    got = extract_bag(bag, default_dollar="CAD", batch_size=2).compute()
    assert [r["money"][0]["currency"] for r in got] == ["CAD"] * 4
    # a second configuration is a second cached Extractor, the first one is kept
    configs = list(client.run(_cached_configs).values())
    cad = {"default_dollar": "CAD"}
    assert all(c.count(cad) <= 1 and c.count({}) <= 1 for c in configs)
    assert any(cad in c for c in configs)


def test_kb_path_is_loaded_by_the_workers(client: Any, tmp_path: Path) -> None:
    entry = {
        "id": "xx-cnrb",
        "name_fr": "Conseil national des ressources du bassin",
        "acronyms_fr": ["CNRB"],
        "type": "public_agency",
        "country": "MR",
        "xl": False,
        "sources": ["https://example.org/cnrb"],
    }
    (tmp_path / "mine.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    bag = db.from_sequence(["Le CNRB a publié son rapport."] * 2, npartitions=2)
    default = extract_bag(bag).compute()
    custom = extract_bag(bag, kb_path=tmp_path).compute()
    assert [r["acronyms"] for r in default] == [[], []]  # unknown, undefined: no record
    assert [r["acronyms"][0]["org_id"] for r in custom] == ["xx-cnrb", "xx-cnrb"]


def test_bad_arguments_fail_in_the_caller() -> None:
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag"):
        extract_bag(["a text"])
    with pytest.raises(TypeError):
        extract_bag(db.from_sequence(["a"]), no_such_option=True)
    with pytest.raises(ValueError, match="chunk_size"):
        extract_bag(db.from_sequence(["a"]), chunk_size=10)
    with pytest.raises(TypeError, match="kb_path"):
        extract_bag(db.from_sequence(["a"]), kb=object())
