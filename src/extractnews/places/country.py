"""The country a release is about, from the signals a reader uses, weighed.

- the dateline's places ("DAKAR, le 3 mars") and the publisher's place ("Le Soleil (Dakar)");
- the national bodies the knowledge base recognises (the Assemblée nationale du Niger, the STEG);
- the countries and cities named in the text;
- nationality adjectives ("le gouvernement sénégalais");
- country web domains in addresses (``www.gouv.ci``, ``presse@aps.sn``).

The guess carries the signal that weighed most (``source``), so a user sees why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..kb import Hit, KnowledgeBase
from ..text.french import LOWERCASE, fold
from .countries import country_info, country_of, demonyms, domains

#: How much one piece of evidence weighs, by kind of signal.
WEIGHTS = {
    "dateline": 6.0,
    "publisher": 6.0,
    "domain": 2.0,
    "organisations": 1.5,
    "places": 1.0,
    "nationality": 0.5,
}
#: At most this much evidence of one kind counts for one country (a list of 30 countries is not 30 votes).
CAP = 4
#: The winner needs this much evidence and this share of all of it.
MIN_SCORE = 2.0
MIN_SHARE = 0.4

_ADJECTIVE = re.compile(rf"(?<![\w-])[{LOWERCASE}-]{{4,30}}(?![\w-])")
_DOMAIN = re.compile(r"(?<=[\w-])(\.[a-z]{2})(?![\w.-])")


@dataclass(frozen=True)
class CountryGuess:
    code: str
    """ISO 3166-1 alpha-2."""
    source: str
    """The signal that weighed most: dateline, publisher, organisations, places, nationality, domain."""
    continent: str | None = None
    """GeoNames continent code (AF, AS, EU, NA, SA, OC)."""


class _Votes:
    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.by_source: dict[str, dict[str, float]] = {}

    def add(self, codes: Iterable[str], source: str) -> None:
        counts = Counter(codes)
        for code, n in counts.items():
            weight = WEIGHTS[source] * min(n, CAP)
            self.score[code] = self.score.get(code, 0.0) + weight
            sources = self.by_source.setdefault(code, {})
            sources[source] = sources.get(source, 0.0) + weight

    def winner(self) -> CountryGuess | None:
        if not self.score:
            return None
        (code, best), *rest = sorted(self.score.items(), key=lambda kv: -kv[1])
        if best < MIN_SCORE or best / sum(self.score.values()) < MIN_SHARE or (rest and rest[0][1] == best):
            return None
        info = country_info(code)
        source = max(self.by_source[code].items(), key=lambda kv: kv[1])[0]
        return CountryGuess(code, source, info.continent if info else None)


def _codes(names: Iterable[str]) -> list[str]:
    return [code for name in names if (code := country_of(name))]


def _national_bodies(hits: Sequence[Hit], kb: KnowledgeBase) -> list[str]:
    """The country of each national body named without homonyms, once per body."""
    ids = {h.key for h in hits if h.kind in ("name", "acronym") and not h.ambiguous}
    return [c for oid in ids if (c := kb.orgs[oid].country)]


def document_country(
    text: str,
    hits: Sequence[Hit],
    kb: KnowledgeBase,
    *,
    dateline_places: Sequence[str] = (),
    publisher_place: str | None = None,
) -> CountryGuess | None:
    """The country the document is about, or None when the signals are too weak or split."""
    votes = _Votes()
    votes.add(_codes(dateline_places[:1]), "dateline")  # "NAIROBI/GENÈVE": where it was written first
    if publisher_place:
        votes.add(_codes([publisher_place]), "publisher")
    votes.add(_national_bodies(hits, kb), "organisations")
    votes.add(_codes(h.key for h in hits if h.kind == "place"), "places")
    adjectives = demonyms()
    folded = fold(text)
    votes.add(
        (adjectives[w.group()] for w in _ADJECTIVE.finditer(folded) if w.group() in adjectives), "nationality"
    )
    tlds = domains()
    votes.add((tlds[m.group(1)] for m in _DOMAIN.finditer(folded) if m.group(1) in tlds), "domain")
    return votes.winner()
