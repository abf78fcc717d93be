"""Which currency a written form names: directly, or by the document's country and text.

A symbol, a code or a full name names one currency ("€", "USD", "dinars tunisiens").
A form naming a family ("dollars", "francs", "FC", "roupies") is resolved as the data
file's ``ambiguous`` section says: the document's country when its currency belongs to
the family ("$" in a Canadian release is CAD; "FC" in the Comoros KMF, in the DR Congo
CDF), else the member whose countries the text mentions most, else a default.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Literal

from extractnews.money import patterns as p
from extractnews.places.countries import countries_using, country_info, words_for
from extractnews.text.french import fold, phrase

Source = Literal["symbol", "name", "code", "country", "context", "default"]


@functools.cache
def members(key: str) -> frozenset[str]:
    """The currencies a ``@key`` may name: listed, or those whose French name begins with a head word."""
    spec = p.AMBIGUOUS[key]
    heads = {p.name_key(h) for h in spec.heads}
    named = {code for code, name in p.PYCOUNTRY_NAMES.items() if p.name_key(name).split()[0] in heads}
    return frozenset(spec.members) | named | frozenset(spec.cues)


def _words_key(words: str) -> str:
    return " ".join(re.findall(r"\w+", words))


@functools.cache
def _mentions(key: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for the names, adjectives and capitals of the countries using each member
    of ``key`` and the key's cues, and the member each (folded) word stands for."""
    owner: dict[str, str] = {}
    for code in sorted(members(key)):
        for country in countries_using(code):
            for word in words_for(country):
                owner.setdefault(word, code)
        for cue in p.AMBIGUOUS[key].cues.get(code, ()):
            owner.setdefault(_words_key(fold(cue)), code)
    if not owner:
        return None
    return re.compile(rf"(?<!\w)(?:{_by_first_letter(owner)})(?!\w)"), owner


def _by_first_letter(words: Iterable[str]) -> str:
    """The folded ``words`` ("cote d ivoire") as one alternation, any run of non-letters between
    their words, longest first, grouped by first letter: a word of the text that begins none of
    them fails after one test per letter, not one per word."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        first, *others = word.split()
        rest = re.escape(first[1:]) + "".join(r"[\W_]{1,3}" + re.escape(w) for w in others)
        groups.setdefault(first[0], []).append(rest)
    return "|".join(re.escape(letter) + "(?:" + "|".join(rests) + ")" for letter, rests in groups.items())


def _by_context(key: str, folded: str) -> str | None:
    """The member whose countries the (folded) text mentions most; None on a tie or no mention."""
    found = _mentions(key)
    if found is None:
        return None
    pattern, owner = found
    counts: dict[str, int] = {}
    for m in pattern.finditer(folded):
        code = owner.get(_words_key(m.group()))
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _redirected(key: str, text: str) -> str | None:
    redirect = p.AMBIGUOUS[key].redirect
    if redirect is None:
        return None
    for word in redirect.any:
        if re.search(rf"(?<!\w){phrase(word, accents=True)}(?!\w)", text):
            return redirect.to
    return None


def resolve(
    key: str | None,
    kind: Literal["symbol", "name", "code"],
    text: str,
    *,
    default_dollar: str = "USD",
    country: str | None = None,
    folded: Callable[[], str] | None = None,
) -> tuple[str | None, Source | None]:
    """The ISO code a written currency stands for in ``text``, and what decided it; ``folded``
    gives ``fold(text)`` when the text's context is needed (a caller resolving several forms
    in one text folds it once)."""
    seen: set[str] = set()
    while key is not None and key.startswith("@") and key not in seen:
        seen.add(key)
        spec = p.AMBIGUOUS[key]
        info = country_info(country) if country else None
        if info is not None and info.currency in members(key):
            return info.currency, "country"
        redirect = _redirected(key, text)
        if redirect is not None:
            key = redirect
            continue
        if spec.context:
            found = _by_context(key, folded() if folded is not None else fold(text))
            if found is not None:
                return found, "context"
        default = default_dollar if spec.default == p.DEFAULT_DOLLAR else spec.default
        return default, ("default" if default else None)
    if key is None or key.startswith("@"):
        return None, None
    return key, kind


def required(key: str | None) -> bool:
    """Is a form of ``key`` money only when its currency is resolved ("livres" may be books)?"""
    return key is not None and key in p.AMBIGUOUS and p.AMBIGUOUS[key].required
