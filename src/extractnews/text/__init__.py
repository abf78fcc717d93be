"""The text layer: input checks, clean-up with offset maps, chunking, and the French basics.

- :mod:`.inputs`: the type checks at the boundary (``str`` texts, reference dates);
- :mod:`.prepare`: HTML and invisible characters out, a map back to the caller's string;
- :mod:`.chunks`: long texts in pieces for the statistical model;
- :mod:`.french`: one fold, sentence breaks, capitals, spaces, articles and prepositions.
"""

from __future__ import annotations

from .chunks import chunks
from .french import acronym_like, fold, fold_key, last_match, line_of, lookup_key
from .inputs import check_currency, check_text, parse_reference_date
from .prepare import Prepared, looks_like_html, map_offsets, prepare, replace_surrogates

__all__ = [
    "Prepared",
    "acronym_like",
    "check_currency",
    "check_text",
    "chunks",
    "fold",
    "fold_key",
    "last_match",
    "line_of",
    "looks_like_html",
    "lookup_key",
    "map_offsets",
    "parse_reference_date",
    "prepare",
    "replace_surrogates",
]
