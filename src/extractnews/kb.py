"""The knowledge base: organisations and places, loaded once, validated, read-only.

Organisations come from ``models/organisations/*.jsonl`` (format in
``models/README.md``); places from pycountry's French country names plus
``models/places_fr.json``. Both are matched in text by :class:`PhraseIndex`,
a trie over folded word tokens, so matching is linear in the text and
tolerant of case, accents, apostrophes and dashes.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from .errors import KnowledgeBaseError
from .resources import iter_jsonl, load_json, models_dir
from .text import acronym_like, fold, fold_key

ORG_TYPES = frozenset(
    [
        "un_organ",
        "un_body",
        "un_secretariat",
        "un_fund_programme",
        "un_agency",
        "un_related",
        "un_mission",
        "un_commission",
        "regional",
        "eu",
        "council_of_europe",
        "financial",
        "court",
        "ngo",
        "national",
        "company",
        "goal",
        "programme",
        "other",
    ]
)
MISC_TYPES = frozenset({"goal", "programme"})
"""Types whose names are MISC entities (goals, programmes, initiatives), not organisations."""


@dataclass(frozen=True)
class OrgEntry:
    """One organisation of the knowledge base."""

    id: str
    name_fr: str
    name_en: str | None
    acronyms_fr: tuple[str, ...] = ()
    acronyms_en: tuple[str, ...] = ()
    variants_fr: tuple[str, ...] = ()
    variants_en: tuple[str, ...] = ()
    type: str = "other"
    parent: str | None = None
    country: str | None = None
    xl: bool = True

    @property
    def acronyms(self) -> tuple[str, ...]:
        """All acronyms, French first, without repeats."""
        return tuple(dict.fromkeys(self.acronyms_fr + self.acronyms_en))

    @property
    def names(self) -> tuple[str, ...]:
        return (
            self.name_fr,
            *((self.name_en,) if self.name_en else ()),
            *self.variants_fr,
            *self.variants_en,
        )


def _entry(raw: dict[str, Any], where: str) -> OrgEntry:
    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise KnowledgeBaseError(f"{where}: '{key}' must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    known = {
        "id",
        "name_fr",
        "name_en",
        "acronyms_fr",
        "acronyms_en",
        "variants_fr",
        "variants_en",
        "type",
        "parent",
        "country",
        "xl",
        "note",
    }
    unknown = set(raw) - known
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown field(s) {sorted(unknown)}")
    oid, name_fr = raw.get("id"), raw.get("name_fr")
    if not isinstance(oid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", oid):
        raise KnowledgeBaseError(f"{where}: 'id' must be a lower-case slug, got {oid!r}")
    if not isinstance(name_fr, str) or not name_fr.strip():
        raise KnowledgeBaseError(f"{where}: 'name_fr' is required")
    org_type = raw.get("type") or "other"
    if org_type not in ORG_TYPES:
        raise KnowledgeBaseError(f"{where}: unknown type {org_type!r}")
    return OrgEntry(
        id=oid,
        name_fr=name_fr.strip(),
        name_en=(raw.get("name_en") or None),
        acronyms_fr=strings("acronyms_fr"),
        acronyms_en=strings("acronyms_en"),
        variants_fr=strings("variants_fr"),
        variants_en=strings("variants_en"),
        type=org_type,
        parent=raw.get("parent") or None,
        country=raw.get("country") or None,
        xl=bool(raw.get("xl", True)),
    )


# ---------------------------------------------------------------- phrase index

_WORD = re.compile(r"\w+|[^\w\s]")
_ELISION = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t"})

Kind = Literal["name", "acronym", "place"]


@dataclass(frozen=True)
class Hit:
    """A knowledge-base phrase found in text."""

    start: int
    end: int
    kind: Kind
    key: str
    """The org id (names, acronyms) or the canonical place name."""


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    values: list[tuple[Kind, str, str]] = field(default_factory=list)


def _tokens(folded: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]


class PhraseIndex:
    """A trie of folded token sequences; ``find`` returns the longest hits, left to right."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, phrase: str, kind: Kind, key: str) -> None:
        words = [w for w, _, _ in _tokens(fold(phrase))]
        if not words:
            return
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        node.values.append((kind, key, phrase))

    def find(self, text: str) -> list[Hit]:
        """Longest non-overlapping matches; acronyms must match their exact case."""
        toks = _tokens(fold(text))
        hits: list[Hit] = []
        i, n = 0, len(toks)
        while i < n:
            # a match may not start inside a word: "l'ONU" yes, "xONU" no
            best: tuple[int, Hit] | None = None
            node = self._root
            j = i
            while j < n and toks[j][0] in node.children:
                node = node.children[toks[j][0]]
                j += 1
                if node.values:
                    start, end = toks[i][1], toks[j - 1][2]
                    hit = self._accept(text, start, end, node.values)
                    if hit is not None:
                        best = (j, hit)
            if best is not None:
                hits.append(best[1])
                i = best[0]
            else:
                i += 1
        return hits

    @staticmethod
    def _accept(text: str, start: int, end: int, values: list[tuple[Kind, str, str]]) -> Hit | None:
        if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
            return None
        surface = text[start:end]
        for kind, key, phrase in values:
            if kind == "acronym":
                if surface == phrase:
                    return Hit(start, end, kind, key)
            elif kind == "place":
                if _same_capitals(surface, phrase, strict=True):
                    return Hit(start, end, kind, key)
            elif _same_capitals(surface, phrase, strict=False):
                return Hit(start, end, kind, key)
        return None


def _same_capitals(surface: str, phrase: str, *, strict: bool) -> bool:
    """Capitals as in the knowledge base: "La Réunion" is not "la réunion".

    An all-capitals surface ("GENÈVE") always passes. Otherwise the first
    word must be capitalised when the phrase's is; with ``strict`` (places),
    every capitalised word of the phrase must be capitalised in the text.
    """
    if surface.isupper():
        return True
    words_s = re.findall(r"\w+", surface)
    words_p = re.findall(r"\w+", phrase)
    if not words_s or len(words_s) != len(words_p):
        return False
    pairs = list(zip(words_s, words_p, strict=True)) if strict else [(words_s[0], words_p[0])]
    return all(not p[:1].isupper() or s[:1].isupper() for s, p in pairs)


# ---------------------------------------------------------------- the KB


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
        return self.index.find(text)

    def is_place(self, name: str) -> bool:
        """A place of the gazetteer, in any case ("GENÈVE", "Genève")."""
        return fold_key(name) in self._folded_places

    def __len__(self) -> int:
        return len(self.orgs)

    def __iter__(self) -> Iterator[OrgEntry]:
        return iter(self.orgs.values())


def load_organisations(folder: Any = None) -> list[OrgEntry]:
    """Read and validate every ``*.jsonl`` file of the organisation folder."""
    root = folder if folder is not None else models_dir().joinpath("organisations")
    entries = []
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".jsonl"):
            for number, raw in iter_jsonl(path):
                entries.append(_entry(raw, f"{path.name}:{number}"))
    return entries


def _pycountry_names() -> dict[str, str]:
    """French country names from pycountry's translations: name -> canonical name."""
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            french = fr.gettext(english)
            if french != english or attr == "name":
                if "," in french or "(" in french:
                    continue  # inverted or annotated forms: places_fr.json has the usual ones
                names.setdefault(french, french)
    return names


def load_places() -> dict[str, str]:
    data = load_json("places_fr.json")
    names = {} if not data.get("use_pycountry", True) else _pycountry_names()
    for group in ("countries", "regions", "cities", "venues"):
        for name in data.get(group, []):
            names[name] = name
    for alias, canonical in data.get("aliases", {}).items():
        names[alias] = canonical
    for name in data.get("exclude", []):
        names.pop(name, None)
    return names


@functools.cache
def place_person_names() -> frozenset[str]:
    """Places that are also first names ("Maurice"): a person reading of the model wins."""
    return frozenset(load_json("places_fr.json").get("person_names", []))


@functools.cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with extractnews, loaded once per process."""
    return KnowledgeBase(load_organisations(), load_places())
