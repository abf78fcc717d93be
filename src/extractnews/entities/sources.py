"""Entity candidates besides the model's: people after an honorific, knowledge-base hits."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace

from ..candidate import Candidate
from ..kb import Hit, KnowledgeBase, OrgEntry, label_of
from ..orgs.lexicon import org_words
from ..people.lexicon import is_plural_title, is_title, people_words
from ..places import country_of
from ..places.countries import demonyms
from ..structure.sections import is_furniture
from ..text.french import DATA, fold, fold_key
from .labels import dated_programme, title_initial
from .lexicon import entity_words
from .patterns import (
    CAPITALISED_OF_BEFORE,
    CAPITALS_WORD,
    MARRIED_NAME,
    NAME_PART,
    NAME_WITH_CAPITALS,
    PERSON_AFTER_HONORIFIC,
    WORD_BEFORE,
)
from .precision import in_capitals_line


def honorific_people(text: str) -> list[Candidate]:
    """ "M. Martin Chungong", "Mme Amal Al Qubaisi": the name after an honorific is a person."""
    out = []
    for m in people_words().honorific_re.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # "PRESSE\n\nLe": "SE" ends a word, it is no "S.E."
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
        if fold(surface) in _FUNCTION_WORDS:
            continue  # "M.\nLe ministre": an article opens the next sentence
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


def _surname_in_capitals(word: str, kb: KnowledgeBase) -> bool:
    """ "SAWADOGO", "BETY": capitals, a vowel, neither a known acronym nor a legal form ("SA")."""
    return (
        len(word) >= 2
        and word.isupper()
        and "." not in word
        and re.search(r"[AEIOUYÀ-ÖØ-Ý]", word) is not None
        and word not in people_words().not_surnames
        and word not in org_words().acronym_stoplist
        and not kb.by_acronym(word)
        and not kb.is_place(word)
    )


def _common_word(word: str) -> bool:
    """A capitalised word that is no first name: a title, a head noun, a function word."""
    w = fold(word)
    orgs = org_words()
    return (
        is_title(word)
        or w in orgs.org_heads
        or w in orgs.misc_heads
        or w in entity_words().generic_heads
        or w in _FUNCTION_WORDS
    )


_FUNCTION_WORDS = frozenset(
    fold(w)
    for w in (
        *DATA.articles,
        *DATA.of,
        *DATA.prepositions,
        *DATA.conjunctions,
        *DATA.determiners,
        *DATA.function_words,
    )
)


def _name_with_capitals(text: str, m: re.Match[str], kb: KnowledgeBase) -> tuple[int, int, list[str]] | None:
    """The span of a name with a surname in capitals inside ``m``, and those surnames."""
    parts = list(NAME_PART.finditer(text, m.start(), m.end()))
    lex = people_words()
    while parts and (
        fold(parts[0].group()) in lex.not_first_names or lex.honorific_re.fullmatch(parts[0].group() + " ")
    ):
        parts.pop(0)  # "Selon KABORE", "Monsieur Issa COULIBALY"
    words = [p.group() for p in parts]
    caps = [w for w in words if _surname_in_capitals(w, kb)]
    names = [w for w in words if w[:1].isupper() and not w.isupper() and "." not in w]
    if not caps or not names or any(_common_word(w) for w in names):
        return None
    if any(w.isupper() and w not in caps for w in words if len(w) > 1 and "." not in w):
        return None  # another word in capitals is an acronym: "CELTEL Niger SA"
    if any(country_of(w) or kb.is_place(w) for w in words[words.index(caps[0]) + 1 :] if w in names):
        return None  # "CELTEL Niger": a body and its country
    return parts[0].start(), parts[-1].end(), caps


def _used_as_acronym(text: str, word: str) -> bool:
    """ "(PNDES)", "le PNDES", "l'UEMOA": the text treats the word as an acronym, not a surname."""
    return f"({word})" in text or re.search(rf"(?:{_ARTICLE_BEFORE}){re.escape(word)}\b", text) is not None


#: An article or a contracted article right before a word: names take none.
_ARTICLE_BEFORE = r"\b(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s+|\b[Ll]['’]"


def capitalised_surname_people(text: str, kb: KnowledgeBase) -> list[Candidate]:
    """Names with a surname in capitals, "Filiga Michel SAWADOGO", "BETY Aichatou Habibou Oumani",
    and the later mentions of such a surname alone ("SAWADOGO a rappelé")."""
    out: list[Candidate] = []
    surnames: set[str] = set()
    for m in NAME_WITH_CAPITALS.finditer(text):
        found = _name_with_capitals(text, m, kb)
        if found is None or is_furniture(text, found[0], found[1]):
            continue
        if any(_used_as_acronym(text, w) for w in found[2]):
            continue
        out.append(Candidate(found[0], found[1], "PER", "rule"))
        surnames.update(w for w in found[2] if len(w) >= 3)
    for word in surnames:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
            if not any(c.start <= m.start() < c.end for c in out):
                out.append(Candidate(m.start(), m.end(), "PER", "rule"))
    return out


def surnames_are_people(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "António Guterres ... Guterres a appelé": a model's place or body that is the surname of a
    person named in the document is that person."""
    surnames = set()
    for c in chosen:
        words = text[c.start : c.end].split()
        if c.label == "PER" and len(words) >= 2 and words[-1][:1].isupper():
            surnames.add(words[-1])
    return [
        replace(c, label="PER")
        if c.origin == "model" and c.label != "PER" and text[c.start : c.end] in surnames
        else c
        for c in chosen
    ]


def later_surnames(text: str, chosen: list[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """ "Pierre-Yves Delvaux … le Ministre Delvaux": a later surname alone that nothing else
    covers is the person's mention, when one person of the document bears it and it is neither a
    place nor a common word ("George Washington … à Washington" stays a place)."""
    owners: dict[str, int] = {}
    for c in chosen:
        words = text[c.start : c.end].split()
        if c.label == "PER" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper():
            owners[words[-1]] = owners.get(words[-1], 0) + 1
    taken = sorted((c.start, c.end) for c in chosen)
    out = list(chosen)
    for surname, count in owners.items():
        if count > 1 or _common_word(surname) or kb.is_place(surname) or kb.by_acronym(surname):
            continue
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w'’-])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Candidate(m.start(), m.end(), "PER", "rule"))
    return sorted(out, key=lambda c: (c.start, c.end))


def married_names(text: str, cands: Iterable[Candidate], kb: KnowledgeBase) -> list[Candidate]:
    """ "Aminata KABORÉ/TRAORÉ", "Marie-Claire MBADINGA épouse NZÉ", "Odile Bikoro née Ondo": a
    woman's name with her married or maiden name after a slash, "épouse" or "née" is one name
    (a slash before a body or a place, "Awa Ba/PAM", "Awa Ba/Dakar", joins no name)."""
    out = []
    for c in cands:
        m = MARRIED_NAME.match(text, c.end) if c.label == "PER" else None
        if m is None:
            continue
        after = m.group("slash")
        if after and not (
            _surname_in_capitals(after, kb)
            if after.isupper()
            else not (kb.by_acronym(after) or kb.is_place(after) or country_of(after))
        ):
            continue
        out.append(Candidate(c.start, m.end(), "PER", "rule", reason="married_name"))
    return out


def titled_surnames(text: str, kb: KnowledgeBase) -> list[Candidate]:
    """ "le ministre NSENGIYUMVA", "la Présidente KAMBIRÉ": a surname in capitals right after a
    title word in the singular, written in lower or title case, is a person, unless the text uses it
    as an acronym ("les enseignants FRAM")."""
    out = []
    for m in CAPITALS_WORD.finditer(text):
        word = m.group()
        before = WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        title = before.group(1) if before else ""
        if not is_title(title) or title.isupper() or is_plural_title(title):
            continue
        if is_title(word) or fold(word) in people_words().role_particles or fold_key(word) in demonyms():
            continue
        if _surname_in_capitals(word, kb) and not _used_as_acronym(text, word) and not country_of(word):
            out.append(Candidate(m.start(), m.end(), "PER", "rule", reason="titled_surname"))
    return out


def joined_people(text: str, model: Iterable[Candidate]) -> list[Candidate]:
    """Two person spans with only a space between them are one name: "Jean jaques" + "Urvoas"."""
    people = sorted((c for c in model if c.label == "PER"), key=lambda c: c.start)
    out = []
    for a, b in itertools.pairwise(people):
        if b.start > a.end and text[a.end : b.start] in (" ", "\u00a0"):
            out.append(Candidate(a.start, b.end, "PER", "rule"))
    return out


def _official_keys(org: OrgEntry) -> set[str]:
    """The folded names and acronyms of ``org``: "Sonabel" is its acronym written as a word."""
    return {fold_key(n) for n in (org.name_fr, org.name_en or "", *org.acronyms_fr, *org.acronyms_en)}


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
        if h.kind == "acronym" and (
            _function_word_in_capitals(text, h.start, h.end) or title_initial(text, h.start, h.end)
        ):
            continue  # "AU TITRE DE": the preposition; "PDG de la Sonabel": a title
        if h.kind == "acronym" and dated_programme(text, h.start, h.end):
            out.append(Candidate(h.start, h.end, "MISC", "kb"))  # "PND 2025-2029": a plan
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
            and fold_key(surface) not in _official_keys(org)
            and CAPITALISED_OF_BEFORE.search(text, max(0, h.start - 60), h.start)
        ):
            continue
        out.append(Candidate(h.start, h.end, label_of(org), "kb", None if h.ambiguous else h.key))
    return out


def dateline_places(
    text: str, cands: Iterable[Candidate], start: int, end: int, places: Iterable[str]
) -> list[Candidate]:
    """The places of a dateline ("Port-Vila, le 14 mars 2025 –", "GENÈVE/NEW YORK, le …") are
    places, whatever the model said of them: ``cands`` with those in ``[start, end)`` relabelled."""
    named = set(places)
    return [
        replace(c, label="LOC", reason="dateline_place")
        if start <= c.start
        and c.end <= end
        and c.label in ("ORG", "PER", "MISC")
        and c.origin == "model"
        and text[c.start : c.end] in named
        else c
        for c in cands
    ]
