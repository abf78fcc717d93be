"""Regular expressions of the people room."""

from __future__ import annotations

import re

from ..text.french import alternation
from .lexicon import people_words

#: "chargé", "chargée de": a portfolio after a comma continues the title.
_PORTFOLIO_OPENER = alternation(people_words().portfolio_openers_as_written)
#: Where a clause ends around a name. A comma before "de", "du", "au"… continues an
#: enumeration inside a title ("ministre de l'Économie, des Finances", "Commissaire au
#: développement, au commerce"), and so does one before
#: the last but one word of an enumeration ("Commission économique, financière et de ..."):
#: neither opens a new clause; nor does one before a portfolio ("ministre délégué auprès du
#: ministre de l'Économie, chargé de la Promotion des investissements").
CLAUSE_END = re.compile(
    r",(?!\s*(?:de|du|des|d['’]|au|aux|à)(?:\b|(?<=['’])))(?!\s*[a-zà-ÿ]+\s+et\s)"
    rf"(?!\s*(?i:{_PORTFOLIO_OPENER})\s+(?:de|du|des|d['’]))|\.(?!\w)|[;:!?()«»\"“”\n]|\s[-–—]\s"
)
#: A short parenthesis, such as an acronym after a name ("(UNFPA)").
PARENTHESISED = re.compile(r"\([^()\n]{1,80}\)")
#: A word, with apostrophes and hyphens.
WORDS = re.compile(r"[\w'’-]+")
#: What joins a title to its complement: "de la", "du", "d'", "au", "à la", "of the".
CONNECTOR = re.compile(
    r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’]|aux|au|à\s+la|à\s+l['’]|à|of\s+the|of|at\s+the|at)(?:\b|(?<=['’]))\s*"
)
#: " et " between two coordinated roles; never started inside a run of spaces (quadratic).
COORDINATION = re.compile(r"(?<!\s)\s+et\s+")
