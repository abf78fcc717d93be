"""The organisation or country a title belongs to, read at the start of the words after it.

- "de l'UIP", "du Fonds des Nations Unies pour la population": an entity, or a run of
  capitalised words with their connectors and adjectives ("Ministère des Affaires
  étrangères et européennes de la République française");
- "du conseil national de régulation ...", "de la section canadienne", "au lycée Koné":
  a body written in lower case, when its head noun is followed by an adjective or a name;
- "de Chypre", "du Burkina Faso": a country, for heads of state and ministers.
"""

from __future__ import annotations

import re

from ..orgs.lexicon import org_words
from ..places import country_of
from ..places.countries import demonyms
from ..records import Entity
from ..text.french import DATA, acronym_like, fold, fold_key
from .lexicon import is_title, people_words

#: Words that join the words of a name ("Banque africaine de développement", "Bank of the West").
_JOINS = frozenset(
    {"de", "du", "des", "d'", "l'", "la", "le", "les", "et", "pour", "sur", "of", "the", "and", "for"}
)
_WORD = re.compile(r"\S+")
#: After an article comes a noun, not an adjective: "pour les réfugiés".
_ARTICLES = frozenset({"le", "la", "les", "l'"})
_PREPOSITIONS = frozenset(fold(w) for w in (*DATA.prepositions, "à", "dans"))
#: Continents and regions that a body's office is "pour": "UNICEF pour l'Afrique de l'Ouest".
_CONTINENTS = frozenset(
    {"afrique", "europe", "asie", "amerique", "ameriques", "oceanie", "moyen-orient", "maghreb", "sahel"}
)
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
_DETERMINERS = frozenset(fold(w) for w in DATA.determiners)


def _elided_capital(word: str) -> bool:
    return re.match(r"[dlDL]['’][A-ZÀ-ÖØ-Þ]", word) is not None


def _adjective(word: str, following: str = "") -> bool:
    """A lower-case adjective that completes a name ("nationale", "étrangères", "intégrée"), not
    a participle that opens a complement ("chargé de ...", "basée à ...")."""
    if not word.islower():
        return False
    if fold_key(word) in demonyms():
        return True
    if _PARTICIPLE.search(word):
        # "chargé de la communication", "basée à ...": a complement in lower case follows
        head, _, rest = following.partition(" ")
        return fold(head) not in _JOINS | _PREPOSITIONS or rest[:1].isupper() or _elided_capital(rest)
    return bool(people_words().adjective_re.fullmatch(fold(word)))


def _place_follows(words: list[str]) -> bool:
    """ "le Cameroun", "l'Afrique de l'Ouest": a country or a region after an article."""
    names = [re.sub(r"^[lL]['’]", "", w) for w in words if fold(w) not in ("le", "la", "les")]
    names = [w for w in names if w]
    return bool(names) and (country_of(names[0]) is not None or fold(names[0]) in _CONTINENTS)


def _capital_run(rest: str) -> str:
    """The capitalised words at the start of ``rest``, with their connectors and adjectives."""
    out: list[str] = []
    words = _WORD.findall(rest)
    for i, word in enumerate(words):
        f = fold(word)
        if f == "et" and i + 1 < len(words) and is_title(words[i + 1]):
            break  # "Parlement X et Président du Groupe Y"
        if word.startswith("(") or people_words().honorific_re.fullmatch(word + " "):
            break  # "(CNRCEP)", "... et de S.E. M. X"
        if f in ("pour", "for") and _place_follows(words[i + 1 : i + 5]):
            break  # "Banque mondiale pour le Cameroun": the body, not its country office
        following = " ".join(w for w in words[i + 1 : i + 4] if fold(w) not in _ARTICLES)
        bare = word.rstrip(",")
        if bare != word and bare.islower() and not _enumeration(words[i + 1 : i + 3]):
            break  # a comma after a word in lower case ends the name
        if (
            word[:1].isupper()
            or word[:1].isdigit()
            or (out and (_elided_capital(word) or f in _JOINS))
            or (out and fold(out[-1]) not in _ARTICLES and _adjective(bare, following))
            or (out and _complement_noun(out, bare))
        ):
            out.append(word)
        else:
            break
    while out and fold(out[-1]) in _JOINS:
        out.pop()
    return " ".join(out).rstrip(",")


def _enumeration(words: list[str]) -> bool:
    """ "économique, [financière et] de contrôle": the comma joins adjectives of one name."""
    return len(words) == 2 and words[0].islower() and words[1] == "et"


#: "de", "du", "des", "de la", "de l'": what opens the complement of a name's head.
_OF = frozenset({"de", "du", "des", "d'"})


def _complement_noun(run: list[str], word: str) -> bool:
    """ "Société commerciale des [transports]", "Conseil du [développement]", "Agence de
    [l'emploi]", "services [d'eau]": a lower-case noun of the complement of a capitalised name."""
    last = fold(run[-1])
    elided = re.fullmatch(r"([dl])['’]([^\W\d_]+)", word)
    if elided:
        noun = elided.group(2)
        after = last not in _JOINS if elided.group(1) == "d" else last in _OF
        return after and noun.islower() and fold(noun) not in _FUNCTION_WORDS
    if not word.isalpha() or not word.islower() or fold(word) in _FUNCTION_WORDS:
        return False
    return last in _OF or (last in _ARTICLES and len(run) > 1 and fold(run[-2]) in _OF)


_FUNCTION_WORDS = frozenset(
    fold(w)
    for w in (*DATA.articles, *DATA.prepositions, *DATA.conjunctions, *DATA.determiners, *DATA.function_words)
) | frozenset(people_words().verbs)


def _lowercase_body(rest: str) -> str:
    """ "conseil national de régulation des communications électroniques et de la poste"."""
    words = _WORD.findall(rest)
    lex = people_words()
    if len(words) < 2 or fold(words[0]) not in lex.lowercase_org_heads:
        return ""
    named = len(words) > 2 and (words[2][:1].isupper() or _elided_capital(words[2]))
    if words[1] in _JOINS and not named and fold(words[0]) not in lex.complement_org_heads:
        return ""  # "groupe de travail", but "région de Kolda", "commission des finances"
    out: list[str] = []
    for i, word in enumerate(words):
        if (fold(word) == "et" and i + 1 < len(words) and is_title(words[i + 1])) or word.startswith("("):
            break  # "conseil national de régulation (CNRCEP)"
        out.append(word)
    while out and fold(out[-1]) in _JOINS:
        out.pop()
    return " ".join(out)


def _clean_end(ent: Entity) -> bool:
    """An entity without a determiner ("Commission de cette organisation") or a participle
    ("Banque africaine de développement chargé de ...") that does not end on a connector."""
    words = ent.text.split()
    return (
        fold(words[-1]) not in _JOINS
        and not any(fold(w) in _DETERMINERS for w in words)
        and not any(w.islower() and _PARTICIPLE.search(w) for w in words)
    )


def org_phrase(rest: str, offset: int, entities_at: dict[int, Entity], via: str) -> str:
    """The organisation named at the start of ``rest`` ("" when there is none).

    ``via`` is the connector before it: after "à"/"au" only a body counts ("élève au lycée X",
    "directeur au Ministère de ..."), never a place or a portfolio ("déléguée à l'Économie").
    """
    rest = rest.strip()
    if not rest:
        return ""
    ent = entities_at.get(offset)
    first = _WORD.match(rest)
    head = re.sub(r"^[ld]'", "", fold(first.group())) if first else ""
    if rest[:1].islower() and not _elided_capital(rest):
        return _lowercase_body(rest)
    french_to = " ".join(fold(via).split()) in ("a", "au", "aux", "a la", "a l'")
    if french_to and head not in org_words().org_heads and (ent is None or ent.label != "ORG"):
        return ""
    phrase = _capital_run(rest)
    # the model's whole name ("Programme élargi de vaccination", a programme: MISC), never across a line
    if ent is not None and len(ent.text) > len(phrase) and "\n" not in ent.text and _clean_end(ent):
        return ent.text
    return phrase


def place_named(rest: str, offset: int, entities_at: dict[int, Entity], whole: bool = False) -> str:
    """The country (or place) named at the start of ``rest``: "Chypre", "Burkina Faso".

    With ``whole``, only a country that ends the phrase counts ("ministre de la Santé du Sénégal").
    """
    ent = entities_at.get(offset)
    rest = rest.strip().rstrip(",")
    if ent is not None and ent.label == "LOC" and country_of(ent.text) and (not whole or rest == ent.text):
        return ent.text
    words = _capital_run(rest).split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if country_of(candidate) and (not whole or n == len(_WORD.findall(rest))):
            return candidate
    return ""


def body_named(rest: str, offset: int, entities_at: dict[int, Entity]) -> str:
    """A known body or an acronym that ends the phrase: "commissaire à la Paix et la Sécurité de l'UA"."""
    ent = entities_at.get(offset)
    rest = rest.strip().rstrip(",")
    if ent is None:
        return rest if acronym_like(rest) else ""
    if ent.label != "ORG" or rest[len(ent.text) :].strip():
        return ""
    return ent.text if ent.kb_id or acronym_like(ent.text) else ""
