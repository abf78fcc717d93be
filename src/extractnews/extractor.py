"""The Extractor: the pipeline loaded once, extraction of one or many documents.

Any ``str`` goes in; a non-``str`` text raises ``TypeError`` in
:meth:`Extractor.extract`. In :meth:`Extractor.extract_many` every input
gives exactly one :class:`~extractnews.records.Extraction`, in input order:
a bad input (not a string, a bad reference date, an internal failure) gives
one with ``error`` set, and the others go on.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .analysis import Settings
from .extraction import Extraction
from .kb import KnowledgeBase, default_kb
from .pipeline import DEFAULT_MODEL, NerModel, SpacyNer, no_ner
from .text import Prepared, check_currency, check_text, chunks, parse_reference_date, prepare
from .wiring import finish

if TYPE_CHECKING:
    from spacy.language import Language

DateLike = dt.date | str | None
Item = str | tuple[str, DateLike] | Mapping[str, Any]

_BATCH_CHARS = 200_000
"""At most this many characters go through the model at once (long texts come in pieces)."""


@dataclass
class _Job:
    id: str | None
    prepared: Prepared | None = None
    reference_date: dt.date | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    error: str | None = None


def _describe(error: Exception) -> str:
    kind = "TypeError" if isinstance(error, TypeError) else "ValueError"
    return f"{kind}: {error}"


class Extractor:
    """Holds the spaCy pipeline (loaded lazily, once) and extracts records.

    One instance may be shared between threads: the statistical model runs
    under a lock, the rest of the work outside it.

    Args:
        model: name or path of the spaCy pipeline (``fr_core_news_md``);
            None for no statistical model (the knowledge base and the rules alone).
        ner: instead of ``model``, any callable ``ner(texts, batch_size)`` that
            returns the entity spans ``(start, end, label)`` of each text
            (:class:`~extractnews.pipeline.NerModel`).
        kb: a knowledge base; the one shipped with extractnews by default.
        default_dollar: ISO 4217 code of a bare "dollars" (``USD``; ``CAD``, ``AUD``…);
            anything else raises ``ValueError``.
        chunk_size: texts longer than this many characters go through the
            model in pieces cut on paragraph boundaries.
    """

    def __init__(
        self,
        model: str | None = DEFAULT_MODEL,
        *,
        ner: NerModel | None = None,
        kb: KnowledgeBase | None = None,
        default_dollar: str = "USD",
        chunk_size: int = 50_000,
        use_dateline: bool = True,
    ) -> None:
        if chunk_size < 1000:
            raise ValueError("chunk_size must be at least 1000 characters")
        self.model = model
        self.ner: NerModel = ner if ner is not None else (SpacyNer(model) if model is not None else no_ner)
        self.settings = Settings(default_dollar=check_currency(default_dollar), use_dateline=use_dateline)
        self.chunk_size = chunk_size
        self._custom_kb = kb
        self._kb = kb
        self._lock = threading.RLock()

    # ------------------------------------------------------------ resources

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (AttributeError when the NER is not spaCy's)."""
        if not isinstance(self.ner, SpacyNer):
            raise AttributeError("this Extractor runs no spaCy pipeline (model=None or a custom ner)")
        with self._lock:
            return self.ner.nlp

    def preload(self) -> None:
        """Load the statistical model now rather than on the first document."""
        if isinstance(self.ner, SpacyNer):
            self.nlp  # noqa: B018 - loads it

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = default_kb()
        return self._kb

    def __getstate__(self) -> dict[str, Any]:
        # ship the configuration, not the model: each process loads its own once
        state = self.__dict__.copy()
        state.update(_lock=None, _kb=self._custom_kb)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()

    # ------------------------------------------------------------ API

    def extract(self, text: str, *, reference_date: DateLike = None, id: str | None = None) -> Extraction:
        """Extract everything from one document.

        Raises:
            TypeError: ``text`` is not a ``str``.
            ValueError: ``reference_date`` is not a date (``"2019-13-01"``).
        """
        check_text(text)
        ref = parse_reference_date(reference_date)
        job = self._job(id, text, ref)
        self._run_model([job])
        result = self._finish(job)
        if result.error:
            raise RuntimeError(result.error)
        return result

    def extract_many(
        self, items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1, progress: bool = False
    ) -> Iterator[Extraction]:
        """Extract from many documents, streaming results in input order.

        ``items`` are strings, ``(text, reference_date)`` pairs, or mappings
        with ``text`` and optional ``reference_date`` and ``id``. Every item
        gives exactly one Extraction; a bad one gives an Extraction whose
        ``error`` says why. ``progress=True`` shows a progress bar (tqdm: a
        widget in Jupyter, text on standard error elsewhere), with a total
        when ``items`` has a length.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        results = self._extract_many(items, batch_size, n_process)
        if progress:
            from .progress import progress_bar

            results = progress_bar(results, len(items) if isinstance(items, Sized) else None)
        yield from results

    def _extract_many(self, items: Iterable[Item], batch_size: int, n_process: int) -> Iterator[Extraction]:
        if n_process != 1:
            from .parallel import extract_parallel

            yield from extract_parallel(self, items, batch_size=batch_size, n_process=n_process)
            return
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, batch_size)):
            jobs = [self._item_job(item) for item in batch]
            self._run_model_isolated([j for j in jobs if j.error is None], batch_size)
            for job in jobs:
                yield self._finish(job)

    # ------------------------------------------------------------ internals

    def _item_job(self, item: object) -> _Job:
        try:
            if isinstance(item, str):
                return self._job(None, item, None)
            if isinstance(item, tuple) and len(item) == 2:
                return self._job(None, check_text(item[0]), parse_reference_date(item[1]))
            if isinstance(item, Mapping):
                raw_id = item.get("id")
                doc_id = None if raw_id is None else str(raw_id)
                try:
                    if "text" not in item:
                        raise ValueError("the item has no 'text'")
                    return self._job(
                        doc_id, check_text(item["text"]), parse_reference_date(item.get("reference_date"))
                    )
                except (TypeError, ValueError) as e:
                    return _Job(doc_id, error=_describe(e))
            raise TypeError(
                "an item must be a str, a (text, reference_date) pair or a mapping, "
                f"got {type(item).__name__}"
            )
        except (TypeError, ValueError) as e:
            return _Job(None, error=_describe(e))

    def _job(self, doc_id: str | None, text: str, ref: dt.date | None) -> _Job:
        prepared = prepare(text)
        pieces = list(chunks(prepared.text, self.chunk_size)) if prepared.text.strip() else []
        return _Job(doc_id, prepared, ref, pieces)

    def _run_model_isolated(self, jobs: list[_Job], batch_size: int) -> None:
        """:meth:`_run_model`, but a document the model fails on fails alone."""
        try:
            self._run_model(jobs, batch_size)
        except Exception:
            for job in jobs:  # spans are only added once the whole batch went through
                try:
                    self._run_model([job], batch_size)
                except Exception as e:
                    job.error = f"internal error: {type(e).__name__}: {e}"

    def _run_model(self, jobs: list[_Job], batch_size: int = 32) -> None:
        pieces = [(job, s, e) for job in jobs for s, e in job.pieces]
        if not pieces:
            return
        texts = [job.prepared.text[s:e] for job, s, e in pieces if job.prepared is not None]
        # the model's working memory grows with the characters of a batch, not its count
        per_batch = max(1, min(batch_size, _BATCH_CHARS // max(len(t) for t in texts)))
        with self._lock:
            found = self.ner(texts, per_batch)
        for spans, (job, s, _) in zip(found, pieces, strict=True):
            job.spans.extend((s + start, s + end, label) for start, end, label in spans)

    def _finish(self, job: _Job) -> Extraction:
        if job.error is not None or job.prepared is None:
            return Extraction(id=job.id, error=job.error or "no text")
        try:
            return finish(
                job.prepared,
                job.spans,
                self.kb,
                job.reference_date,
                self.settings,
                doc_id=job.id,
                pieces=len(job.pieces),
                chunk_size=self.chunk_size,
            )
        except Exception as e:  # one bad document must not stop a batch
            error = f"internal error: {type(e).__name__}: {e}"
            return Extraction(id=job.id, text_length=len(job.prepared.source), error=error)


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    """The process-wide Extractor behind :func:`extractnews.extract`."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str, *, reference_date: DateLike = None) -> Extraction:
    """Extract entities, dates, money and acronyms from one French text.

    Examples:
        >>> r = extract("L'Union africaine (UA) a alloué 2,1 millions de dollars le 8 mai 2019.")
        >>> [(a.short, a.long_fr) for a in r.acronyms]
        [('UA', 'Union africaine')]
        >>> [(str(m.amount), m.currency) for m in r.money]
        [('2100000', 'USD')]
    """
    return default_extractor().extract(text, reference_date=reference_date)
