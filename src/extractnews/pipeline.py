"""Building the spaCy pipeline extractnews runs.

Only the component the extraction needs is loaded: the ``ner``, which in
``fr_core_news_md`` embeds its own token-to-vector layer. The shared
``tok2vec`` only feeds the parser and morphologizer; those, the lemmatizer and
the attribute ruler cost about 40 % of the pipeline's time and nothing here
reads them (the extractions are identical without them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED = ("tok2vec", "parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")


def load_base(model: str = DEFAULT_MODEL) -> Language:
    """Load the statistical pipeline with only the components extractnews needs."""
    import spacy

    nlp = spacy.load(model, exclude=list(EXCLUDED))
    # extractnews chunks long texts itself (paragraph boundaries, offsets mapped back)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
