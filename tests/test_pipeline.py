"""Which components the pipeline keeps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from extractnews.pipeline import SpacyNer, load_base


@pytest.mark.slow
def test_only_the_ner_of_fr_core_news_md() -> None:
    assert load_base().pipe_names == ["ner"]


@pytest.mark.slow
def test_a_shared_encoder_that_something_listens_to_is_kept(tmp_path: Path) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    tagger = nlp.add_pipe(
        "tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": listener}}
    )
    tagger.add_label("X")
    nlp.initialize()
    nlp.to_disk(tmp_path / "listening")
    assert load_base(str(tmp_path / "listening")).pipe_names == ["tok2vec", "tagger"]

    alone = spacy.blank("fr")
    alone.add_pipe("tok2vec")
    alone.initialize()
    alone.to_disk(tmp_path / "alone")
    assert load_base(str(tmp_path / "alone")).pipe_names == []


def _tiny_ner(path: Path) -> str:
    nlp = spacy.blank("fr")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(path)
    return str(path)


def _layer_ops(nlp: spacy.language.Language) -> set[tuple[str, bool | None]]:
    return {
        (type(layer.ops).__name__, getattr(layer.ops, "use_blis", None))
        for layer in nlp.get_pipe("ner").model.walk()
    }


@pytest.mark.slow
def test_the_model_multiplies_with_numpy_on_the_cpu(tmp_path: Path) -> None:
    nlp = load_base(_tiny_ner(tmp_path / "ner"))
    assert _layer_ops(nlp) == {("NumpyOps", False)}


@pytest.mark.slow
def test_a_backend_the_caller_chose_is_kept(tmp_path: Path) -> None:
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    class CallersOps(NumpyOps):
        name = "callers"

    path = _tiny_ner(tmp_path / "ner")
    before = get_current_ops()
    set_current_ops(CallersOps())
    try:
        nlp = load_base(path)
    finally:
        set_current_ops(before)
    assert _layer_ops(nlp) <= {("CallersOps", True), ("NumpyOps", False)}
    assert ("CallersOps", True) in _layer_ops(nlp)


def test_the_model_runs_on_one_blas_thread_and_gives_the_callers_back() -> None:
    import numpy  # noqa: F401  (loads the BLAS whose threads are counted)
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    if not blas_threads():
        pytest.skip("no BLAS library that threadpoolctl can see")
    seen: list[set[int]] = []

    class Nlp:
        def pipe(self, texts: list[str], batch_size: int) -> list[Any]:
            seen.append(blas_threads())
            return []

    ner = SpacyNer()
    ner._nlp = Nlp()  # type: ignore[assignment]
    with threadpool_limits(limits=2, user_api="blas"):
        ner(["texte"], 8)
        after = blas_threads()
    assert seen == [{1}] and after == {2}
