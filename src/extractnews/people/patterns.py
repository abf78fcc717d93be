"""Regular expressions of the people room."""

from __future__ import annotations

import re

from ..text.french import OF, UPPER

#: Where a clause ends around a name. A comma before "de", "du", "au"… continues an
#: enumeration inside a title ("ministre de l'Économie, des Finances"), not a new clause.
CLAUSE_END = re.compile(r",(?!\s*(?:de|du|des|d['’]|au|aux|à)\b)|[;.:!?()«»\"“”\n]|\s[-–—]\s")
#: A short parenthesis, such as an acronym after a name ("(UNFPA)").
PARENTHESISED = re.compile(r"\([^()\n]{1,24}\)")
#: " du ", " de l'" before a capital: where a title's organisation begins.
OF_CAPITAL = re.compile(rf"\s{OF}\s*(?={UPPER})")
#: A word, with apostrophes and hyphens.
WORDS = re.compile(r"[\w'’-]+")
