"""Roles: the title of a person and the organisation it belongs to, before or after the name.

- "M. Martin Chungong, Secrétaire général de l'UIP" (role after the name, an apposition);
- "X, alors directeur général délégué", "X, qui est également présidente de ..." (lead-in words);
- "le Directeur exécutif de l'ONUDC, Yury Fedotov", "le journaliste Yaya Dampha" (role before);
- "Président de la République du Bénin" (a head of state's fixed title; the country is the organisation);
- "la ministre française de l'Éducation" (a nationality adjective is the organisation).

Which of two persons a clause between them belongs to is decided in :mod:`.find`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..places.countries import demonyms
from ..records import Entity
from ..text.french import DATA, fold, fold_key, last_match, lookup_key
from .lexicon import is_title, people_words
from .organisation import body_named, org_phrase, place_named
from .patterns import CLAUSE_END, CONNECTOR, COORDINATION, PARENTHESISED, WORDS


@dataclass(frozen=True)
class Role:
    """A role found next to a name, with the clause it was read from."""

    role: str
    organization: str | None
    org_start: int | None
    """Offset of the organisation in the text (None when there is none)."""
    start: int
    end: int
    """Where the title starts, and the end of its clause."""


def _word(w: str) -> str:
    """A word folded, without an elided article ("l'Ambassadeur" -> "ambassadeur")."""
    return re.sub(r"^[ld]'", "", fold(w))


def title_start(clause: str) -> int | None:
    """Offset of the first job-title word in ``clause`` (after an elided article: "l'Ambassadeur"),
    with the words before it that belong to the role ("l'ancien ministre")."""
    openers = people_words().title_openers
    opener: int | None = None
    for m in WORDS.finditer(clause):
        word = m.group()
        elided = re.match(r"[lLdD]['’]", word)
        bare = word[elided.end() :] if elided else word
        at = m.start() + (elided.end() if elided else 0)
        if is_title(bare):
            return opener if opener is not None else at
        opener = (opener if opener is not None else at) if fold(bare) in openers else None
    return None


def lead_in_title(clause: str) -> int | None:
    """Where the title starts when only lead-in words come before it ("alors", "l'un des deux")."""
    t = title_start(clause)
    if t is None:
        return None
    lead_ins = people_words().role_lead_ins
    if all(fold(w) in lead_ins or _word(w) in lead_ins for w in WORDS.findall(clause[:t])):
        return t
    return None


def _fixed_title(phrase: str) -> int | None:
    """Length of a head of state's fixed title at the start of ``phrase`` ("Président du Faso")."""
    key = lookup_key(phrase)
    for title in people_words().head_of_state_titles:
        if key == title or key.startswith(title + " ") or key.startswith(title + ","):
            words = len(title.split())
            m = list(re.finditer(r"\S+", phrase))[words - 1]
            return m.end()
    return None


def _nationality(phrase: str) -> tuple[str, str] | None:
    """ "ministre française de l'Éducation" -> ("ministre de l'Éducation", "française"): an
    adjective of nationality right after the title words."""
    for m in WORDS.finditer(phrase):
        word = m.group()
        if word.islower() and fold_key(word) in demonyms():
            before = phrase[: m.start()]
            return (before + phrase[m.end() :].lstrip()).strip(" ,"), word
        if not _title_word(word):
            return None
    return None


def _title_word(word: str) -> bool:
    """A word of a title itself ("ancien", "Premier", "général"), not a connector."""
    return is_title(word) or fold(word) in _TITLE_WORDS


#: The role words that are no connector ("général", "adjoint", "ancien").
_TITLE_WORDS = people_words().role_particles - {
    fold(w) for w in (*DATA.of, *DATA.prepositions, *DATA.conjunctions, *DATA.articles)
}


def _head_of_state(
    phrase: str, start: int, entities_at: dict[int, Entity]
) -> tuple[str, str | None, int | None]:
    """ "Président de la République du Bénin" -> ("Président de la République", "Bénin")."""
    n = _fixed_title(phrase)
    assert n is not None
    role, rest = phrase[:n], phrase[n:]
    m = re.match(r"\s+", rest)
    offset = n + (m.end() if m else 0)
    word = WORDS.match(rest, m.end() if m else 0)
    if word and word.group().islower() and fold_key(word.group()) in demonyms():
        return role, word.group(), start + offset
    c = CONNECTOR.match(phrase, n)
    if c:
        place = place_named(phrase[c.end() :], start + c.end(), entities_at)
        if place:
            return role, place, start + c.end()
    # "Président du Faso": the country is inside the fixed title
    inner = list(CONNECTOR.finditer(role))
    if inner:
        place = place_named(role[inner[-1].end() :], start + inner[-1].end(), entities_at)
        if place:
            return role, place, start + inner[-1].end()
    return role, None, None


def _coordinated_title(phrase: str) -> int | None:
    """Where " et " opens a second title in ``phrase`` ("... général et Chef"), if it does."""
    for m in COORDINATION.finditer(phrase):
        following = [w.group() for w in itertools.islice(WORDS.finditer(phrase, m.end()), 1)]
        if following and is_title(following[0]):
            return m.start()
    return None


def _first_of_coordinated(org: str) -> str:
    """An organisation does not run into a second title: "Parlement X et Président du Groupe Y"."""
    for m in COORDINATION.finditer(org):
        following = [w.group() for w in itertools.islice(WORDS.finditer(org, m.end()), 1)]
        if following and is_title(following[0]):
            return org[: m.start()]
    return org


def is_sentence(phrase: str) -> bool:
    """A clause with a verb, or too long for a title: "ministres s'est tenu le mercredi ..."."""
    words = WORDS.findall(phrase)
    verbs = people_words().verbs
    return len(words) > 30 or any(w.lower().replace("’", "'") in verbs for w in words)


def _cut_at_end_word(phrase: str) -> str:
    """ "conseiller du président depuis 2008" -> "conseiller du président"."""
    m = people_words().role_ends_re.search(phrase)
    return phrase[: m.start()] if m else phrase


def _fixed_spans(phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` holds a title of several words: a head of state's ("Chef du gouvernement")
    or a compound one ("Directeur de Cabinet")."""
    spans = [m.span() for m in people_words().compound_titles_re.finditer(phrase)]
    for m in WORDS.finditer(phrase):
        if m.start() and is_title(m.group()):
            n = _fixed_title(phrase[m.start() :])
            if n is not None:
                spans.append((m.start(), m.start() + n))
    return spans


def split_role(phrase: str, start: int, entities_at: dict[int, Entity]) -> tuple[str, str | None, int | None]:
    """("Secrétaire général adjoint du BLT") -> ("Secrétaire général adjoint", "BLT", offset of "BLT")."""
    phrase = _cut_at_end_word(phrase).rstrip(" ,")
    if _fixed_title(phrase) is not None:
        return _head_of_state(phrase, start, entities_at)
    nationality = _nationality(phrase)
    if nationality is not None:
        return nationality[0], nationality[1], start + phrase.find(nationality[1])
    lex = people_words()
    fixed = _fixed_spans(phrase)
    for m in CONNECTOR.finditer(phrase):
        rest, before = phrase[m.end() :], phrase[: m.start()].strip()
        first = rest.split(maxsplit=1)  # not the whole rest at every connector
        head = _word(first[0]) if first else ""
        if is_title(head) or head == "etat" or lookup_key(rest).startswith(lex.internal_bodies):
            continue  # "Représentant spécial du Secrétaire général", "président du comité de direction"
        if any(a < m.start() < b for a, b in fixed):
            continue  # "délégué auprès du Chef du gouvernement", "Directeur de Cabinet Adjoint"
        words = before.split()
        if _to_body(rest, start + m.end(), entities_at, m.group()):
            # "Secrétaire d'État au ministère des Fonds": a body after "au", not a portfolio
            return before, org_phrase(rest, start + m.end(), entities_at, via=m.group()), start + m.end()
        if (
            (words and fold(words[-1]) in lex.portfolio_titles)
            or (len(words) > 1 and fold(words[-1]) in lex.portfolio_openers)
            or fold(before).endswith("d'etat")
        ):
            return _portfolio(phrase, m.end(), start, entities_at)
        org = org_phrase(rest, start + m.end(), entities_at, via=m.group())
        if org and _coordinated_title(before):
            # "Représentant spécial du Secrétaire général et Chef de la Mission X": the body
            # is the second title's; the first title is the person's
            return before[: _coordinated_title(before)].strip(), None, None
        if org:
            return before, _first_of_coordinated(org), start + m.end()
    return phrase, None, None


def _to_body(rest: str, offset: int, entities_at: dict[int, Entity], via: str) -> bool:
    """ "au ministère de ...", "à la Banque ...": "à" before a body (the only organisation it may
    introduce: "déléguée à l'Économie" is a portfolio)."""
    if " ".join(fold(via).split()) not in ("a", "au", "aux", "a la", "a l'"):
        return False
    return bool(org_phrase(rest, offset, entities_at, via=via))


def _portfolio(
    phrase: str, after: int, start: int, entities_at: dict[int, Entity]
) -> tuple[str, str | None, int | None]:
    """ "ministre de la Santé et de l'Action sociale du Sénégal": the portfolio is the role, a
    country after it the organisation."""
    for later in CONNECTOR.finditer(phrase, after - 1):
        if later.start() < after - 1 or re.search(r"(?:\bet|,)\s*$", phrase[: later.start() + 1]):
            continue  # "ministre des Relations internationales et de la Francophonie": the portfolio
        place = place_named(phrase[later.end() :], start + later.end(), entities_at, whole=True)
        if not place:
            place = body_named(phrase[later.end() :], start + later.end(), entities_at)
        if place:
            return phrase[: later.start()].strip(), place, start + later.end()
    return phrase, None, None


def role_after(text: str, end: int, entities_at: dict[int, Entity]) -> Role | None:
    """ "X, Directeur général de l'OMS", "X, alors directeur général délégué"; in a nomination,
    "X, Ingénieur hydraulicien, Mle 1234, est nommé Directeur général de ...", the post when the
    appositions before it are a trade, a grade or a number (a post there stays the role)."""
    apposition = _role_at(text, end, entities_at)
    link = _nomination(text, end)
    if link is None or (apposition is not None and not is_trade(apposition.role)):
        return apposition
    return _role_at(text, link, entities_at) or apposition


def is_trade(role: str) -> bool:
    """ "Ingénieur hydraulicien", "Inspecteur du Trésor", "l'économiste": a trade or a grade that
    describes a person, not a post."""
    words = WORDS.findall(role)
    return bool(words) and _word(words[0]) in people_words().professions


#: How far after a name a nomination may follow its appositions (trade, grade, matricule).
_APPOSITIONS_REACH = 200


def _nomination(text: str, end: int) -> int | None:
    """Where "est nommé" (with the comma before it) follows the name's appositions, if it does:
    only comma-parted words between, no verb, no line or sentence break."""
    m = people_words().nomination_re.search(text, end, min(len(text), end + _APPOSITIONS_REACH))
    if m is None:
        return None
    between = text[end : m.start()]
    if not between.startswith(",") or re.search(r"[;:!?\n()]|\.\s+[A-ZÀ-Ý]", between) or is_sentence(between):
        return None
    return end + len(between.rstrip().rstrip(",").rstrip())


def _role_at(text: str, end: int, entities_at: dict[int, Entity]) -> Role | None:
    m = people_words().role_link_re.match(text[end : end + 30])
    if not m:
        return None
    start = end + m.end()
    stop = CLAUSE_END.search(text, start)
    clause_end = stop.start() if stop else len(text)
    clause = text[start:clause_end]
    t = lead_in_title(clause)
    if t is None or is_sentence(clause[t:]):
        return None
    role, org, at = split_role(clause[t:], start + t, entities_at)
    return Role(role, org, at, start + t, clause_end)


def _clause_before(text: str, start: int, per_ends: list[int]) -> tuple[int, int, bool]:
    """The clause right before ``start``: its offsets, and whether a comma ends it."""
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
    return clause_start, clause_end, comma is not None


def role_before(
    text: str, start: int, entities_at: dict[int, Entity], per_ends: list[int], hops: int = 1
) -> Role | None:
    """The role in the clause before the name: "le Directeur de l'OMS, M. X", "le Premier ministre X"."""
    clause_start, clause_end, comma = _clause_before(text, start, per_ends)
    clause = text[clause_start:clause_end]
    t = _title_after_verbs(clause)
    if t is None:
        if comma and hops and _org_apposition(text, clause_start, clause):
            # "le directeur de Lux-Development, agence luxembourgeoise ..., Gaston Schwartz"
            first = role_before(text, clause_start, entities_at, per_ends, hops - 1)
            return first if first is not None and first.organization else None
        return None
    if (not comma and not _bare_title(clause[t:])) or is_sentence(clause[t:]):
        return None
    title_at, phrase_end = clause_start + t, clause_end
    if hops and text[:clause_start].endswith(","):
        first = _stacked_title(text, clause_start, entities_at, per_ends)
        if first is not None and not comma and not clause[:t].strip() and first.organization is None:
            # "le ministre de la Justice, Garde des sceaux Tayeb Louh": two titles, one role
            title_at = first.start
        elif first is not None and (not comma or not clause[:t].strip()):
            # "Le Premier ministre, Chef du Gouvernement, M. X", "Le président de la Commission
            # des finances, le député X": the first title of the stack is the role
            return Role(first.role, first.organization, first.org_start, first.start, clause_end)
    role, org, at = split_role(text[title_at:phrase_end], title_at, entities_at)
    return Role(role, org, at, title_at, clause_end)


def _title_after_verbs(clause: str) -> int | None:
    """The first title of ``clause`` after its last verb: "Le ministre a en outre signé avec le
    [président du CDR], M. X" (a title before a verb is the subject of another clause)."""
    verbs = people_words().verbs
    after = 0
    for m in WORDS.finditer(clause):
        if m.group().lower().replace("’", "'") in verbs:
            after = m.end()
    t = title_start(clause[after:])
    return None if t is None else after + t


def _stacked_title(text: str, end: int, entities_at: dict[int, Entity], per_ends: list[int]) -> Role | None:
    """The title phrase that ends at the comma before ``end`` ("Le Premier ministre, " before
    "Chef du Gouvernement"), or the one before it when this one has no article ("Le Premier
    ministre, ministre du Plan, ")."""
    clause_start, clause_end, comma = _clause_before(text, end, per_ends)
    clause = text[clause_start:clause_end]
    t = _title_after_verbs(clause)
    if not comma or t is None or is_sentence(clause[t:]) or len(WORDS.findall(clause[t:])) > 25:
        return None
    title_at = clause_start + t
    if not clause[:t].strip() and text[:clause_start].endswith(","):
        earlier = _stacked_title(text, clause_start, entities_at, per_ends)
        if earlier is not None:
            return earlier
    role, org, at = split_role(text[title_at:clause_end], title_at, entities_at)
    return Role(role, org, at, title_at, clause_end)


def _org_apposition(text: str, clause_start: int, clause: str) -> bool:
    """ "le directeur de Lux-Development, agence luxembourgeoise de coopération, Gaston Schwartz":
    a short apposition of the organisation, in lower case, between the role and the name."""
    return (
        len(clause.split()) <= 8
        and re.match(r"\s*(?:(?:l['’]|la |le |les |une? )?[a-zà-ÿ])", clause) is not None
        and text[:clause_start].endswith(",")
    )


def _bare_title(phrase: str) -> bool:
    """ "Premier ministre ", "président en exercice de l'UA ": a title right before a name, no verb."""
    lex = people_words()
    words = phrase.split()
    if not words or len(words) > 8:
        return False
    for word in words:
        w = fold(word)
        if word[:1].isupper() or is_title(word) or w in lex.role_particles or lex.adjective_re.fullmatch(w):
            continue
        if re.fullmatch(r"(?:l|d)'\w+", w):
            continue
        return False
    return True
