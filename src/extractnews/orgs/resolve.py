"""Acronym resolution at document level: in-text definitions first, then the knowledge base."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..kb import Hit, KnowledgeBase, OrgEntry
from ..places import CountryGuess
from ..records import Acronym
from ..text.french import fold_key
from .definitions import Definition


@dataclass(frozen=True)
class _Resolution:
    org: OrgEntry | None
    long_fr: str | None
    origin: str | None
    candidates: tuple[str, ...] = ()


def _pick(
    kb: KnowledgeBase, ids: Sequence[str], present: set[str], country: CountryGuess | None
) -> tuple[OrgEntry | None, tuple[str, ...]]:
    """The organisation an acronym names: the one the text also names in full, else the
    one the document's country points to (:meth:`KnowledgeBase.prefer`); else unresolved."""
    if len(ids) == 1:
        return kb.orgs[ids[0]], ()
    here = [i for i in ids if i in present]
    if len(here) == 1:
        return kb.orgs[here[0]], ()
    pick = kb.prefer(ids, country.code if country else None, country.continent if country else None)
    return (kb.orgs[pick], ()) if pick is not None else (None, tuple(ids))


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
        by_short[short] = _Resolution(d.org, d.long, "both" if d.org else "text")
        if d.org is not None:
            org_long.setdefault(d.org.id, d.long)
    for _, _, short in mentions:
        if short in by_short:
            continue
        org, cands = _pick(kb, kb.by_acronym(short), present | set(org_long), country)
        if org is not None:
            by_short[short] = _Resolution(org, org_long.get(org.id, org.name_fr), "kb")
        else:
            by_short[short] = _Resolution(None, None, None, cands)
    out = []
    for start, end, short in mentions:
        r = by_short[short]
        org = r.org
        aliases = tuple(a for a in org.acronyms if a != short) if org else ()
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
                candidates=r.candidates,
            )
        )
    return out
