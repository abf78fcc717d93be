"""The places room: which country a release is about, and what is known of each country.

- :mod:`.countries`: country names, nationality adjectives and cities -> ISO code; each
  country's continent, currency and web domain (``models/places/``);
- :mod:`.country`: :func:`document_country`, the country a document is about, and why.
"""

from __future__ import annotations

from .countries import CountryInfo, countries_using, country_info, country_of, demonyms, is_country, words_for
from .country import CountryGuess, document_country

__all__ = [
    "CountryGuess",
    "CountryInfo",
    "countries_using",
    "country_info",
    "country_of",
    "demonyms",
    "document_country",
    "is_country",
    "words_for",
]
