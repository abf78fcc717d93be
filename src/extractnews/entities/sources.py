"""Entity candidates besides the model's: people after an honorific, knowledge-base hits."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..candidate import Candidate
from ..kb import Hit, KnowledgeBase, label_of
from ..people.lexicon import people_words
from ..structure.sections import is_furniture
from ..text.french import DATA, fold, fold_key
from .lexicon import entity_words
from .patterns import CAPITALISED_OF_BEFORE, PERSON_AFTER_HONORIFIC
from .precision import in_capitals_line


def honorific_people(text: str) -> list[Candidate]:
    """ "M. Martin Chungong", "Mme Amal Al Qubaisi": the name after an honorific is a person."""
    out = []
    for m in people_words().honorific_re.finditer(text):
        name = PERSON_AFTER_HONORIFIC.match(text, m.end())
        if not name:
            continue
        start, end = name.span()
        # a trailing initial or title word is not part of the name
        surface = text[start:end]
        # a full stop after a word longer than an initial ends the sentence: "M. Fam. Le ..."
        cut = re.search(r"[\w'’-]{2,}\.", surface)
        if cut:
            surface = surface[: cut.end() - 1]
        while surface and fold(surface.split()[-1]).strip(".") in people_words().titles:
            surface = surface.rsplit(None, 1)[0] if " " in surface else ""
        if surface and surface[-1] == "." and not re.search(r"\b[A-Z]\.$", surface):
            surface = surface[:-1]
        if surface and not is_furniture(text, start, start + len(surface)):
            out.append(Candidate(start, start + len(surface), "PER", "rule"))
    return out


def _function_word_in_capitals(text: str, start: int, end: int) -> bool:
    """ "AU TITRE DE LA RÉFORME": in a line in capitals, "AU" is the preposition, not the African Union."""
    word = fold(text[start:end])
    small = (*DATA.function_words, *DATA.prepositions, *DATA.articles, *DATA.conjunctions)
    return word in small and in_capitals_line(text, start, end)


def _title_or_generic(surface: str, kind: str) -> bool:
    """ "Premier ministre", "Président de la République": an executive's title is a role, not a
    body; "Gouvernement", "Parlement" alone name no one body."""
    words = fold(surface).split()
    if not words or " ".join(words) in entity_words().generic_heads:
        return True
    return kind == "executive" and words[0] in people_words().titles


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
        if h.kind == "acronym" and _function_word_in_capitals(text, h.start, h.end):
            continue
        if h.kind == "place":
            out.append(Candidate(h.start, h.end, "LOC", "kb"))
            continue
        org = kb.orgs[h.key]
        surface = text[h.start : h.end]
        if h.kind == "name" and _title_or_generic(surface, org.type):
            continue
        if (
            h.kind == "name"
            and len(surface.split()) <= 2
            and fold_key(surface) not in (fold_key(org.name_fr), fold_key(org.name_en or ""))
            and CAPITALISED_OF_BEFORE.search(text, max(0, h.start - 60), h.start)
        ):
            continue
        out.append(Candidate(h.start, h.end, label_of(org), "kb", None if h.ambiguous else h.key))
    return out
