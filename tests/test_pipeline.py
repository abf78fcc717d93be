"""Which components the pipeline keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractnews.pipeline import load_base


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
