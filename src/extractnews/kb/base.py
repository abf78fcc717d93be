"""The knowledge base: organisations and places, indexed for look-up and for matching in text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from ..errors import KnowledgeBaseError
from ..text.french import acronym_like, fold_key
from .index import Hit, PhraseIndex
from .schema import OrgEntry


class KnowledgeBase:
    """Organisations and places, indexed for look-up and for matching in text."""

    def __init__(self, orgs: Iterable[OrgEntry], places: Mapping[str, str]) -> None:
        by_id: dict[str, OrgEntry] = {}
        for org in orgs:
            if org.id in by_id:
                raise KnowledgeBaseError(f"duplicate organisation id {org.id!r}")
            by_id[org.id] = org
        for org in by_id.values():
            if org.parent and org.parent not in by_id:
                raise KnowledgeBaseError(f"{org.id}: unknown parent {org.parent!r}")
        self.orgs: Mapping[str, OrgEntry] = MappingProxyType(by_id)
        acronyms: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        self.index = PhraseIndex()
        for org in by_id.values():
            for short in org.acronyms:
                acronyms.setdefault(short, []).append(org.id)
                self.index.add(short, "acronym", org.id)
            for name in org.names:
                names.setdefault(fold_key(name), []).append(org.id)
                if acronym_like(name):
                    # "GAVI", "UNITAID": an all-capitals name behaves as an acronym (exact case)
                    acronyms.setdefault(name, []).append(org.id)
                    self.index.add(name, "acronym", org.id)
                else:
                    self.index.add(name, "name", org.id)
        self.places: Mapping[str, str] = MappingProxyType(dict(places))
        self._folded_places = frozenset(fold_key(p) for p in places)
        for folded, canonical in places.items():
            self.index.add(folded, "place", canonical)
        self._acronyms = MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in acronyms.items()})
        self._names = MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in names.items()})

    def __reduce__(self) -> tuple[type[KnowledgeBase], tuple[list[OrgEntry], dict[str, str]]]:
        # rebuilt from its data in another process (spawned workers, Dask)
        return (KnowledgeBase, (list(self.orgs.values()), dict(self.places)))

    def lineage(self, org_id: str) -> Iterator[str]:
        """The organisation's id, then its parent's, up to the root."""
        seen: set[str] = set()
        current: str | None = org_id
        while current is not None and current not in seen and current in self.orgs:
            seen.add(current)
            yield current
            current = self.orgs[current].parent

    def by_acronym(self, short: str) -> tuple[str, ...]:
        """Ids of the organisations that use this acronym (exact case)."""
        return self._acronyms.get(short, ())

    def by_name(self, name: str) -> tuple[str, ...]:
        """Ids of the organisations with this name or variant (folded comparison)."""
        return self._names.get(fold_key(name), ())

    def find(self, text: str) -> list[Hit]:
        """Names, acronyms and places of the knowledge base in ``text``, longest first, left to right."""
        return self.index.find(text)

    def prefer(
        self, ids: Sequence[str], country: str | None = None, continent: str | None = None
    ) -> str | None:
        """The id :meth:`prefer_why` chooses, without the reason."""
        choice = self.prefer_why(ids, country, continent)
        return choice[0] if choice else None

    def prefer_why(
        self, ids: Sequence[str], country: str | None = None, continent: str | None = None
    ) -> tuple[str, str] | None:
        """The organisation that a name or acronym shared by ``ids`` most likely names in a
        document about ``country`` (on ``continent``); None when nothing tells them apart.

        Returns the id and the reason: "kb" (no homonym), "country", "continent" or
        "international". A national body of the document's country first ("Assemblée nationale" in a release
        from Niamey), else the one international body, else the international body that works
        on the document's continent ("BID" in Port-au-Prince: the Inter-American bank).
        """
        if len(ids) == 1:
            return ids[0], "kb"
        if country is not None:
            same = [i for i in ids if self.orgs[i].country == country]
            if len(same) == 1:
                return same[0], "country"
        international = [i for i in ids if self.orgs[i].country is None]
        if len(international) > 1 and continent is not None:
            near = [i for i in international if continent in self.orgs[i].regions]
            if len(near) == 1:
                return near[0], "continent"
        return (international[0], "international") if len(international) == 1 else None

    def choose(self, hit: Hit, country: str | None = None, continent: str | None = None) -> Hit:
        """``hit`` with its organisation chosen among homonyms where the document's country tells."""
        if not hit.ambiguous or hit.kind == "place":
            return hit
        pick = self.prefer(hit.keys, country, continent)
        return hit if pick is None else replace(hit, key=pick, keys=(pick,))

    def is_place(self, name: str) -> bool:
        """A place of the gazetteer, in any case ("GENÈVE", "Genève")."""
        return fold_key(name) in self._folded_places

    def __len__(self) -> int:
        return len(self.orgs)

    def __iter__(self) -> Iterator[OrgEntry]:
        return iter(self.orgs.values())
