"""Building the spaCy pipeline extractnews runs.

Only the statistical NER is needed. The parser, morphologizer, lemmatizer and
attribute ruler of ``fr_core_news_md`` cost about 40 % of its time and
nothing here reads them. Its ``ner`` embeds its own token-to-vector layer, so
the shared ``tok2vec`` is dropped too once nothing listens to it; a pipeline
whose NER listens to a shared ``tok2vec`` (or a transformer) keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")
SHARED_ENCODERS = ("tok2vec", "transformer")


def load_base(model: str = DEFAULT_MODEL) -> Language:
    """Load the statistical pipeline with only the components extractnews needs."""
    import spacy

    nlp = spacy.load(model, exclude=list(EXCLUDED))
    for name in SHARED_ENCODERS:
        if name in nlp.pipe_names and not getattr(nlp.get_pipe(name), "listening_components", None):
            nlp.remove_pipe(name)  # feeds only the excluded components
    # extractnews cuts long texts itself (paragraph boundaries, offsets mapped back)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
