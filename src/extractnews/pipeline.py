"""The statistical part: the spaCy pipeline extractnews runs, and its entity spans.

Only the statistical NER is needed. The parser, morphologizer, lemmatizer and
attribute ruler of ``fr_core_news_md`` cost about 40 % of its time and
nothing here reads them. Its ``ner`` embeds its own token-to-vector layer, so
the shared ``tok2vec`` is dropped too once nothing listens to it; a pipeline
whose NER listens to a shared ``tok2vec`` (or a transformer) keeps it.

On the CPU, the model's layers multiply their matrices with numpy's BLAS
rather than blis, the library spaCy uses by default. blis picks its kernels by
CPU model and falls back to its slow generic one on a CPU it does not know (a
virtual machine's "AMD EPYC" here, with AVX2 and AVX-512): the NER then spends
60 % of its time in those products. numpy's OpenBLAS chooses by the CPU's
features and is 3-4x faster on the same products; the spans are the same (22,507
of them over 389 texts compared). The products run on one thread, as spaCy's
do, so that one process uses one core and ``n_process`` stays the way to use
more.

Anything with the signature of :class:`NerModel` can stand in for
:class:`SpacyNer` (another model, recorded spans in tests, or nothing at all).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from spacy.language import Language
    from threadpoolctl import ThreadpoolController

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")
SHARED_ENCODERS = ("tok2vec", "transformer")

Spans = list[tuple[int, int, str]]
"""Entity spans ``(start, end, label)`` of one text."""


class NerModel(Protocol):
    """Entity spans for a batch of texts: ``ner(texts, batch_size) -> [spans of each text]``."""

    def __call__(self, texts: Sequence[str], batch_size: int) -> list[Spans]: ...


def load_base(model: str = DEFAULT_MODEL) -> Language:
    """Load the statistical pipeline with only the components extractnews needs."""
    import spacy

    nlp = spacy.load(model, exclude=list(EXCLUDED))
    use_numpy_blas(nlp)
    for name in SHARED_ENCODERS:
        if name in nlp.pipe_names and not getattr(nlp.get_pipe(name), "listening_components", None):
            nlp.remove_pipe(name)  # feeds only the excluded components
    # extractnews cuts long texts itself (paragraph boundaries, offsets mapped back)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def use_numpy_blas(nlp: Language) -> Language:
    """``nlp`` with the layers on thinc's default CPU backend multiplying with numpy's BLAS
    from now on (changed in place); a GPU or another backend the caller chose is left alone.

    :func:`load_base` does it; call it on a pipeline of your own that runs the
    ``extractnews`` component to get the same speed."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
    return nlp


@functools.cache
def _blas_threads() -> ThreadpoolController:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # the BLAS libraries loaded by now (numpy's, once spaCy is)


class SpacyNer:
    """The entity spans of a spaCy pipeline's NER, the pipeline loaded on first use.

    It pickles as its model name: each process loads its own pipeline once.
    """

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_base(self.model)
        return self._nlp

    def __call__(self, texts: Sequence[str], batch_size: int) -> list[Spans]:
        nlp = self.nlp
        with _blas_threads().limit(limits=1, user_api="blas"):
            docs = nlp.pipe(texts, batch_size=batch_size)
            return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "_nlp": None}


def no_ner(texts: Sequence[str], batch_size: int) -> list[Spans]:
    """No statistical model: the knowledge base and the rules alone (``Extractor(model=None)``)."""
    return [[] for _ in texts]
