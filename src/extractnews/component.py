"""The ``extractnews`` spaCy component.

Registered through the ``spacy_factories`` entry point, so that after
``pip install extractnews`` any French pipeline can do::

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("extractnews")            # after "ner"
    doc = nlp("L'UIP et l'ONUDC ...")
    doc._.extraction, doc._.acronyms, doc.ents

It reads the statistical entities already in ``doc.ents`` (for an HTML text,
those the earlier components find in its visible text), runs the same path
as :class:`~extractnews.Extractor` (:func:`extractnews.wiring.finish`: HTML
clean-up, the rooms, offsets back to ``doc.text``, warnings), replaces
``doc.ents`` with the repaired entities and keeps the record as plain data in
``doc.user_data``, so that ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` work. ``doc._.extraction`` rebuilds the
:class:`~extractnews.extraction.Extraction` from it on access (keep a
reference rather than reading it in a loop); ``doc._.dates``,
``doc._.money``, ``doc._.acronyms``, ``doc._.organizations`` and
``doc._.people`` are its lists. A reference date for "le 8 mai" can be given
per document in ``doc._.reference_date`` before the component runs (a
``date`` or an ISO string, checked when set and kept in ``doc.user_data`` as
an ISO string, so that it too survives serialisation).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .analysis import Settings
from .extraction import Extraction
from .kb import KnowledgeBase, default_kb, kb_from_folder
from .text import check_currency, parse_reference_date, prepare
from .wiring import finish, spans_to_prepared

DATA_KEY = "extractnews"
"""The ``doc.user_data`` key of the record, stored as plain JSON data."""
REFERENCE_KEY = "extractnews.reference_date"
"""The ``doc.user_data`` key of the reference date, an ISO string."""

_LISTS = ("dates", "money", "acronyms", "organizations", "people")


def extraction_of(doc: Doc) -> Extraction | None:
    """The Extraction the component stored on ``doc``, rebuilt from its plain data."""
    data = doc.user_data.get(DATA_KEY)
    if data is None:
        return None
    return Extraction.model_validate(data).with_source(doc.text)


def _list_getter(name: str) -> Any:
    def get(doc: Doc) -> list[Any] | None:
        result = extraction_of(doc)
        return None if result is None else list(getattr(result, name))

    return get


def _get_reference_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(REFERENCE_KEY)
    return None if value is None else dt.date.fromisoformat(value)


def _set_reference_date(doc: Doc, value: object) -> None:
    # a date object in user_data would break doc.to_bytes(), DocBin and nlp.pipe(n_process=2)
    day = parse_reference_date(value)  # a bad value fails here, where it is set
    if day is None:
        doc.user_data.pop(REFERENCE_KEY, None)
    else:
        doc.user_data[REFERENCE_KEY] = day.isoformat()


def _register_extensions() -> None:
    if not Doc.has_extension("extraction"):
        Doc.set_extension("extraction", getter=extraction_of)
    for name in _LISTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_list_getter(name))
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", getter=_get_reference_date, setter=_set_reference_date)


class ExtractNews:
    """Repairs ``doc.ents`` and attaches the extractnews record to the Doc."""

    def __init__(
        self, nlp: Language, name: str, *, kb_path: str | None, default_dollar: str, use_dateline: bool
    ) -> None:
        _register_extensions()
        self.nlp = nlp
        self.name = name
        self.kb_path = kb_path
        self.settings = Settings(default_dollar=check_currency(default_dollar), use_dateline=use_dateline)
        self._kb: KnowledgeBase | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = kb_from_folder(self.kb_path) if self.kb_path else default_kb()
        return self._kb

    def _visible_text_spans(self, text: str) -> list[tuple[int, int, str]]:
        """The entities the components before this one find in ``text`` (the visible text of HTML)."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            doc = proc(doc)
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def __call__(self, doc: Doc) -> Doc:
        prepared = prepare(doc.text)
        if prepared.is_html:  # the model read the markup: let it read the visible text, as Extractor does
            spans = self._visible_text_spans(prepared.text)
        else:
            spans = spans_to_prepared(prepared, ((e.start_char, e.end_char, e.label_) for e in doc.ents))
        ref = _get_reference_date(doc)
        try:
            result = finish(prepared, spans, self.kb, ref, self.settings)
        except Exception as e:  # a bad document gives an error record, as in Extractor.extract_many
            result = Extraction(text_length=len(doc.text), error=f"internal error: {type(e).__name__}: {e}")
        ents = [
            doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand") for e in result.entities
        ]
        if not result.error:
            doc.ents = filter_spans([span for span in ents if span is not None])
        doc.user_data[DATA_KEY] = result.model_dump(mode="json")
        return doc

    # the config round-trips through spaCy's config; a kb_path folder's data is saved with the pipeline
    def to_disk(self, path: Path, *, exclude: Any = ()) -> None:
        if self.kb_path:
            target = Path(path) / "organisations"
            target.mkdir(parents=True, exist_ok=True)
            for source in sorted(Path(self.kb_path).glob("*.jsonl")):
                shutil.copyfile(source, target / source.name)

    def from_disk(self, path: Path, *, exclude: Any = ()) -> ExtractNews:
        saved = Path(path) / "organisations"
        if saved.is_dir():
            self._kb = kb_from_folder(saved)
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
    return ExtractNews(nlp, name, kb_path=kb_path, default_dollar=default_dollar, use_dateline=use_dateline)
