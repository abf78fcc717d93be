"""Regular expressions of the organisations room: acronym tokens and the definition patterns.

Every pattern is anchored on a literal (a parenthesis, a comma, an acronym
token), and no two quantifiers over spaces follow each other unbounded, so no
run of letters or spaces can make a search quadratic: a pattern that may start
with spaces is never searched across the text (the long form before "(" is
found from the parenthesis backwards, :func:`~.definitions.paren_acronyms`).
"""

from __future__ import annotations

import re

# bounded, so that no run of letters can make the search quadratic; acronym_like checks the capitals.
# A dotted form ("A.f.d", "F.M.I") comes first.
_ACRONYM = (
    r"(?:[A-ZÀ-Ö](?:\.[A-Za-z]){1,7}(?![\w.]\w)"
    r"|[A-ZÀ-Ö][A-Za-zÀ-öø-ÿ0-9&]{1,11}(?:-[A-Z0-9][A-Za-z0-9]{0,9})?)"
)
_SP = "[ \u00a0\u202f]"
# not after a capital other than the elisions L' and D': "N'DJAMENA" is a city, "L'ONU" an acronym
ACRONYM_TOKEN = re.compile(rf"(?<![\w/.-])(?<![A-CE-KM-Z]['’])(?P<short>{_ACRONYM})(?![\w/]|-\w)")
#: At most this many spaces between two words of a pattern: a longer run is layout, not a gap.
_GAP = "{0,5}"
#: "(UNOCT)", "(« BLT »)", "(UNOCT, selon son sigle anglais)": anchored on "(";
#: what may stand between the long form and it (spaces, a stop) is read backwards.
PAREN_ACRONYM = re.compile(
    rf"""
    \({_SP}{_GAP}(?:«{_SP}{_GAP})?(?P<short>{_ACRONYM}){_SP}{_GAP}(?:»{_SP}{_GAP})?
    (?:[ \u00a0,;][^()\n]{{0,80}})?\)                # "(UNOCT, selon son sigle anglais)"
    """,
    re.VERBOSE,
)
#: Between a long form and its "(": spaces, at most one "." or ",", spaces ("Long Form. (").
PAREN_LEAD_SPACES = frozenset(" \u00a0\u202f")
PAREN_LONG = re.compile(rf"(?<![\w/.-])(?P<short>{_ACRONYM}){_SP}*\((?P<long>[^()\n]{{4,150}})\)")
OU_SIGLE = re.compile(
    rf",{_SP}+(?:ou|dite?s?|appelée?s?|connue?s?{_SP}+sous{_SP}+le{_SP}+nom{_SP}+d['’])"
    rf"{_SP}{_GAP}(?:l['’]|le{_SP}+|la{_SP}+)?«?{_SP}{_GAP}"
    rf"(?P<short>{_ACRONYM}){_SP}{_GAP}»?(?=[,;.)\s])"
)

# a comma before "de", "du", "et de"... continues a name ("ministère de l'Économie, de la Planification")
NAME_BOUNDARY = re.compile(r"[.;:!?«»()\[\]\n]|,\s(?!\s*(?:de|du|des|d['’]|et)\b)")
