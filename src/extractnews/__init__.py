"""extractnews: typed records from French press releases.

>>> import extractnews
>>> result = extractnews.extract("Le PNUD a reçu 2,1 millions d'euros le 8 mai 2019.")

``import extractnews`` is cheap: the spaCy model loads on the first extraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .extraction import Extraction
from .records import (
    Acronym,
    Dateline,
    DateMention,
    DocumentSymbol,
    Entity,
    Mention,
    Money,
    Organization,
    Person,
    Section,
    Span,
)

if TYPE_CHECKING:
    from .extractor import Extractor, extract
    from .frame import to_dataframe

__version__ = "0.1.0"

__all__ = [
    "Acronym",
    "DateMention",
    "Dateline",
    "DocumentSymbol",
    "Entity",
    "Extraction",
    "Extractor",
    "Mention",
    "Money",
    "Organization",
    "Person",
    "Section",
    "Span",
    "__version__",
    "extract",
    "to_dataframe",
]

_LAZY = {"Extractor": "extractor", "extract": "extractor", "to_dataframe": "frame"}


def __getattr__(name: str) -> Any:
    # keeps `import extractnews` free of spaCy: the heavy modules load on first use
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'extractnews' has no attribute {name!r}")


def __dir__() -> list[str]:
    # what dir() and tab completion offer: the public names, the lazy ones included,
    # not this file's own imports (Any, TYPE_CHECKING, annotations)
    return sorted(__all__)
