"""Document-level organisations: every mention of one organisation gathered into one record,
and every resolved acronym made an entity of its own."""

from __future__ import annotations

from collections.abc import Sequence

from ..intervals import Intervals
from ..kb import KnowledgeBase, label_of
from ..places import country_of
from ..places.countries import demonyms
from ..records import Acronym, Entity, Organization, Span
from ..text.french import fold, fold_key
from .definitions import Definition
from .labels import relabel_misc
from .lexicon import org_words


class _Groups:
    """Mentions grouped by organisation key: a KB id, ``text:SHORT`` or ``name:folded name``."""

    def __init__(self) -> None:
        self.spans: dict[str, list[Span]] = {}
        self.names: dict[str, str] = {}
        self._starts: dict[str, set[int]] = {}

    def add_acronym(self, key: str, span: Span, long_form: str | None) -> None:
        """Every acronym mention counts, even at a start already held."""
        self.spans.setdefault(key, []).append(span)
        if long_form:
            self.names.setdefault(key, long_form)

    def add(self, key: str, span: Span, name: str) -> None:
        """An entity mention counts once per start."""
        spans = self.spans.setdefault(key, [])
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = {s.start for s in spans}
        self.names.setdefault(key, name)
        if span.start not in starts:
            starts.add(span.start)
            spans.append(span)


def _entity_key(
    e: Entity, kb: KnowledgeBase, short_to_group: dict[str, str], long_to_short: dict[str, str]
) -> str:
    """The organisation an ORG entity belongs to: its KB id, its acronym's, or its own name."""
    if e.kb_id:
        return e.kb_id
    if e.text in short_to_group:
        return short_to_group[e.text]
    short = long_to_short.get(fold_key(e.text))
    if short is not None and short in short_to_group:
        return short_to_group[short]
    ids = kb.by_name(e.text)
    return ids[0] if len(ids) == 1 else f"name:{fold_key(e.text)}"


def _parent_and_country(name: str, kb: KnowledgeBase, country: str | None) -> tuple[str | None, str | None]:
    """The body a name says it belongs to and its country: "Conseil d'administration du FMI" ->
    ("imf", None); "ministère de la Santé du Sénégal" -> (None, "SN"); a national head with no
    country named ("ministère de l'Intérieur") takes the document's country."""
    hits = [h for h in kb.find(name) if not (h.start == 0 and h.end == len(name))]
    orgs = [h.key for h in hits if h.kind in ("name", "acronym") and not h.ambiguous]
    parent = orgs[-1] if orgs else None
    named = [c for h in hits if h.kind == "place" and (c := country_of(h.key))]
    adjectives = demonyms()
    named += [adjectives[w] for w in fold_key(name).split() if w in adjectives]
    if named:
        return parent, named[-1]
    if parent is not None and kb.orgs[parent].country:
        return parent, kb.orgs[parent].country
    national = fold(name).startswith(org_words().national_heads)
    return parent, country if national else None


def _record(
    key: str,
    spans: list[Span],
    groups: _Groups,
    acronyms: Sequence[Acronym],
    kb: KnowledgeBase,
    country: str | None,
) -> Organization:
    spans.sort(key=lambda s: s.start)
    org = kb.orgs.get(key)
    if org is not None:  # the official names; the text's own wording is in the mentions
        return Organization(
            id=org.id,
            name_fr=org.name_fr,
            name_en=org.name_en,
            acronyms_fr=org.acronyms_fr,
            acronyms_en=org.acronyms_en,
            parent_id=org.parent,
            country=org.country,
            mentions=tuple(spans),
        )
    shorts = tuple(dict.fromkeys(a.short for a in acronyms if f"text:{a.short}" == key))
    name = groups.names.get(key)
    parent, own_country = _parent_and_country(name, kb, country) if name else (None, None)
    return Organization(
        id=None,
        name_fr=name,
        acronyms_fr=shorts,
        parent_id=parent,
        country=own_country,
        mentions=tuple(spans),
    )


def organizations(
    entities: Sequence[Entity],
    acronyms: Sequence[Acronym],
    kb: KnowledgeBase,
    definitions: Sequence[Definition],
    country: str | None = None,
) -> list[Organization]:
    """One :class:`Organization` per organisation named in the document, in order of first mention."""
    groups = _Groups()
    long_to_short = {fold_key(d.long): d.short for d in definitions}
    short_to_group: dict[str, str] = {}
    for a in acronyms:
        key = a.org_id or f"text:{a.short}"
        short_to_group[a.short] = key
        groups.add_acronym(key, Span(text=a.text, start=a.start, end=a.end), a.long_fr)
    for e in entities:
        if e.label == "ORG":
            key = _entity_key(e, kb, short_to_group, long_to_short)
            groups.add(key, Span(text=e.text, start=e.start, end=e.end), e.text)
    out = [_record(key, spans, groups, acronyms, kb, country) for key, spans in groups.spans.items()]
    out.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    return out


def add_acronym_entities(
    entities: list[Entity], acronyms: Sequence[Acronym], kb: KnowledgeBase
) -> list[Entity]:
    """Every resolved or defined acronym is an entity of its own.

    Its label is that of what it names: ORG, or MISC for a programme or a goal
    ("PIDA", "ODD"). A model span on exactly the acronym takes that label; an
    acronym inside a longer name ("Alliance GAVI") stays part of that name.
    """
    linked = {fold_key(a.long_fr): a.org_id for a in acronyms if a.long_fr and a.org_id}
    out = [
        e.model_copy(update={"kb_id": linked[fold_key(e.text)]})
        if e.label == "ORG" and e.kb_id is None and fold_key(e.text) in linked
        else e
        for e in entities
    ]
    at = {(e.start, e.end): i for i, e in enumerate(out)}
    covered = Intervals((e.start, e.end) for e in entities)
    for a in acronyms:
        if a.origin is None:
            continue
        org = kb.orgs.get(a.org_id) if a.org_id else None
        label = label_of(org) if org is not None else relabel_misc(a.long_fr or "", "ORG")
        origin = "definition" if a.origin == "text" else "kb"
        i = at.get((a.start, a.end))
        if i is not None:
            if out[i].origin == "model" or (a.origin == "text" and out[i].kb_id != a.org_id):
                # the text's own definition wins over a homonym ("PND": a plan, not a party)
                out[i] = out[i].model_copy(update={"label": label, "origin": origin, "kb_id": a.org_id})
            elif out[i].kb_id is None:  # a homonym the acronym's resolution told apart ("PAM": the WFP)
                out[i] = out[i].model_copy(update={"kb_id": a.org_id})
            continue
        if covered.overlaps(a.start, a.end):
            continue
        out.append(Entity(text=a.text, start=a.start, end=a.end, label=label, origin=origin, kb_id=a.org_id))
    out.sort(key=lambda e: e.start)
    return out
