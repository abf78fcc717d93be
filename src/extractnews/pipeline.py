"""Building the spaCy pipeline extractnews runs.

Only the components the extraction needs are loaded: the shared ``tok2vec``
and the ``ner``. The parser, morphologizer, lemmatizer and attribute ruler of
``fr_core_news_md`` cost a third of its time and nothing here reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")


def load_base(model: str = DEFAULT_MODEL) -> Language:
    """Load the statistical pipeline with only the components extractnews needs."""
    import spacy

    nlp = spacy.load(model, exclude=list(EXCLUDED))
    # extractnews chunks long texts itself (paragraph boundaries, offsets mapped back)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
