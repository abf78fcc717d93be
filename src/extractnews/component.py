"""The ``extractnews`` spaCy component.

Registered through the ``spacy_factories`` entry point, so that after
``pip install extractnews`` any French pipeline can do::

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("extractnews")            # after "ner"
    doc = nlp("L'UIP et l'ONUDC ...")
    doc._.extraction, doc._.acronyms, doc.ents

It reads the statistical entities already in ``doc.ents``, replaces them with
the repaired ones, and sets ``doc._.extraction`` (the :class:`Extraction`)
and its lists as ``doc._.dates``, ``doc._.money``, ``doc._.acronyms``,
``doc._.organizations``, ``doc._.people``. A reference date for "le 8 mai"
can be given per document in ``doc._.reference_date`` before the component
runs. The configuration goes through spaCy's config system and therefore
round-trips through ``nlp.to_disk`` / ``spacy.load``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .analysis import Settings, analyse
from .kb import KnowledgeBase, default_kb, load_organisations, load_places
from .text import parse_reference_date

_EXTENSIONS = ("extraction", "dates", "money", "acronyms", "organizations", "people", "reference_date")


def _register_extensions() -> None:
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class ExtractNews:
    """Repairs ``doc.ents`` and attaches extractnews records to the Doc."""

    def __init__(self, name: str, *, kb_path: str | None, default_dollar: str, use_dateline: bool) -> None:
        _register_extensions()
        self.name = name
        self.kb_path = kb_path
        self.settings = Settings(default_dollar=default_dollar.upper(), use_dateline=use_dateline)
        self._kb: KnowledgeBase | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            if self.kb_path:
                self._kb = KnowledgeBase(load_organisations(Path(self.kb_path)), load_places())
            else:
                self._kb = default_kb()
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        ref = parse_reference_date(doc._.reference_date)
        result = analyse(doc.text, spans, self.kb, ref, self.settings)
        ents = []
        for e in result.entities:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if span is not None:
                ents.append(span)
        doc.ents = filter_spans(ents)
        doc._.extraction = result.with_source(doc.text)
        doc._.dates = list(result.dates)
        doc._.money = list(result.money)
        doc._.acronyms = list(result.acronyms)
        doc._.organizations = list(result.organizations)
        doc._.people = list(result.people)
        return doc

    # nothing but the config to serialise: the KB is data shipped with the package
    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> ExtractNews:
        return self


@Language.factory(
    "extractnews",
    assigns=[
        "doc.ents",
        "doc._.extraction",
        "doc._.dates",
        "doc._.money",
        "doc._.acronyms",
        "doc._.organizations",
        "doc._.people",
    ],
    requires=["doc.ents"],
    default_config={"kb_path": None, "default_dollar": "USD", "use_dateline": True},
)
def make_extractnews(
    nlp: Language, name: str, kb_path: str | None, default_dollar: str, use_dateline: bool
) -> ExtractNews:
    """spaCy factory of the ``extractnews`` component."""
    return ExtractNews(name, kb_path=kb_path, default_dollar=default_dollar, use_dateline=use_dateline)
