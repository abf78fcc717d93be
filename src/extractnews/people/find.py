"""People records: one per person, by the fullest form of the name, with every mention.

A later short mention ("M. Fedotov", "DIOP") is linked to the fullest name of the
document when its words match (rapidfuzz, to absorb spelling variants); a surname
shared by two people goes to the nearest one named before it.

Roles are read next to every mention (:mod:`.roles`) and the first one of the text
is the person's. A clause between two names belongs to one of them only: "le
premier ministre, X, la ministre de ..., Y" (a title before each name: the clause
is Y's) against "X, ministre des finances du Qatar, Y, ministre ..." (names first:
the clause is X's).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..intervals import Intervals
from ..kb import KnowledgeBase
from ..places import country_of
from ..places.countries import demonyms
from ..records import Entity, Person, Span
from ..text.french import fold_key, lookup_key
from .layouts import layout_after, layout_before, listed_org
from .lexicon import is_plural_title, is_title, people_words
from .roles import Role, is_trade, role_after, role_before

#: The honorifics right before a name, with commas between them ("Son Excellence, Monsieur ").
_HONORIFICS = re.compile(
    rf"(?:{people_words().honorific_re.pattern})(?:,\s*(?:{people_words().honorific_re.pattern}))*$"
)


#: An article right before an honorific: "la Dre", "le Pr".
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Ll]e|[Ll]a)\s+$")


@dataclass
class _Draft:
    name: str
    honorific: str | None = None
    mentions: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def _same_person(short: str, full: str) -> bool:
    s, f = _name_words(short), _name_words(full)
    if len(s) >= len(f):
        return s == f
    return all(any(fuzz.ratio(a, b) >= 85 for b in f) for a in s)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, computed once: :func:`_group` compares every mention with every
    person found before it."""
    return tuple(fold_key(name).split())


def _group(pers: Sequence[Entity]) -> list[_Draft]:
    """One draft per person: the longest names first, shorter mentions linked to them."""
    drafts: list[_Draft] = []
    # a name seen before is compared only with the people found since (a long text repeats its names)
    seen: dict[str, tuple[list[_Draft], int]] = {}
    for e in sorted(pers, key=lambda e: (-len(e.text.split()), e.start)):
        known, compared = seen.get(e.text, ([], 0))
        matches = known + [d for d in drafts[compared:] if _same_person(e.text, d.name)]
        seen[e.text] = (matches, len(drafts))
        if len(matches) > 1:  # "Diop" after "Abdoulaye Diop" and "Dieynaba Diop": the nearest before
            before = [d for d in matches if d.mentions[0].start < e.start]
            matches = sorted(
                before or matches,
                key=lambda d: max(m.start for m in d.mentions if m.start < e.start) if before else 0,
                reverse=True,
            )
        draft = matches[0] if matches else None
        if draft is None:
            draft = _Draft(e.text)
            drafts.append(draft)
        draft.mentions.append(e)
    for d in drafts:
        d.mentions.sort(key=lambda m: m.start)
    return drafts


def _surname_mentions(text: str, drafts: list[_Draft], entities: Sequence[Entity]) -> None:
    """ "Guterres a appelé au calme": a surname alone that the model left out, when it is one
    person's only (not shared by two people, not inside another entity)."""
    owners: dict[str, list[_Draft]] = {}
    for d in drafts:
        words = d.name.split()
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper() and not is_title(words[-1]):
            owners.setdefault(words[-1], []).append(d)
    taken = Intervals((e.start, e.end) for e in entities)
    for surname, ds in owners.items():
        if len(ds) != 1:
            continue
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w'’-])", text):
            if not taken.overlaps(m.start(), m.end()):
                ds[0].mentions.append(Entity(text=surname, start=m.start(), end=m.end(), label="PER"))
        ds[0].mentions.sort(key=lambda e: e.start)


def _mention_roles(
    text: str, mentions: Sequence[tuple[Entity, int]], entities_at: dict[int, Entity], per_ends: list[int]
) -> dict[int, Role]:
    """The role of each mention (by start), a clause shared by two neighbours given to one of them."""
    before = {
        e.start: layout_before(text, h, entities_at) or role_before(text, h, entities_at, per_ends)
        for e, h in mentions
    }
    after = {e.start: _after(text, e.end, entities_at) for e, _ in mentions}
    for (a, _), (b, _) in itertools.pairwise(mentions):
        ra, rb = after[a.start], before[b.start]
        if ra is None or rb is None or ra.end < rb.start or rb.end < ra.start:
            continue
        if before[a.start] is not None:
            after[a.start] = None  # "le premier ministre, X, la ministre ..., Y": the clause is Y's
        else:
            before[b.start] = None  # "X, ministre ..., Y, ministre ...": the clause is X's
    out = {}
    for e, _ in mentions:
        role = _chosen(before[e.start], after[e.start])
        if role is not None:
            out[e.start] = role
    _share_plural_titles(text, mentions, before, after, out)
    return out


def _chosen(before: Role | None, after: Role | None) -> Role | None:
    """The title before the name is the role (the house rule), unless it is a bare trade, one word
    without a body ("l'administrateur X, Vice-Gouverneur de la BCEAO"), and the title after the
    name names its body: the trade describes the person, the title after gives the post."""
    if (
        before is not None
        and after is not None
        and after.organization
        and before.organization is None
        and len(before.role.split()) == 1
        and is_trade(before.role)
    ):
        return after
    return before or after


def _after(text: str, end: int, entities_at: dict[int, Entity]) -> Role | None:
    role = role_after(text, end, entities_at)
    return listed_org(text, role, entities_at) if role is not None else layout_after(text, end, entities_at)


def _share_plural_titles(
    text: str,
    mentions: Sequence[tuple[Entity, int]],
    before: dict[int, Role | None],
    after: dict[int, Role | None],
    out: dict[int, Role],
) -> None:
    """ "les ministres X, Y et Z", "X et Y, directeurs généraux délégués": one title for a list."""
    pairs = list(itertools.pairwise(mentions))
    for (a, _), (b, b_start) in pairs:  # forwards: a title before the first name
        rb = before[a.start] if a.start in out and out[a.start] is before[a.start] else None
        if rb is not None and b.start not in out and _listed(text, a.end, b_start) and _plural(rb):
            out[b.start] = before[b.start] = rb
    for (a, _), (b, b_start) in reversed(pairs):  # backwards: a title after the last name
        ra = after[b.start] if b.start in out and out[b.start] is after[b.start] else None
        if ra is not None and a.start not in out and _listed(text, a.end, b_start) and _plural(ra):
            out[a.start] = after[a.start] = ra


def _listed(text: str, end: int, next_start: int) -> bool:
    """Only a comma or "et" between two names."""
    # one run of spaces before "," or "et" (two optional runs in a row are quadratic in a long one)
    return re.fullmatch(r"\s*(?:,\s*(?:et\s*)?|et\s*)", text[end:next_start]) is not None


def _plural(role: Role) -> bool:
    words = role.role.split()
    return bool(words) and is_plural_title(words[0])


def find_people(text: str, entities: Sequence[Entity], kb: KnowledgeBase) -> list[Person]:
    """One :class:`Person` per named person, by the fullest form of the name."""
    entities_at = {e.start: e for e in entities if e.label in ("ORG", "LOC", "MISC")}
    pers = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
    per_ends = sorted({e.end for e in pers})
    drafts = _group(pers)
    honorifics: dict[int, str] = {}
    starts: list[tuple[Entity, int]] = []
    for e in pers:
        h = _HONORIFICS.search(text, max(0, e.start - 40), e.start)
        start = e.start
        if h:
            honorifics[e.start] = h.group().strip()
            # "la Dre X": the article is the honorific's, not the clause's
            article = _ARTICLE_BEFORE.search(text, max(0, h.start() - 5), h.start())
            start = article.start() if article else h.start()
        starts.append((e, start))
    roles = _mention_roles(text, starts, entities_at, per_ends)
    _surname_mentions(text, drafts, entities)
    out = []
    for d in sorted(drafts, key=lambda d: d.mentions[0].start):
        honorific = next((honorifics[m.start] for m in d.mentions if m.start in honorifics), None)
        out.append(
            _person(d, honorific, [roles[m.start] for m in d.mentions if m.start in roles], entities, kb)
        )
    return out


def _person(
    d: _Draft, honorific: str | None, roles: list[Role], entities: Sequence[Entity], kb: KnowledgeBase
) -> Person:
    role = roles[0] if roles else None
    organization = role.organization if role else None
    org_start = role.org_start if role else None
    if role is not None and organization is None:
        # "Président de la République" first, "Président de la République de Guinée équatoriale" later
        later = next(
            (r for r in roles[1:] if lookup_key(r.role) == lookup_key(role.role) and r.organization), None
        )
        if later is not None:
            organization, org_start = later.organization, later.org_start
    return Person(
        name=d.name,
        honorific=honorific,
        role=role.role if role else None,
        organization=organization,
        organization_id=_org_id(organization, org_start, entities, kb),
        country=_country(organization),
        mentions=tuple(Span(text=m.text, start=m.start, end=m.end) for m in d.mentions),
    )


def _org_id(
    organization: str | None, start: int | None, entities: Sequence[Entity], kb: KnowledgeBase
) -> str | None:
    """The knowledge-base id of the organisation: its entity's, else a unique look-up."""
    if organization is None:
        return None
    ent = next((e for e in entities if e.start == start and e.label == "ORG" and e.kb_id), None)
    if ent is not None and ent.text == organization:
        return ent.kb_id
    ids = kb.by_acronym(organization) or kb.by_name(organization)
    return ids[0] if len(ids) == 1 else None


def _country(organization: str | None) -> str | None:
    """ISO code of a nationality adjective ("tunisien") or of a country named ("Chypre")."""
    if organization is None:
        return None
    return demonyms().get(fold_key(organization)) or country_of(organization)
