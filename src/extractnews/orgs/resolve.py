"""Acronym resolution at document level: in-text definitions first, then the knowledge base."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..kb import Hit, KnowledgeBase, OrgEntry
from ..places import CountryGuess
from ..records import Acronym
from ..text.french import fold_key
from .definitions import Definition, kb_acronym_ids


@dataclass(frozen=True)
class _Resolution:
    org: OrgEntry | None
    long_fr: str | None
    origin: str | None
    resolved_by: str | None = None


def _pick(
    kb: KnowledgeBase, ids: Sequence[str], present: set[str], country: CountryGuess | None
) -> tuple[OrgEntry | None, str | None]:
    """The organisation an acronym names and why: the only one the knowledge base knows
    ("kb"), the one the text also names ("context"), else the one the document's country
    points to (:meth:`KnowledgeBase.prefer_why`); else none."""
    if len(ids) == 1:
        return kb.orgs[ids[0]], "kb"
    here = [i for i in ids if i in present]
    if len(here) == 1:
        return kb.orgs[here[0]], "context"
    choice = kb.prefer_why(ids, country.code if country else None, country.continent if country else None)
    return (kb.orgs[choice[0]], choice[1]) if choice else (None, None)


_UNRESOLVED = _Resolution(None, None, None)


def _best_definitions(definitions: Sequence[Definition]) -> dict[str, Definition]:
    """One definition per acronym: the first, unless a later one spells a known name exactly."""

    def spells_known_name(d: Definition) -> bool:
        return d.org is not None and any(fold_key(d.long) == fold_key(n) for n in d.org.names)

    out: dict[str, Definition] = {}
    for d in definitions:
        if d.short not in out or (spells_known_name(d) and not spells_known_name(out[d.short])):
            out[d.short] = d
    return out


def resolve(
    text: str,
    kb: KnowledgeBase,
    hits: Sequence[Hit],
    definitions: Sequence[Definition],
    mentions: Sequence[tuple[int, int, str]],
    country: CountryGuess | None = None,
) -> list[Acronym]:
    """One :class:`Acronym` record per mention, resolved at document level."""
    present = {h.key for h in hits if h.kind == "name" and not h.ambiguous}
    by_short: dict[str, _Resolution] = {}
    org_long: dict[str, str] = {}
    for short, d in _best_definitions(definitions).items():
        by_short[short] = _Resolution(d.org, d.long, "both" if d.org else "text", "definition")
        if d.org is not None:
            org_long.setdefault(d.org.id, d.long)
    for _, _, short in mentions:
        if short in by_short:
            continue
        org, why = _pick(kb, kb_acronym_ids(kb, short), present | set(org_long), country)
        by_short[short] = (
            _Resolution(org, org_long.get(org.id, org.name_fr), "kb", why) if org else _UNRESOLVED
        )
    out = []
    for start, end, short in mentions:
        r = by_short[short]
        if r.long_fr is None:
            continue  # neither defined nor known: an acronym record would say nothing
        org = r.org
        key = short.replace(".", "").upper()
        aliases = tuple(a for a in org.acronyms if a.upper() != key) if org else ()
        out.append(
            Acronym(
                text=text[start:end],
                start=start,
                end=end,
                short=short,
                long_fr=r.long_fr,
                long_en=org.name_en if org else None,
                aliases=aliases,
                org_id=org.id if org else None,
                origin=r.origin,
                resolved_by=r.resolved_by,
            )
        )
    return out
