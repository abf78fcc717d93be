"""Reconciliation: one set of non-overlapping entities from all the candidates.

The longest correct span wins where candidates overlap, in-text definitions
and knowledge-base spans winning ties over rules and the model
(:data:`~extractnews.candidate.PRIORITY`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from ..candidate import PRIORITY, Candidate
from ..intervals import Intervals
from ..kb import place_person_names
from ..orgs.lexicon import org_words
from ..records import Entity
from ..text.french import fold
from .chains import is_adjective
from .lexicon import entity_words


def _coordinated(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """The model glued several knowledge-base names into one span ("UIP et l'ONU")."""
    if len(inner) < 2:
        return False
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(inner)]
    return any(re.search(r"\bet\b|,|/|[-–—]", g) for g in gaps)


def _hyphen_pair(text: str, place: Candidate, outer: Candidate) -> bool:
    """ "Lomé-Vogan", "Abidjan-Lagos": a known place, a hyphen, another capitalised name; not
    a cardinal point, which names a part of the place ("Montréal-Nord", "Kinshasa-Est")."""
    rest = text[place.end : outer.end]
    if re.fullmatch(r"[-–][A-ZÀ-ÖØ-Þ][\w'’]+", rest) is None:
        return False
    return fold(rest[1:]) not in entity_words().cardinal_points


def _headless_place_tail(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """ "Santé du Mali": a model ORG ending in a known place, with no organisation head word."""
    if outer.label != "ORG" or not inner or inner[-1].label != "LOC" or inner[-1].end != outer.end:
        return False
    first = fold(text[outer.start : outer.end].split()[0])
    return first not in org_words().org_heads


def _known_name_and_common_words(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """ "Commission de surveillance du secteur financier et des autres autorités de régulation
    compétentes", "Fonds monétaire international conduite par": a known name the model ran on
    into lower-case words joined by "et" or "de", or that are no adjectives ("Croix-Rouge
    sénégalaise" is a name)."""
    if not inner or inner[0].start != outer.start:
        return False
    rest = text[inner[0].end : outer.end]
    joined = re.search(r"\b(?:et|de|du|des|pour|sur|à)\b", rest) is not None
    verb = any(not is_adjective(w) for w in rest.split())  # "Fonds monétaire international conduite"
    return (joined or verb) and not any(ch.isupper() for ch in rest)


_SUB_BODY = re.compile(r"(?P<head>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*")


def _sub_body_of_known(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """ "Conseil des Ministres de l'Union monétaire ouest-africaine", "Agence principale de la
    Banque centrale des États de l'Afrique de l'Ouest": an administrative unit of an organisation
    the text names in full is that organisation. An institution in its own right ("Commission de
    l'UEMOA") and a body of an acronym ("Conseil d'administration du FMI") keep their names."""
    if outer.label != "ORG" or not inner:
        return False
    known = inner[-1]
    surface = text[known.start : known.end]
    if known.end != outer.end or known.label != "ORG" or len(surface.split()) < 2:
        return False
    m = _SUB_BODY.fullmatch(text, outer.start, known.start)
    if m is None:
        return False
    head = fold(m.group("head"))
    return head in entity_words().sub_body_heads or head.split()[0] in entity_words().sub_body_heads


def _misc_around_a_rule(c: Candidate, ruled: Intervals) -> bool:
    """ "AU TITRE DU MINISTÈRE DU PÉTROLE" as MISC over the ministry a rule read: the rule's
    name, not the model's heading."""
    return c.label == "MISC" and ruled.overlaps(c.start, c.end)


def reconcile(text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Choose non-overlapping spans: longest first, then definition > kb > rule > model.

    A model span that merely coordinates several knowledge-base names is
    dropped in favour of them; a gazetteer place that is also a first name
    ("Maurice") gives way to a person span of the model.
    """
    cands = list(dict.fromkeys(candidates))
    strong = sorted((c for c in cands if c.origin in ("kb", "definition")), key=lambda c: c.start)
    strong_starts = [c.start for c in strong]
    model_people = Intervals((c.start, c.end) for c in cands if c.label == "PER" and c.origin == "model")
    ruled = Intervals((c.start, c.end) for c in cands if c.origin == "rule" and c.label == "ORG")
    keep: list[Candidate] = []
    for c in cands:
        if c.origin == "model":
            window = strong[
                bisect.bisect_left(strong_starts, c.start) : bisect.bisect_left(strong_starts, c.end)
            ]
            inner = [s for s in window if s.end <= c.end and s.length < c.length]
            keep += _model_span(text, c, inner, ruled)
            continue
        if (
            c.origin == "kb"
            and c.label == "LOC"
            and text[c.start : c.end] in place_person_names()
            and model_people.contains(c.start, c.end)
        ):
            continue
        keep.append(c)
    return _longest_first(keep)


def _model_span(text: str, c: Candidate, inner: Sequence[Candidate], ruled: Intervals) -> list[Candidate]:
    """A model span as it stands among the known names ``inner`` to it and the rules' bodies:
    kept, dropped, or cut."""
    if (
        _misc_around_a_rule(c, ruled)
        or _coordinated(text, c, inner)
        or _headless_place_tail(text, c, inner)
        or _known_name_and_common_words(text, c, inner)
        or _sub_body_of_known(text, c, inner)
    ):
        return []
    if inner and inner[0].label == "LOC" and inner[0].start == c.start and _hyphen_pair(text, inner[0], c):
        return [Candidate(inner[0].end + 1, c.end, "LOC", "model")]  # "Lomé-Vogan": two places
    return [c]


def _longest_first(keep: list[Candidate]) -> list[Candidate]:
    keep.sort(key=lambda c: (-c.length, -PRIORITY[c.origin], c.start))
    chosen: list[Candidate] = []
    taken = Intervals()
    for c in keep:
        if not taken.overlaps(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    chosen.sort(key=lambda c: c.start)
    return chosen


def to_entities(text: str, chosen: Iterable[Candidate]) -> list[Entity]:
    """The chosen candidates as entities; a road or a railway is a place whatever named it
    ("route nationale 2 (RN2)": a definition)."""
    road = entity_words().road
    return [
        Entity(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            label="LOC" if c.label == "ORG" and road.fullmatch(text, c.start, c.end) else c.label,
            origin=c.origin,
            kb_id=c.kb_id,
            reason=c.reason,
        )
        for c in chosen
    ]
