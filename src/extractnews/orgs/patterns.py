"""Regular expressions of the organisations room: acronym tokens and the definition patterns.

All quantifiers are bounded and every pattern is anchored on a parenthesis, a
comma or an acronym token, so no run of letters or spaces can make a search
quadratic.
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
PAREN_AFTER = re.compile(
    rf"""{_SP}*[.,]?{_SP}*                 # "Long Form (" or "Long Form. ("
    \({_SP}*(?:«{_SP}*)?(?P<short>{_ACRONYM}){_SP}*(?:»{_SP}*)?
    (?:[ \u00a0,;][^()\n]{{0,80}})?\)                # "(UNOCT, selon son sigle anglais)"
    """,
    re.VERBOSE,
)
PAREN_LONG = re.compile(rf"(?<![\w/.-])(?P<short>{_ACRONYM}){_SP}*\((?P<long>[^()\n]{{4,150}})\)")
OU_SIGLE = re.compile(
    rf",{_SP}+(?:ou|dite?s?|appelée?s?|connue?s?{_SP}+sous{_SP}+le{_SP}+nom{_SP}+d['’])"
    rf"{_SP}*(?:l['’]|le{_SP}+|la{_SP}+)?«?{_SP}*"
    rf"(?P<short>{_ACRONYM}){_SP}*»?(?=[,;.)\s])"
)

# a comma before "de", "du", "et de"... continues a name ("ministère de l'Économie, de la Planification")
NAME_BOUNDARY = re.compile(r"[.;:!?«»()\[\]\n]|,\s(?!\s*(?:de|du|des|d['’]|et)\b)")
