"""``extract_many(..., n_process=N)``: batches spread over worker processes.

Each worker process builds its Extractor once (the model is loaded once per
process, or inherited already loaded where the platform forks) and processes
whole batches; results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .extraction import Extraction

if TYPE_CHECKING:
    from .extractor import Extractor

_worker: Extractor | None = None


def _init(extractor: Extractor) -> None:
    global _worker
    _worker = extractor


def _run(batch: list[Any]) -> list[Extraction]:
    assert _worker is not None
    return list(_worker.extract_many(batch, batch_size=len(batch) or 1))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def extract_parallel(
    extractor: Extractor, items: Iterable[Any], *, batch_size: int, n_process: int
) -> Iterator[Extraction]:
    if n_process < 1:
        n_process = mp.cpu_count()
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    if ctx.get_start_method() == "fork":
        extractor.preload()  # load once here: forked workers share it instead of each loading it
    with ctx.Pool(n_process, initializer=_init, initargs=(extractor,)) as pool:
        for results in pool.imap(_run, _batches(items, batch_size)):
            yield from results
