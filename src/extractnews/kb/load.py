"""Loading the shipped knowledge base: organisations from ``models/organisations/*.jsonl``,
places from pycountry's French country names plus ``models/places_fr.json``."""

from __future__ import annotations

import functools
import gettext
from pathlib import Path
from typing import Any

from pydantic import Field

from ..resources import DataFile, iter_jsonl, load_model, models_dir
from .base import KnowledgeBase
from .schema import OrgEntry, org_entry


class PlacesData(DataFile):
    """Schema of ``models/places_fr.json``."""

    use_pycountry: bool = True
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    aliases: dict[str, str] = Field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    person_names: tuple[str, ...] = ()
    generic_region_names: tuple[str, ...] = ()


def _places_data() -> PlacesData:
    return load_model("places_fr.json", PlacesData)


def load_organisations(folder: Any = None) -> list[OrgEntry]:
    """Read and validate every ``*.jsonl`` file of the organisation folder."""
    root = folder if folder is not None else models_dir().joinpath("organisations")
    entries = []
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".jsonl"):
            for number, raw in iter_jsonl(path):
                entries.append(org_entry(raw, f"{path.name}:{number}"))
    return entries


def kb_from_folder(folder: str | Path) -> KnowledgeBase:
    """A knowledge base whose organisations are the ``*.jsonl`` files of ``folder`` (places as shipped)."""
    return KnowledgeBase(load_organisations(Path(folder)), load_places())


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
    data = _places_data()
    names = _pycountry_names() if data.use_pycountry else {}
    for group in (data.countries, data.regions, data.cities, data.venues):
        for name in group:
            names[name] = name
    names.update(data.aliases)
    for name in data.exclude:
        names.pop(name, None)
    return names


@functools.cache
def place_person_names() -> frozenset[str]:
    """Places that are also first names ("Maurice"): a person reading of the model wins."""
    return frozenset(_places_data().person_names)


@functools.cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with extractnews, loaded once per process."""
    return KnowledgeBase(load_organisations(), load_places())
