"""Roles: the title of a person and the organisation it belongs to, before or after the name.

- "M. Martin Chungong, Secrétaire général de l'UIP" (role after the name);
- "le Directeur exécutif de l'ONUDC, Yury Fedotov" (role before the name);
- "la Présidente du Parlement X et Présidente du Groupe Y, Mme Amal Al Qubaisi"
  (the first of coordinated roles);
- "le Premier ministre éthiopien" (a nationality adjective stands for the country).
"""

from __future__ import annotations

import bisect
import re

from ..records import Entity
from ..text.french import DATA, fold, last_match
from .lexicon import people_words
from .patterns import CLAUSE_END, OF_CAPITAL, PARENTHESISED, WORDS


def title_start(clause: str) -> int | None:
    """Offset of the first job-title word in ``clause``."""
    titles = people_words().titles
    for m in WORDS.finditer(clause):
        word = fold(m.group())
        if word in titles or word.split("-")[0] in titles:  # "responsable-pays", "directrice-adjointe"
            return m.start()
    return None


def _first_role(phrase: str) -> str:
    """Cut coordinated roles: "Présidente du X et Présidente du Y" -> the first."""
    titles = people_words().titles
    for m in re.finditer(r"\s+et\s+", phrase):
        following = [fold(w) for w in WORDS.findall(phrase[m.end() :])[:2]]
        if any(w in titles for w in following):
            return phrase[: m.start()]
    return phrase


def _org_phrase(rest: str, entities_at: dict[int, Entity], offset: int) -> str:
    """The organisation named at the start of ``rest`` (an entity, or capitalised words)."""
    ent = entities_at.get(offset)
    if ent is not None:
        return ent.text
    out: list[str] = []
    for m in re.finditer(r"\S+", rest):
        word = m.group()
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or (fold(word) in {"de", "du", "des", "d'", "l'", "la", "et", "pour", "sur", "a", "en"} and out)
            or (re.match(r"[dl]['’][A-ZÀ-Ö]", word) and out)
        ):
            out.append(word)
        else:
            break
    while out and not (out[-1][:1].isupper() or re.match(r"[dl]['’][A-ZÀ-Ö]", out[-1])):
        out.pop()
    return " ".join(out)


def split_role(phrase: str, start: int, entities_at: dict[int, Entity]) -> tuple[str, str | None]:
    """("Secrétaire général adjoint du BLT") -> ("Secrétaire général adjoint", "BLT")."""
    phrase = _first_role(phrase).strip()
    lex = people_words()
    titles = lex.titles
    for m in OF_CAPITAL.finditer(phrase):
        rest = phrase[m.end() :]
        first = fold(rest.split()[0])
        if first in titles or first == "etat":
            continue  # "Représentant spécial du Secrétaire général", "Secrétaire d'État": still the role
        if fold(phrase[: m.start()].strip()) in lex.portfolio_titles:
            # "ministre de la Santé et de l'Action sociale": the portfolio is the role, and
            # a country after it ("... du Budget du Sénégal") is the organisation
            here = entities_at.get(start + m.end())
            if here is not None and here.label == "LOC":
                return phrase[: m.start()].strip(), here.text  # "ministre du Mali"
            for later in OF_CAPITAL.finditer(phrase, m.end()):
                place = entities_at.get(start + later.end())
                if place is not None and place.label == "LOC":
                    return phrase[: later.start()].strip(), place.text
            return phrase, None
        org = _org_phrase(rest, entities_at, start + m.end())
        if org:
            return phrase[: m.start()].strip(), org
    words = phrase.split()
    suffixes = people_words().nationality_suffixes
    if (
        len(words) >= 2
        and fold(words[-2]) not in _LINK_WORDS  # "chargée de communication": not an adjective
        and words[-1].islower()
        and fold(words[-1]).endswith(tuple(fold(s) for s in suffixes))
        and fold(words[-1]) not in people_words().role_particles
    ):
        return " ".join(words[:-1]), words[-1]
    return phrase, None


_LINK_WORDS = frozenset(fold(w) for w in (*DATA.of, *DATA.prepositions, *DATA.articles, *DATA.elisions))
"""Words after which a lower-case word is a complement, never a nationality adjective."""


def role_after(text: str, end: int, entities_at: dict[int, Entity]) -> tuple[str, str | None] | None:
    m = re.match(r",\s*(?:(?:le|la|l['’])\s*)?", text[end : end + 10])
    if not m:
        return None
    start = end + m.end()
    stop = CLAUSE_END.search(text, start)
    clause = text[start : stop.start() if stop else len(text)]
    if title_start(clause) != 0:
        return None
    return split_role(clause, start, entities_at)


def role_before(
    text: str, start: int, entities_at: dict[int, Entity], per_ends: list[int]
) -> tuple[str, str | None] | None:
    """The role in the clause before the name: "le Directeur de l'OMS, M. X", "le Premier ministre X"."""
    floor = max(0, start - 400)
    # "(UNFPA)" after the organisation's name does not end the clause
    window = PARENTHESISED.sub(lambda m: " " * len(m.group()), text[floor:start])
    comma = re.search(r",\s*$", window)
    clause_end = floor + comma.start() if comma else start
    last = last_match(CLAUSE_END, window, 0, clause_end - floor)
    clause_start = floor + last.end() if last else floor
    # nor does a clause reach back over another person: "le ministre X et la directrice ..., Mme Y"
    i = bisect.bisect_left(per_ends, clause_end) - 1
    if i >= 0 and per_ends[i] > clause_start:
        clause_start = per_ends[i]
    clause = text[clause_start:clause_end]
    t = title_start(clause)
    if t is None:
        return None
    if not comma and not _bare_title(clause[t:]):
        return None
    # the clause is someone else's apposition: "X, Secrétaire général de l'UIP, M. Y"
    back = text[:clause_start].rstrip()
    opens_with_title = not re.sub(r"^\s*(?:(?:le|la|les)\s+|l['’])?", "", clause[:t])
    if opens_with_title and back.endswith(",") and len(back) - 1 in set(per_ends):
        return None
    return split_role(clause[t:], clause_start + t, entities_at)


def _bare_title(phrase: str) -> bool:
    """ "Premier ministre ", "président en exercice de l'UA ": a title right before a name, no verb."""
    lex = people_words()
    words = phrase.split()
    if not words or len(words) > 8:
        return False
    for word in words:
        w = fold(word)
        if word[:1].isupper() or w in lex.titles or w in lex.role_particles or lex.adjective_re.fullmatch(w):
            continue
        if re.fullmatch(r"(?:l|d)'\w+", w):
            continue
        return False
    return True
