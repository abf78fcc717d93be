"""The records of one mention or one document-level thing, in one place.

The document record :class:`~extractnews.extraction.Extraction` gathers them
(it lives in :mod:`.extraction`, with its display). All records are immutable
pydantic v2 models. Every mention carries ``text``,
``start`` and ``end`` such that ``source[start:end] == text`` for the string the
caller passed in. ``Extraction.model_dump_json()`` is the wire format of the
CLI, the Dask adapter and the docs.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: Where a mention came from.
Origin = Literal["model", "kb", "rule", "definition"]


class Record(BaseModel):
    """Base of every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(Record):
    """A piece of the source text: ``source[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    boilerplate: bool = False
    """True when the mention sits in a contact block, an "À propos" section,
    a photo credit or a navigation line (see :class:`Section`)."""


class Entity(Mention):
    """A named entity: a person, an organisation, a place (or MISC)."""

    label: Literal["PER", "ORG", "LOC", "MISC"]
    origin: Origin = "model"
    kb_id: str | None = None
    """Knowledge-base id of the organisation or place, when known."""
    reason: str | None = None
    """Why the entity is what it is, beyond ``origin``: the rule that found it
    (origin "rule", e.g. ``"governed_place"``), or the repairs that changed the
    model's span, in order (``"no_leading_article+organisation_head_is_org"``);
    None when the span was taken as given."""


class DateMention(Mention):
    """A calendar expression, normalised at the precision it was written."""

    value: str | None
    """ISO 8601 at the written precision (``2017``, ``2017-06``,
    ``2019-05-08``) or ``start/end`` for spans; None when the year cannot be
    known (no year in the text and no reference date)."""
    precision: Literal["day", "week", "month", "year"]
    is_span: bool = False
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    year_inferred: bool = False
    """The year was not written; it came from the reference date."""
    relative: bool = False
    """A relative expression ("hier", "la semaine prochaine")."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    """The calendar fields as written (of the start, for spans)."""


class Money(Mention):
    """An amount of money."""

    amount: Decimal
    """Exact; serialised in JSON as a string (\"2100000\", \"4.5\") so no reader rounds it."""
    currency: str | None
    """ISO 4217 code; None when the text gives no currency at all."""
    currency_source: Literal["symbol", "name", "code", "country", "context", "default"] | None = None
    """How the currency was decided: the written symbol ("€"), name ("dinars tunisiens") or
    code ("USD", "DT"); for a form naming several currencies ("$", "francs", "FC"), the
    document's country, the countries the text mentions (context), or the default (a bare
    dollar is ``default_dollar``)."""
    qualifier: str | None = None
    """"près de", "plus de", "environ"… as written, lower-cased."""
    range_id: int | None = None
    """Both ends of a range ("entre 2 et 3 millions d'euros") share this id."""
    range_part: Literal["low", "high"] | None = None


class Acronym(Mention):
    """An acronym of an organisation, body, programme, fund or goal."""

    short: str
    long_fr: str | None = None
    long_en: str | None = None
    aliases: tuple[str, ...] = ()
    """The same organisation's acronyms in other languages (UIP -> IPU)."""
    org_id: str | None = None
    origin: Literal["text", "kb", "both"] | None = None
    """Where the expansion came from: an in-text definition, the knowledge
    base, or both agreeing; None when unresolved."""
    resolved_by: Literal["definition", "kb", "context", "country", "continent", "international"] | None = None
    """Why this expansion: the text defines it; the knowledge base knows one body by it; among
    homonyms, the text names that body ("context"), it is a body of the document's country, of
    its continent, or the one international body. An acronym neither defined nor known gives
    no record."""


class Span(Record):
    """Offsets of one mention of a document-level record."""

    text: str
    start: int
    end: int


class Organization(Record):
    """One organisation of the document, merging all its mentions."""

    id: str | None
    """Knowledge-base id; None for an organisation the KB does not know."""
    name_fr: str | None = None
    name_en: str | None = None
    acronyms_fr: tuple[str, ...] = ()
    acronyms_en: tuple[str, ...] = ()
    parent_id: str | None = None
    """Knowledge-base id of the body it belongs to: the BCEAO for its "Comité de politique
    monétaire", the IMF for "Conseil d'administration du FMI"."""
    country: str | None = None
    """ISO 3166-1 alpha-2 of a national body: from the knowledge base, from its name
    ("ministère de la Santé du Sénégal", "gouvernement malien"), or, for a national body the
    name leaves open ("ministère de l'Intérieur"), the document's country."""
    mentions: tuple[Span, ...] = ()
    in_body: bool = True
    """At least one mention lies outside boilerplate sections."""


class Person(Record):
    """One person of the document, by the fullest form of the name."""

    name: str
    honorific: str | None = None
    role: str | None = None
    organization: str | None = None
    """The organisation (or country) of the role, as written."""
    organization_id: str | None = None
    """Knowledge-base id of that organisation, when it resolves."""
    country: str | None = None
    """ISO 3166-1 code of the country the role belongs to: a nationality adjective
    ("ministre tunisien") or a country named ("Président de la République du Bénin")."""
    mentions: tuple[Span, ...] = ()
    in_body: bool = True


class Dateline(Mention):
    """The dateline of a release: "GENÈVE/NEW YORK, le 6 novembre 2020"."""

    places: tuple[str, ...] = ()
    date: str | None = None
    agency: str | None = None


class DocumentSymbol(Mention):
    """A UN-style document symbol ("SOC/CP/314", "AG/AB/3975")."""


class Section(Record):
    """A boilerplate region of the text.

    ``contact``, ``about``, ``credit`` and ``navigation`` lines are found in any
    text; on an HTML page, its ``navigation`` (``<nav>``, menus), ``header``
    and ``footer`` (of the page, not of an article), ``aside`` and ``script``
    elements are sections too (see ``models/html.json``).
    """

    kind: Literal["contact", "about", "credit", "navigation", "header", "footer", "aside", "script"]
    start: int
    end: int
