"""The record of one document, :class:`Extraction`: everything extracted, and how it shows itself.

``Extraction.model_dump_json()`` is the wire format of the CLI, the Dask
adapter and the docs; ``str()`` gives a summary and Jupyter shows the text
with its mentions highlighted (both drawn by :mod:`.render`).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Literal

from pydantic import PrivateAttr, field_validator

from .records import (
    Acronym,
    Dateline,
    DateMention,
    DocumentSymbol,
    Entity,
    Money,
    Organization,
    Person,
    Record,
    Section,
)
from .render import summary, to_html
from .text.prepare import replace_surrogates

CountrySource = Literal["dateline", "publisher", "organisations", "places", "nationality", "domain"]


class Extraction(Record):
    """Everything extracted from one document."""

    id: str | None = None
    text_length: int = 0
    reference_date: dt.date | None = None
    reference_source: Literal["caller", "dateline", "none"] = "none"
    country: str | None = None
    """The country the release is about (ISO 3166-1 alpha-2), when the text tells: it decides what
    a bare "$" or "francs" means and which "Assemblée nationale" is meant."""
    country_source: CountrySource | None = None
    """The signal that weighed most for ``country``."""
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    money: tuple[Money, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    dateline: Dateline | None = None
    symbols: tuple[DocumentSymbol, ...] = ()
    sections: tuple[Section, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    """Set (and every list empty) when this document could not be processed."""

    _source: str | None = PrivateAttr(default=None)

    @field_validator("id", "error")
    @classmethod
    def _no_surrogates(cls, value: str | None) -> str | None:
        """An id (and an error quoting the input) is the caller's: a lone surrogate would break the JSON."""
        return None if value is None else replace_surrogates(value)

    @property
    def ok(self) -> bool:
        return self.error is None

    def __eq__(self, other: object) -> bool:
        # the remembered source text is a display aid, not part of the record
        if not isinstance(other, Extraction):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def with_source(self, text: str) -> Extraction:
        """A copy that remembers the text it came from (for :meth:`_repr_html_`; not serialised)."""
        copy = self.model_copy()
        copy._source = text
        return copy

    def __str__(self) -> str:
        return summary(self)

    def _repr_html_(self) -> str:
        """Jupyter: the text with its mentions highlighted, or the summary without the text."""
        if self._source is not None and not self.error:
            return to_html(self, self._source)
        return f"<pre>{escape(str(self))}</pre>"
