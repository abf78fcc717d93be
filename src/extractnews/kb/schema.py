"""The organisation entry of the knowledge base and its vocabulary of types.

The format of ``models/organisations/*.jsonl`` is documented in
``models/README.md``; :class:`OrgEntry` validates one line of it.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import KnowledgeBaseError

INTERNATIONAL_TYPES = frozenset(
    [
        "un_organ",
        "un_body",
        "un_secretariat",
        "un_fund_programme",
        "un_agency",
        "un_related",
        "un_mission",
        "un_commission",
        "regional",
        "eu",
        "council_of_europe",
        "financial",
        "court",
        "ngo",
        "company",
        "cooperation_agency",
        "other",
    ]
)
NATIONAL_TYPES = frozenset(
    [
        "national",
        "parliament",
        "executive",
        "central_bank",
        "statistics",
        "media",
        "electoral",
        "regulator",
        "exchange",
        "state_company",
        "public_agency",
        "union",
        "university",
        "party",
    ]
)
MISC_TYPES = frozenset({"goal", "programme", "term"})
"""Types whose names are MISC entities (goals, programmes, initiatives, terms), not organisations."""
ORG_TYPES = INTERNATIONAL_TYPES | NATIONAL_TYPES | MISC_TYPES

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


class OrgEntry(BaseModel):
    """One organisation of the knowledge base (one line of ``models/organisations/*.jsonl``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name_fr: str
    name_en: str | None = None
    acronyms_fr: tuple[str, ...] = ()
    acronyms_en: tuple[str, ...] = ()
    variants_fr: tuple[str, ...] = ()
    variants_en: tuple[str, ...] = ()
    type: str = "other"
    parent: str | None = None
    country: str | None = None
    xl: bool = True
    sources: tuple[str, ...] = ()
    """Addresses of the pages where the names and acronyms were checked."""
    regions: tuple[str, ...] = ()
    """Continents (GeoNames codes: AF, AS, EU, NA, SA, OC) an international body works in,
    where a homonym needs telling apart ("BID": the Inter-American bank in NA and SA, the
    Islamic one in AF and AS)."""
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.fullmatch(value):
            raise ValueError(f"'id' must be a lower-case slug, got {value!r}")
        return value

    @field_validator("name_fr")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("'name_fr' is required")
        return value.strip()

    @field_validator("name_en", "parent", "country", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return value or None

    @field_validator(
        "acronyms_fr", "acronyms_en", "variants_fr", "variants_en", "sources", "regions", mode="before"
    )
    @classmethod
    def _strings(cls, value: Any) -> Any:
        value = value or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError("must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: Any) -> Any:
        value = value or "other"
        if value not in ORG_TYPES:
            raise ValueError(f"unknown type {value!r}")
        return value

    @property
    def acronyms(self) -> tuple[str, ...]:
        """All acronyms, French first, without repeats."""
        return tuple(dict.fromkeys(self.acronyms_fr + self.acronyms_en))

    @property
    def names(self) -> tuple[str, ...]:
        return (
            self.name_fr,
            *((self.name_en,) if self.name_en else ()),
            *self.variants_fr,
            *self.variants_en,
        )

    @property
    def is_misc(self) -> bool:
        """Its names are MISC entities (a programme, a goal, a term), not an organisation."""
        return self.type in MISC_TYPES


def org_entry(raw: dict[str, Any], where: str) -> OrgEntry:
    """Validate one raw entry; a KnowledgeBaseError names ``where`` and what is wrong."""
    try:
        return OrgEntry.model_validate(raw)
    except ValidationError as e:
        unknown = sorted(str(err["loc"][0]) for err in e.errors() if err["type"] == "extra_forbidden")
        if unknown:
            raise KnowledgeBaseError(f"{where}: unknown field(s) {unknown}") from None
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        raise KnowledgeBaseError(f"{where}: '{field}': {message}") from None


def label_of(org: OrgEntry) -> str:
    """The entity label of an organisation's names: MISC for programmes, goals and terms, else ORG."""
    return "MISC" if org.is_misc else "ORG"
