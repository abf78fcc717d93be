"""Dask adapter: extraction over a ``dask.bag.Bag`` of documents.

```python
import dask.bag as db
from extractnews.dask import extract_bag

bag = db.from_sequence([
    "Le PNUD a reçu 2 millions d'euros.",
    {"id": "b", "text": "La FAO ... le 8 mai.", "reference_date": "2019-05-10"},
])
records = extract_bag(bag).compute()   # a list of dicts, one per document, in order
```

Each partition goes through :meth:`Extractor.extract_many` in one call. Only
the Extractor's keyword arguments travel with the tasks; every worker process
builds its Extractor (and loads the spaCy model) once, on its first partition,
and keeps it for the next ones. Results are plain dictionaries
(``Extraction.model_dump(mode="json")``, the CLI's JSON), one per input, in
input order, an input that fails giving a record with ``error`` set.

Needs ``pip install 'extractnews[dask]'``.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.bag as db

    from .extractor import Extractor

#: Extractors of this process, keyed by their pickled keyword arguments.
_EXTRACTORS: dict[bytes, Extractor] = {}
_LOCK = threading.Lock()


def worker_extractor(key: bytes) -> Extractor:
    """The Extractor of this process for the pickled keyword arguments ``key``.

    Built on first use and cached for the life of the process, so that a
    worker loads the spaCy model once however many partitions it runs.
    """
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        with _LOCK:
            extractor = _EXTRACTORS.get(key)
            if extractor is None:
                extractor = _build(pickle.loads(key))
                _EXTRACTORS[key] = extractor
    return extractor


def _build(kwargs: dict[str, Any]) -> Extractor:
    from .extractor import Extractor

    kb_path = kwargs.pop("kb_path", None)
    if kb_path is not None:
        from .kb import kb_from_folder

        kwargs["kb"] = kb_from_folder(kb_path)
    return Extractor(**kwargs)


def _extract_partition(partition: Iterable[Any], key: bytes, batch_size: int) -> list[dict[str, Any]]:
    extractor = worker_extractor(key)
    return [
        result.model_dump(mode="json") for result in extractor.extract_many(partition, batch_size=batch_size)
    ]


def extract_bag(
    bag: db.Bag, *, batch_size: int = 32, kb_path: str | Path | None = None, **extractor_kwargs: Any
) -> db.Bag:
    """Extract from every document of a Dask bag.

    Args:
        bag: a bag of texts (``str``), of ``(text, reference_date)`` pairs, or
            of mappings ``{"id", "text", "reference_date"}``.
        batch_size: documents per ``nlp.pipe`` batch inside a partition.
        kb_path: a folder of organisation ``.jsonl`` files, readable from every
            worker, that replaces the shipped organisations (as the spaCy
            component's ``kb_path``); each worker loads it once. A
            ``KnowledgeBase`` object is not accepted: it would be pickled into
            every task, while a folder is read once per worker.
        **extractor_kwargs: passed to :class:`~extractnews.Extractor` in each
            worker (``model``, ``default_dollar``, ``chunk_size``,
            ``use_dateline``); they must pickle.

    Returns:
        A bag of dictionaries, ``Extraction.model_dump(mode="json")``, in the
        order of ``bag``. Rebuild records with ``Extraction.model_validate``,
        or pass the dictionaries to :func:`extractnews.to_dataframe`.
    """
    import dask.bag as db

    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag expects a dask.bag.Bag, got {type(bag).__name__}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if "kb" in extractor_kwargs:
        raise TypeError("extract_bag does not ship a KnowledgeBase with every task: pass kb_path=FOLDER")
    kwargs = dict(sorted(extractor_kwargs.items()))
    if kb_path is not None:
        kwargs["kb_path"] = str(kb_path)  # checked by the workers: it is their file system
    try:
        key = pickle.dumps(kwargs)
    except (TypeError, AttributeError, pickle.PicklingError) as e:
        raise TypeError(f"extract_bag: the Extractor arguments must pickle ({e})") from None
    # fail here, in the caller's process, on a bad argument rather than in every worker
    from .extractor import Extractor

    Extractor(**extractor_kwargs)
    result: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _extract_partition, key, batch_size
    )
    return result
