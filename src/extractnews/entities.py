"""Entity repair and reconciliation: statistical NER + knowledge base + rules.

Pure functions over the document text and plain spans, so they are tested
without a model. The flow is:

1. :func:`clean_model_span` repairs each span of the statistical NER (no
   honorifics or titles in names, no leading article, no dangling "de l'",
   no page furniture, no sentence-initial imperative);
2. :func:`honorific_people` finds "M. Prénom Nom" even where the model did not;
3. :func:`reconcile` keeps the longest correct span where candidates overlap,
   knowledge-base and in-text definition spans winning ties over the model.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .intervals import Intervals
from .kb import MISC_TYPES, Hit, KnowledgeBase, place_person_names
from .lexicon import lexicon
from .records import Entity, Origin
from .structure import line_kind
from .text import acronym_like, fold, fold_key, line_of

Label = str  # "PER" | "ORG" | "LOC" | "MISC"

_PRIORITY = {"definition": 3, "kb": 2, "rule": 1, "model": 0}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: Label
    origin: Origin
    kb_id: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


# capitalised articles too: a place such as "Le Caire" is whole in the knowledge base, which wins
_LEADING_ARTICLE = re.compile(
    r"(?:[LlDd]['’]\s*|(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Dd]e\s+la|[Dd]e\s+l['’])\s+)"
)
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:de\s+la|de|du|des|d['’]|de\s+l['’]|l['’]|et|à|au|aux|en|sur|pour|dans|contre|avec|le|la|les)"
    r"|\s*[,;:(\-–—/]|\s*l['’]|\s*d['’])+\s*$"
)
_DEMONSTRATIVE_TAIL = re.compile(
    r"\s(?:de|du|des|d['’]|à|pour)\s*(?:cette|ce|cet|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos)\b.*$"
)
_WORD = re.compile(r"[\w'’.-]+")
_DEMONYM = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*(?:ais|aises|ois|oises|iens|iennes|ains|aines|éens|éennes|ites)")
_COUNTED = re.compile(r"(?:\d|\b(?:les|des|aux|nombreux|plusieurs|milliers\s+de|millions\s+de))\s*$")
_ORDINAL = re.compile(r"\d+(?:e|ème|eme|er|re|ère)\s+")
_PORTFOLIO_BEFORE = re.compile(r"\b[Mm]inistre\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[^,.;:()\n]{0,60}$")
_NATIONALITY_AFTER = re.compile(r"[ \u00a0]([a-zàâçéèêëîïôûù]+)(?![\w'’-])")
_NAME_PARTICLES = (
    "de|da|di|do|dos|das|du|van|von|der|den|ter|al|Al|el|El|ben|Ben|bin|ibn|ould|Ould|le|la|Le|La|y|e"
)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?|[A-ZÀ-ÖØ-Þ]\.)"
_PERSON_AFTER_HONORIFIC = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0](?:(?:{_NAME_PARTICLES})[ \u00a0])?{_NAME_WORD}){{0,5}})"
)


def is_furniture(text: str, start: int, end: int) -> bool:
    """The span sits on a navigation, share or photo-credit line."""
    return line_kind(line_of(text, start, end)) in ("navigation", "credit")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or not before.strip() or before.rstrip()[-1:] in ".!?:»\n"


def strip_honorifics(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Move ``start`` past leading honorifics; return it and the honorific as written."""
    m = lexicon().honorific_re.match(text, start, end)
    if not m or m.end() >= end:
        return start, None
    return m.end(), text[start : m.end()].strip()


def clean_model_span(text: str, start: int, end: int, label: Label) -> Candidate | None:
    """Repair one span of the statistical NER, or drop it (None)."""
    lex = lexicon()
    if "\n" in text[start:end] or is_furniture(text, start, end):
        return None
    while True:
        m = _LEADING_ARTICLE.match(text, start, end)
        if not m or m.end() >= end:
            break
        start = m.end()
    m = _ORDINAL.match(text, start, end)
    if m and m.end() < end:
        start = m.end()  # "74e Assemblée mondiale de la Santé" -> "Assemblée mondiale de la Santé"
    start, honorific = strip_honorifics(text, start, end)
    if honorific and label != "PER":
        label = "PER"
    words = _WORD.findall(text[start:end])
    if not words:
        return None
    first = fold(words[0]).strip(".")
    if first in lex.titles:
        if label == "PER":
            return None
        # "Présidente du Parlement X" -> "Parlement X"; a bare title is dropped
        m = re.search(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?=[A-ZÀ-Ö])", text[start:end])
        if not m:
            return None
        start += m.end()
        label = "ORG"
        head = fold(text[start:end].split()[0])
        if head in lex.titles or head not in lex.org_heads:
            # "Représentant spécial du Secrétaire général": titles all the way;
            # "Haut-Commissaire des Nations Unies pour les réfugiés": no organisation named
            return None
    m = _DEMONSTRATIVE_TAIL.search(text, start, end)
    if m and label != "PER":
        end = m.start()  # "Commission de cette organisation" -> "Commission"
    m = _TRAILING_JUNK.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    # no stray punctuation at either end ("Awa Diop &"), but keep an initial's full stop
    while end > start and not text[end - 1].isalnum() and not re.search(r"\b[A-Z]\.$", text[start:end]):
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    surface = text[start:end]
    folded = fold(surface).strip()
    if not surface.strip() or folded in lex.generic_heads or folded.rstrip(" :") in lex.furniture_labels:
        return None
    if " " not in surface and fold(surface) in lex.imperatives and _sentence_initial(text, start):
        return None
    if not any(c.isupper() for c in surface):
        return None  # "veuillez" as a place
    if label == "PER" and fold(surface.split()[0]).strip(".") in lex.titles:
        return None
    parts = [p for p in re.split(r"[\s-]+", surface) if p]
    if all(p.upper() in lex.acronym_stoplist or p.isdigit() for p in parts):
        return None  # "COVID", "TPE-PME"
    if label in ("LOC", "PER") and len(parts) == 1 and acronym_like(surface):
        label = "ORG"  # an unknown acronym is an organisation far more often than a place
    if (
        label in ("LOC", "ORG")
        and len(parts) == 1
        and _DEMONYM.fullmatch(surface)
        and _COUNTED.search(text, max(0, start - 25), start)
    ):
        return None  # "400 000 Soudanais", "les Maliens": people, not a place
    if label == "LOC" and fold(parts[0]) in lex.org_heads and len(parts) > 1:
        label = "ORG"  # "Gouvernement allemand", "Banque centrale du Congo"
    if label != "PER" and _PORTFOLIO_BEFORE.search(text, max(0, start - 80), start):
        return None  # "ministre de la Santé et de l'Action sociale": a portfolio, not a body
    if label == "ORG":
        m = _NATIONALITY_AFTER.match(text, end)
        word = fold(m.group(1)) if m else ""
        if m and len(parts) <= 3 and len(word) >= 6 and word.endswith(lex.org_adjective_suffixes):
            end = m.end()  # "Croix-Rouge sénégalaise", "Police nationale"
            surface = text[start:end]
    if label != "PER" and _appositive_person(text, start, end, parts):
        label = "PER"
    return Candidate(start, end, relabel_misc(surface, label), "model")


def relabel_misc(surface: str, label: Label) -> Label:
    """Names of events, treaties, strategies and goals are MISC, not organisations."""
    if label not in ("ORG", "LOC"):
        return label
    folded = fold(surface)
    heads = lexicon().misc_heads
    first = folded.split()[0] if folded.split() else ""
    if first in heads or any(folded.startswith(h + " ") for h in heads if " " in h):
        return "MISC"
    return label


def _appositive_person(text: str, start: int, end: int, parts: Sequence[str]) -> bool:
    """ "Tedros Adhanom Ghebreyesus, Directeur général de l'OMS": a name before a title."""
    lex = lexicon()
    if not 2 <= len(parts) <= 5 or not all(p[:1].isupper() for p in parts):
        return False
    if any(fold(p) in lex.org_heads or fold(p) in lex.misc_heads for p in parts):
        return False
    m = re.match(r",\s*(?:(?:le|la)\s+|l['’])?([\w-]+)", text[end : end + 40])
    return bool(m and fold(m.group(1)) in lex.titles)


def honorific_people(text: str) -> list[Candidate]:
    """ "M. Martin Chungong", "Mme Amal Al Qubaisi": the name after an honorific is a person."""
    out = []
    for m in lexicon().honorific_re.finditer(text):
        name = _PERSON_AFTER_HONORIFIC.match(text, m.end())
        if not name:
            continue
        start, end = name.span()
        # a trailing initial or title word is not part of the name
        surface = text[start:end]
        # a full stop after a word longer than an initial ends the sentence: "M. Fam. Le ..."
        cut = re.search(r"[\w'’-]{2,}\.", surface)
        if cut:
            surface = surface[: cut.end() - 1]
        while surface and fold(surface.split()[-1]).strip(".") in lexicon().titles:
            surface = surface.rsplit(None, 1)[0] if " " in surface else ""
        if surface and surface[-1] == "." and not re.search(r"\b[A-Z]\.$", surface):
            surface = surface[:-1]
        if surface and not is_furniture(text, start, start + len(surface)):
            out.append(Candidate(start, start + len(surface), "PER", "rule"))
    return out


_OF_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:des|du|de\s+la|de\s+l['’]|d['’])\s*$")


def kb_candidates(hits: Iterable[Hit], text: str, kb: KnowledgeBase) -> list[Candidate]:
    """Entity candidates from knowledge-base hits.

    A short variant that completes a longer unknown name is left to that
    name ("Conférence des Nations Unies ..."), goals are MISC, and nothing is
    taken from navigation or credit lines.
    """
    out = []
    for h in hits:
        if is_furniture(text, h.start, h.end):
            continue
        if h.kind == "place":
            out.append(Candidate(h.start, h.end, "LOC", "kb"))
            continue
        org = kb.orgs[h.key]
        surface = text[h.start : h.end]
        if (
            h.kind == "name"
            and len(surface.split()) <= 2
            and fold_key(surface) not in (fold_key(org.name_fr), fold_key(org.name_en or ""))
            and _OF_CAPITALISED.search(text, max(0, h.start - 60), h.start)
        ):
            continue
        label = "MISC" if org.type in MISC_TYPES else "ORG"
        out.append(Candidate(h.start, h.end, label, "kb", h.key))
    return out


def _coordinated(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """The model glued several knowledge-base names into one span ("UIP et l'ONU")."""
    if len(inner) < 2:
        return False
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(inner)]
    return any(re.search(r"\bet\b|,|/|[-–—]", g) for g in gaps)


def _hyphen_pair(text: str, place: Candidate, outer: Candidate) -> bool:
    """ "Lomé-Vogan", "Abidjan-Lagos": a known place, a hyphen, another capitalised name."""
    rest = text[place.end : outer.end]
    return re.fullmatch(r"[-–][A-ZÀ-ÖØ-Þ][\w'’]+", rest) is not None


def _headless_place_tail(text: str, outer: Candidate, inner: Sequence[Candidate]) -> bool:
    """ "Santé du Mali": a model ORG ending in a known place, with no organisation head word."""
    if outer.label != "ORG" or not inner or inner[-1].label != "LOC" or inner[-1].end != outer.end:
        return False
    first = fold(text[outer.start : outer.end].split()[0])
    return first not in lexicon().org_heads


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
    keep: list[Candidate] = []
    for c in cands:
        if c.origin == "model":
            window = strong[
                bisect.bisect_left(strong_starts, c.start) : bisect.bisect_left(strong_starts, c.end)
            ]
            inner = [s for s in window if s.end <= c.end and s.length < c.length]
            if _coordinated(text, c, inner) or _headless_place_tail(text, c, inner):
                continue
            if (
                inner
                and inner[0].label == "LOC"
                and inner[0].start == c.start
                and _hyphen_pair(text, inner[0], c)
            ):
                keep.append(Candidate(inner[0].end + 1, c.end, "LOC", "model"))  # "Lomé-Vogan": two places
                continue
        if (
            c.origin == "kb"
            and c.label == "LOC"
            and text[c.start : c.end] in place_person_names()
            and model_people.contains(c.start, c.end)
        ):
            continue
        keep.append(c)
    keep.sort(key=lambda c: (-c.length, -_PRIORITY[c.origin], c.start))
    chosen: list[Candidate] = []
    taken = Intervals()
    for c in keep:
        if not taken.overlaps(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    chosen.sort(key=lambda c: c.start)
    return chosen


def to_entities(text: str, chosen: Iterable[Candidate]) -> list[Entity]:
    return [
        Entity(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            label=c.label,
            origin=c.origin,
            kb_id=c.kb_id,
        )
        for c in chosen
    ]
