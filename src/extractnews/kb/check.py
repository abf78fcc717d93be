"""``extractnews kb check``: the knowledge base's data, checked; ``extractnews kb coverage``: its counts.

Errors (the command exits 1): a line that does not validate, a duplicate id, an unknown
parent, an entry without ``sources``, a national body without ``country``. Warnings: an
acronym that the stop list keeps from ever resolving, and an acronym or a name shared by
several bodies that nothing can tell apart (same country, or international bodies without
``regions``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..text.french import fold_key
from .base import KnowledgeBase
from .load import load_organisations, load_places
from .schema import NATIONAL_TYPES, OrgEntry

#: Regions of the coverage table: country codes -> region name (international bodies have none).
REGIONS: dict[str, tuple[str, ...]] = {
    "Europe": ("FR", "BE", "CH", "LU", "MC", "AD"),
    "North America and the Caribbean": ("CA", "HT", "PM", "BL", "MF"),
    "Maghreb and the Levant": ("MA", "DZ", "TN", "MR", "LB"),
    "West Africa": ("SN", "ML", "BF", "NE", "CI", "GN", "TG", "BJ", "CV", "GW"),
    "Central Africa": ("CM", "GA", "CG", "CD", "TD", "CF", "GQ", "ST"),
    "Great Lakes and the Horn": ("RW", "BI", "DJ"),
    "Indian Ocean": ("KM", "MG", "MU", "SC"),
    "Pacific": ("VU", "NC", "PF", "WF"),
}


@dataclass
class Report:
    entries: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _shared(entries: Sequence[OrgEntry], keys: Iterable[tuple[str, str]]) -> dict[str, list[OrgEntry]]:
    by_key: dict[str, list[OrgEntry]] = defaultdict(list)
    orgs = {o.id: o for o in entries}
    for key, oid in keys:
        if orgs[oid] not in by_key[key]:
            by_key[key].append(orgs[oid])
    return {k: v for k, v in by_key.items() if len(v) > 1}


def _indistinct(orgs: Sequence[OrgEntry]) -> bool:
    """Homonyms that neither the document's country nor its continent can tell apart."""
    countries = Counter(o.country for o in orgs if o.country)
    international = [o for o in orgs if o.country is None]
    regional = [o for o in international if o.regions]
    return any(n > 1 for n in countries.values()) or len(international) - len(regional) > 1


def _unmatchable_names(org: OrgEntry) -> list[str]:
    """Names that make wrong entities: a generic word alone, an office named by its holder's title."""
    from ..entities.lexicon import entity_words
    from ..people.lexicon import people_words

    out = []
    for name in org.names:
        words = fold_key(name).split()
        if len(words) == 1 and words[0] in entity_words().generic_heads:
            out.append(f"name {name!r} is a generic word")
        elif org.type == "executive" and words and words[0] in people_words().titles:
            out.append(f"name {name!r} reads as a person's title")
    return out


def check(entries: Sequence[OrgEntry], stoplist: frozenset[str] = frozenset()) -> Report:
    """Check a list of validated entries; :func:`check_folder` also reports lines that do not validate."""
    report = Report(entries=len(entries))
    try:
        KnowledgeBase(entries, {})
    except KnowledgeBaseError as e:
        report.errors.append(str(e))
    for o in entries:
        if not o.sources:
            report.errors.append(f"{o.id}: no sources")
        if o.type in NATIONAL_TYPES and not o.country:
            report.errors.append(f"{o.id}: a national body ({o.type}) without country")
        report.warnings.extend(
            f"{o.id}: acronym {a!r} is on the stop list" for a in o.acronyms if a in stoplist
        )
    acronyms = _shared(entries, ((a, o.id) for o in entries for a in o.acronyms))
    names = _shared(entries, ((fold_key(n), o.id) for o in entries for n in o.names))
    for kind, shared in (("acronym", acronyms), ("name", names)):
        for key, orgs in sorted(shared.items()):
            if _indistinct(orgs):
                report.warnings.append(f"{kind} {key!r} is shared by {', '.join(o.id for o in orgs)}")
    return report


def check_folder(folder: Any = None) -> Report:
    """Check the shipped knowledge base, or the ``*.jsonl`` files of ``folder``."""
    from ..orgs.lexicon import org_words

    try:
        entries = load_organisations(Path(folder) if folder is not None else None)
    except KnowledgeBaseError as e:
        return Report(errors=[str(e)])
    return check(entries, org_words().acronym_stoplist)


def region_of(org: OrgEntry) -> str:
    if org.country is None:
        return "International"
    return next((name for name, codes in REGIONS.items() if org.country in codes), "Other countries")


def coverage_table(entries: Sequence[OrgEntry]) -> str:
    """A Markdown table: entries by region and by kind of body."""
    kinds = {
        "legislature and government": {"parliament", "executive"},
        "courts": {"court"},
        "central banks and statistics": {"central_bank", "statistics"},
        "press and broadcasting": {"media"},
        "elections and regulators": {"electoral", "regulator", "exchange"},
        "state companies": {"state_company"},
        "other public bodies": {"public_agency", "national", "university"},
        "parties, unions, companies, NGOs": {"party", "union", "company", "ngo"},
    }
    regions = [*REGIONS, "Other countries", "International"]
    counts: Counter[tuple[str, str]] = Counter()
    for o in entries:
        kind = next((k for k, types in kinds.items() if o.type in types), "international bodies and terms")
        counts[(region_of(o), kind)] += 1
    columns = [*kinds, "international bodies and terms"]
    lines = [
        "| region | entries | " + " | ".join(columns) + " |",
        "|---|---:|" + "---:|" * len(columns),
    ]
    for region in regions:
        row = [counts[(region, c)] for c in columns]
        lines.append(f"| {region} | {sum(row)} | " + " | ".join(str(n) for n in row) + " |")
    lines.append(
        f"| **all** | **{len(entries)}** | "
        + " | ".join(str(sum(counts[(r, c)] for r in regions)) for c in columns)
        + " |"
    )
    return "\n".join(lines)


def default_coverage() -> str:
    return coverage_table(load_organisations())


__all__ = ["REGIONS", "Report", "check", "check_folder", "coverage_table", "load_places", "region_of"]
