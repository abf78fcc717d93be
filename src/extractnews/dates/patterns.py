"""Compiled regular expressions of the dates capability, built once from ``dates_fr.json``.

Every pattern is linear: quantifiers are bounded (``\\s{1,3}``) and none is nested,
so a 200,000-character token or a 1.5-million-character document costs one pass
per pattern. Word lists are written by :func:`alternation`, behind a look-ahead on
their first letters; so are a few short lists written in place (``(?=[del])`` before
"du|de|entre|les|des"): the engine skips at once the places where none of the words can
start, with the same matches. Patterns only find candidates; ``finder`` checks their context and
``normalize`` turns them into values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from extractnews.resources import DataFile, load_model
from extractnews.text.french import APOS, CLAUSE_BREAK, NUMBER_WORDS, lookup_key, phrase
from extractnews.text.french import fold as fold_chars


class _Periods(DataFile):
    units: dict[str, int]
    ordinals: dict[str, int]


class _WeakContext(DataFile):
    words: tuple[str, ...]


class _Endings(DataFile):
    """Verb endings of a tense, and the words that end so but are no such verb."""

    endings: tuple[str, ...]
    exclusions: tuple[str, ...]


class _ParticipleBefore(DataFile):
    endings: tuple[str, ...]
    articles: tuple[str, ...]


class _CapitalisedWeekday(DataFile):
    not_before: tuple[str, ...]


class DatesData(DataFile):
    """Schema of ``models/dates_fr.json``."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    first_day_ordinals: tuple[str, ...]
    relative: dict[str, tuple[str, int]]
    relative_not_after: tuple[str, ...]
    relative_open_ends: dict[str, tuple[str, ...]]
    relative_not_before: dict[str, tuple[str, ...]]
    weekday_relative: dict[str, int]
    weekday_this: tuple[str, ...]
    weekday_ordinals: dict[str, int]
    offset_units: dict[str, str]
    month_context_before: tuple[str, ...]
    year_context_before: tuple[str, ...]
    year_context_weak: _WeakContext
    quantity_before: tuple[str, ...]
    not_after_year: tuple[str, ...]
    plural_ok_after_year: tuple[str, ...]
    future_cues: tuple[str, ...]
    future_after: tuple[str, ...]
    future_endings: tuple[str, ...]
    future_ending_exclusions: tuple[str, ...]
    conditional_endings: _Endings
    past_cues: tuple[str, ...]
    year_min: int
    year_max: int
    two_digit_year_pivot: int
    past_auxiliaries: tuple[str, ...]
    imperfect_endings: _Endings
    past_participle_before: _ParticipleBefore
    past_before: _WeakContext
    symbol_before: tuple[str, ...]
    year_subject_verbs: tuple[str, ...]
    periods: _Periods
    weekday_bare_not_after: tuple[str, ...]
    weekday_capitalised: _CapitalisedWeekday
    day_words: dict[str, int]
    abbreviations_need_year: tuple[str, ...]
    weekday_anchored: dict[str, int]
    weekday_week: dict[str, tuple[str, int]]
    relative_anchored: dict[str, tuple[str, int]]
    this_month: tuple[str, ...]
    day_this_month: tuple[str, ...]
    numeric_day_month_before: tuple[str, ...]
    month_year_joiners: tuple[str, ...]
    year_tail: tuple[str, ...]
    span_leads: tuple[str, ...]


_DATA = load_model("dates_fr.json", DatesData)


def alternation(words: Iterable[str], glue: Callable[[str], str] = lambda word: "") -> str:
    """``(?:janvier|juin|…)`` as :func:`french.alternation` (longest first; then each word's
    ``glue``), written so that the regex engine tries few words at each place it reaches.

    The engine tries the words one after the other. Here a look-ahead on their first
    letters turns most places away at once, and the words are grouped by first letter:
    ``(?=[fj])(?:j(?:anvier|uillet|uin)|f(?:évrier))``. Only the words of one group can
    start at one place, in the same order as before: the matches are the same. Words
    starting with an apostrophe or a space (written as classes) leave the list as it is."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not all(unique) or any(w[0] in "'’" or w[0].isspace() for w in unique):
        return "(?:" + "|".join(phrase(w) + glue(w) for w in unique) + ")"
    groups: dict[str, list[str]] = {}
    for word in unique:
        key = next((k for k in groups if _same_letter(k, word[0])), word[0])
        groups.setdefault(key, []).append(word)
    initials = "".join(re.escape(c) for c in sorted({w[0] for w in unique}))
    return "(?=[" + initials + "])(?:" + "|".join(_group(g, glue) for g in groups.values()) + ")"


def _same_letter(a: str, b: str) -> bool:
    """One letter ignoring case ("L", "l"): their words go in one group."""
    return a == b or any(re.fullmatch(re.escape(x), y, re.IGNORECASE) for x, y in ((a, b), (b, a)))


def _group(words: list[str], glue: Callable[[str], str]) -> str:
    """``j(?:anvier|uin)``; the words in full when their first letters differ in case ("LFI", "loi")."""
    if len({w[0] for w in words}) > 1:
        return "(?:" + "|".join(phrase(w) + glue(w) for w in words) + ")"
    return phrase(words[0][0]) + "(?:" + "|".join(phrase(w[1:]) + glue(w) for w in words) + ")"


#: Whitespace between two words of a date (also U+00A0 and U+202F).
S = r"\s{1,3}"
#: Optional whitespace (around a dash).
S0 = r"\s{0,3}"
FLAGS = re.IGNORECASE | re.VERBOSE | re.UNICODE
#: The key of a matched word in the word lists ("Août" -> "aout"); the same few words come
#: back in every text, so their keys are kept.
fold = functools.lru_cache(maxsize=4096)(lookup_key)

MONTHS: Mapping[str, int] = MappingProxyType({fold(k): v for k, v in _DATA.months.items()})
MONTH_ABBREVIATIONS: Mapping[str, int] = MappingProxyType(
    {fold(k): v for k, v in _DATA.month_abbreviations.items()}
)
WEEKDAYS: Mapping[str, int] = MappingProxyType({fold(k): v for k, v in _DATA.weekdays.items()})
FIRST_DAY: frozenset[str] = frozenset(fold(w) for w in _DATA.first_day_ordinals)
RELATIVE: Mapping[str, tuple[str, int]] = MappingProxyType(
    {fold(k): (v[0], int(v[1])) for k, v in _DATA.relative.items()}
)
RELATIVE_NOT_AFTER: tuple[str, ...] = tuple(_DATA.relative_not_after)
#: Relative phrase -> the next words that make it part of a longer expression ("la fin du mois de mars").
RELATIVE_OPEN_ENDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {fold(k): frozenset(fold(w) for w in v) for k, v in _DATA.relative_open_ends.items()}
)
RELATIVE_NOT_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        fold(k): frozenset(fold(w) for w in v)
        for k, v in _DATA.relative_not_before.items()
        if not k.startswith("_")
    }
)
WEEKDAY_RELATIVE: Mapping[str, int] = MappingProxyType(
    {fold(k): v for k, v in _DATA.weekday_relative.items()}
)
OFFSET_UNITS: Mapping[str, str] = MappingProxyType({fold(k): v for k, v in _DATA.offset_units.items()})
YEAR_CONTEXT_WEAK: frozenset[str] = frozenset(fold(w) for w in _DATA.year_context_weak.words)
#: Single words that announce a date whatever follows: "en", "depuis", "le"…
_ONE_WORD = [w for w in (*_DATA.year_context_before, *_DATA.numeric_day_month_before) if " " not in w]
STRONG_DATE_WORDS: frozenset[str] = frozenset(fold(w) for w in _ONE_WORD if "'" not in w) - YEAR_CONTEXT_WEAK
NOT_AFTER_YEAR: frozenset[str] = frozenset(fold(w) for w in _DATA.not_after_year)
PLURAL_OK_AFTER_YEAR: frozenset[str] = frozenset(fold(w) for w in _DATA.plural_ok_after_year)
FUTURE_ENDING_EXCLUSIONS: frozenset[str] = frozenset(
    (*_DATA.future_ending_exclusions, *_DATA.conditional_endings.exclusions)
)
PAST_AUXILIARIES: frozenset[str] = frozenset(fold(w) for w in _DATA.past_auxiliaries)
YEAR_MIN: int = int(_DATA.year_min)
YEAR_MAX: int = int(_DATA.year_max)
TWO_DIGIT_YEAR_PIVOT: int = int(_DATA.two_digit_year_pivot)

_MONTH_FULL = alternation(_DATA.months)
_MONTH_ANY = "(?:" + _MONTH_FULL + "|" + alternation(_DATA.month_abbreviations) + r"\.?)"
WEEKDAY = alternation(_DATA.weekdays)
_DAY_NUMBER = "(?:" + alternation(_DATA.first_day_ordinals) + r"|3[01]|[12][0-9]|0?[1-9])"
_DAY_WORDS = {k: v for k, v in _DATA.day_words.items() if not k.startswith("_")}
DAY_WORDS: Mapping[str, int] = MappingProxyType({fold(k): v for k, v in _DAY_WORDS.items()})
_DAY = "(?:" + _DAY_NUMBER + "|" + alternation(_DAY_WORDS) + r"(?![\w\-]))"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
#: A year in words: "deux mille dix-sept" (parsed by text2num, checked by the finder).
_YEAR_WORDS = r"(?:deux[\s\-]mille(?:[\s\-](?:et[\s\-])?" + alternation(NUMBER_WORDS) + r"(?![\w])){0,4})"
#: Any year written after a day and a month: digits (also before 1800), words, or two digits.
_YEAR_AFTER_DAY = r"(?:[12][0-9]{3}|" + _YEAR_WORDS + r"|[0-9]{2})"
#: A dash of any kind: hyphen, non-breaking hyphen, en and em dashes.
DASH = r"[\-‐‑–—]"
ABBREVIATIONS_NEED_YEAR: frozenset[str] = frozenset(fold(w) for w in _DATA.abbreviations_need_year)
#: Not glued to a word, a number or a symbol such as "A/RES/70/1" or "COVID-19".
_NUM_START = r"(?<![\w/.,:\-–])"
_NUM_END = r"(?![\w/]|[.,:\-–][0-9])"
_NUM_END_LATE = r"(?![\w/]|[.,:\-–][0-9])"


def _context(words: Iterable[str]) -> str:
    """Context words before a month or a year; "d'" and "mi-" glue to it."""
    return r"(?<![\w\-])(?P<ctx>" + alternation(words, lambda word: "" if word[-1] in "'’-" else S) + ")"


_OF_YEAR = "(?:" + alternation(_DATA.month_year_joiners) + ")"

#: "lundi 1er avril 2019", "8 mai", "29 Janvier 2013", "7 sept. 2019", "12 janvier, 2018",
#: "4 juillet de 1995", "1er avril 78", "six avril deux mille dix-sept", "15juin 2016".
DAY_DATE = re.compile(
    rf"""
    (?<![\w/.,\-–])
    (?:(?P<wd>{WEEKDAY}),?{S})?
    (?P<d>{_DAY})(?:(?:e|ème){S}jour{S}de)?\s{{0,3}}(?P<m>{_MONTH_ANY})
    (?:(?P<ysep>,\s{{0,3}}|{S}{_OF_YEAR}{S}|{S})(?P<y>{_YEAR_AFTER_DAY}))?
    (?![\w/]|[.,\-–][0-9])
    """,
    FLAGS,
)

#: Month first: "Oct. 2", "Octobre 14", "fév 15, 2013", "janvier 21 2018", "Mai vingt et un".
MONTH_DAY = re.compile(
    rf"""
    (?<![\w/.,\-–])
    (?:(?P<wd>{WEEKDAY}),?{S})?
    (?P<m>{_MONTH_ANY})\.?(?:{S}|\s{{0,2}}[\-/]\s{{0,2}})(?P<d>{_DAY})
    (?:(?P<ysep>,\s{{0,3}}|{S}{_OF_YEAR}{S}|{S}|[\-/])(?P<y>{_YEAR}))?
    (?![\w/]|[.,\-–][0-9]|\s[0-9]{{3}}|\s?[:h]\s?[0-9])
    """,
    FLAGS,
)
#: The end of a clause right after a date: what a two-digit year must be followed by ("1er avril 78.").
CLAUSE_END_AFTER = re.compile(r"[\x20\u00a0]{0,3}(?:$|[.,;!?)(\[\]\n])(?![0-9])", FLAGS)
#: What may follow a month-first date without a year: the end of a clause, a connective, a time.
MONTH_DAY_END = re.compile(r"\s{0,3}(?:$|[.,;!?)\]\n]|[0-9]{1,2}[:h]|(?:au|à|et|jusqu)(?![\w]))", FLAGS)

#: A month name between numbers: "23/Sep/2020", "01/août/2019", "2019-août-1", "Sep-23-2020".
NAMED_NUMERIC = re.compile(
    rf"""
    (?<![\w/.,\-–])
    (?:(?P<d>[0-9]{{1,2}})(?P<s1>[/\-])(?P<m>{_MONTH_ANY})(?P=s1)(?P<y>{_YEAR})
      |(?P<y2>{_YEAR})(?P<s2>[/\-])(?P<m2>{_MONTH_ANY})(?P=s2)(?P<d2>[0-9]{{1,2}})
      |(?P<m3>{_MONTH_ANY})(?P<s3>[/\-])(?P<d3>[0-9]{{1,2}})(?P=s3)(?P<y3>{_YEAR}))
    {_NUM_END_LATE}
    """,
    FLAGS,
)

#: "du 31 mars au 5 avril 2012", "les 21 et 22 novembre", "du 3 au 5 mai 2021",
#: "du 4 au 22 janvier, 1995", "du six avril au huit juin deux mille dix-sept".
DAY_SPAN = re.compile(
    rf"""
    (?<![\w/.,\-–])
    (?:(?=[del])(?P<pre>du|de|entre(?:{S}le)?|les|des){S})?
    (?:(?P<wd1>{WEEKDAY}){S})?
    (?P<d1>{_DAY})
    (?:{S}(?P<m1>{_MONTH_ANY})(?:{S}(?P<y1>{_YEAR}))?)?
    (?:{S}(?P<conn>au|et|à|jusqu{APOS}au){S}(?:le{S})?|{S0}(?P<dash>{DASH}){S0})
    (?:(?P<wd2>{WEEKDAY}){S})?
    (?P<d2>{_DAY}){S}(?P<m2>{_MONTH_ANY})
    (?:(?:,\s{{0,3}}|{S})(?P<y2>{_YEAR}|{_YEAR_WORDS}))?
    (?![\w/]|[.,\-–][0-9])
    """,
    FLAGS,
)

#: "juin 2017", "mi-mars 2019", "AVRIL 2005", "novembre de 2016", "décembre/2018", "mars. 2015".
MONTH_YEAR = re.compile(
    rf"""
    (?<!\w)(?<![^\W\d]-)
    (?P<mi>mi-)?
    (?P<m>{_MONTH_ANY})(?P<sep>\.?{S}|\.?,\s{{0,3}}|{S}{_OF_YEAR}{S}|\s{{0,2}}[/\-]\s{{0,2}})(?P<y>{_YEAR})
    {_NUM_END}(?!\s[0-9]{{3}})
    """,
    FLAGS,
)

#: "de janvier à mars 2020", "entre avril et juin", "janvier-mars 2020".
MONTH_SPAN = re.compile(
    rf"""
    (?<![\w'’\-])
    (?:(?=[de])(?P<pre>de|entre|d{APOS}|du{S}mois{S}de)(?:{S})?)?
    (?P<m1>{_MONTH_FULL})(?:{S}(?P<y1>{_YEAR}))?
    (?:{S}(?P<conn>à|au|et|jusqu{APOS}à|jusqu{APOS}en){S}|{S0}(?P<dash>[\-–]){S0})
    (?P<m2>{_MONTH_FULL})(?:{S}(?P<y2>{_YEAR}))?
    {_NUM_END}
    """,
    FLAGS,
)

#: A bare month name where the context makes it a date: "en mai", "de février", "mi-mars".
MONTH_IN_CONTEXT = re.compile(
    _context(_DATA.month_context_before)
    + rf"""
    (?P<m>{_MONTH_FULL})
    (?![\w\-])
    """,
    FLAGS,
)

PERIOD_UNITS: Mapping[str, int] = MappingProxyType({fold(k): v for k, v in _DATA.periods.units.items()})
PERIOD_ORDINALS: Mapping[str, int] = MappingProxyType(
    {fold(k): int(v) for k, v in _DATA.periods.ordinals.items()}
)

#: "premier semestre 2021", "au troisième trimestre de 2019", "le dernier trimestre".
PERIOD = re.compile(
    rf"""
    (?<![\w-])(?P<ord>{alternation(_DATA.periods.ordinals)}){S}
    (?P<unit>{alternation(_DATA.periods.units)})
    (?:{S}(?:de{S})?(?P<y>{_YEAR}))?
    (?![\w-])
    """,
    FLAGS,
)

#: "2005-2009", "entre 2008 et 2011", "de 2005 à 2009", "2019/2020".
YEAR_SPAN = re.compile(
    rf"""
    {_NUM_START}(?<![0-9][\s.])
    (?:(?=[de])(?P<pre>entre|de|du){S})?
    (?P<y1>{_YEAR})
    (?:{S}(?P<conn>et|à|au){S}|{S0}(?P<dash>{DASH}|[/~]){S0})
    (?P<y2>{_YEAR}|[0-9]{{2}})
    {_NUM_END}
    """,
    FLAGS,
)

#: A year after a word that makes it a date: "en 2017", "depuis 2017", "l'année 2004".
YEAR_IN_CONTEXT = re.compile(
    _context(_DATA.year_context_before)
    + rf"""
    (?P<y>{_YEAR})
    {_NUM_END}
    """,
    FLAGS,
)

#: A year opening a sentence as its subject: "2020 a été une année record".
YEAR_SUBJECT = re.compile(
    rf"""
    (?:^|(?<=[.!?…]\s)|(?<=\n))
    (?P<y>{_YEAR})
    (?=\s{{0,3}},|{S}{alternation(_DATA.year_subject_verbs)}(?![\w\-]))
    """,
    FLAGS | re.MULTILINE,
)

#: "(2019)", "(Paris, 2025)".
YEAR_IN_PARENS = re.compile(rf"\((?:[^()\n]{{1,40}},)?\s{{0,2}}(?P<y>{_YEAR})\s{{0,2}}\)", FLAGS)

#: Not inside a run of numbers separated by spaces ("+41 22 917 2019").
_NOT_AFTER_GROUP = r"(?<![0-9][\x20\u00a0])"
_NOT_BEFORE_GROUP = r"(?![\x20\u00a0][0-9])"

#: "31/12/2019", "31.12.2019", "4/11/03", "20 02 2014", "12/08, 2015" (day first; month first
#: only when the first number cannot be a month).
NUMERIC_DMY = re.compile(
    rf"""
    {_NUM_START}
    (?:(?P<d>[0-9]{{1,2}})(?P<sep>[/.\-])(?P<m>[0-9]{{1,2}})(?:(?P=sep)|,\s{{0,2}})(?P<y>[0-9]{{4}}|[0-9]{{2}})
        {_NUM_END}
      |{_NOT_AFTER_GROUP}(?P<d2>[0-9]{{1,2}})[\x20\u00a0](?P<m2>[0-9]{{1,2}})[\x20\u00a0](?P<y2>[0-9]{{4}}|[0-9]{{2}})
        {_NUM_END}{_NOT_BEFORE_GROUP})
    """,
    FLAGS,
)

#: "2019-05-08", "2015/08/12", "2015.5.13", "2018-7-6", "2016-12-16T12:23:59".
NUMERIC_ISO = re.compile(
    rf"""
    {_NUM_START}
    (?P<y>{_YEAR})(?P<sep>[\-/.])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})
    (?:(?=T[0-9])|{_NUM_END})
    """,
    FLAGS,
)

#: A month and a year in figures: "11/2016", "03/2015", "11 - 2016", "2016-11", "2015.3".
NUMERIC_MONTH = re.compile(
    rf"""
    {_NUM_START}{_NOT_AFTER_GROUP}
    (?:(?P<m>[0-9]{{1,2}})\s{{0,2}}[/\-–]\s{{0,2}}(?P<y>{_YEAR})
      |(?P<y2>{_YEAR})(?:\s{{0,2}}(?P<sep>[/\-–])\s{{0,2}}|\.)(?P<m2>[0-9]{{1,2}}))
    {_NUM_END}{_NOT_BEFORE_GROUP}
    """,
    FLAGS,
)

#: A day and a month in figures after an article or a preposition: "le 07/01", "du 22/4".
NUMERIC_DAY_MONTH = re.compile(
    rf"""
    (?<![\w\-])(?:{alternation(_DATA.numeric_day_month_before)}){S}
    (?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})
    {_NUM_END}
    """,
    FLAGS,
)

#: "aujourd'hui", "hier", "la semaine dernière", "cette année"…
RELATIVE_PHRASE = re.compile(
    r"(?<![\w'’\-])(?P<rel>" + alternation(_DATA.relative) + r")(?![\w'’])",
    FLAGS,
)

#: "jeudi dernier", "mardi prochain".
WEEKDAY_RELATIVE_PHRASE = re.compile(
    rf"""
    (?<![\w\-])
    (?P<wd>{WEEKDAY}){S}(?P<dir>{alternation(_DATA.weekday_relative)})
    (?![\w])
    """,
    FLAGS,
)

_WEEKS = alternation(k for k in _DATA.weekday_week if not k.startswith("_"))
_ANCHORED_DIRS = alternation(k for k in _DATA.weekday_anchored if not k.startswith("_"))
#: "mardi de la semaine prochaine", "lundi cette semaine".
WEEKDAY_WEEK = re.compile(
    rf"""
    (?<![\w\-])
    (?P<wd>{WEEKDAY}){S}(?:de{S})?(?P<wk>{_WEEKS})
    (?![\w])
    """,
    FLAGS,
)
WEEKDAY_WEEK_OFFSETS: Mapping[str, tuple[str, int]] = MappingProxyType(
    {fold(k): (v[0], int(v[1])) for k, v in _DATA.weekday_week.items() if not k.startswith("_")}
)

#: "mardi suivant", "mercredi d'après": counted from the last date written before.
WEEKDAY_ANCHORED = re.compile(
    rf"""
    (?<![\w\-])
    (?P<wd>{WEEKDAY}){S}(?P<dir>{_ANCHORED_DIRS})
    (?![\w])
    """,
    FLAGS,
)

#: "le mois suivant", "l'année suivante": counted from the last date written before.
RELATIVE_ANCHORED = re.compile(
    r"(?<![\w'’\-])(?P<rel>"
    + alternation(k for k in _DATA.relative_anchored if not k.startswith("_"))
    + r")(?![\w'’])",
    FLAGS,
)
RELATIVE_ANCHORED_UNITS: Mapping[str, tuple[str, int]] = MappingProxyType(
    {fold(k): (v[0], int(v[1])) for k, v in _DATA.relative_anchored.items() if not k.startswith("_")}
)

#: "ce mois de mai", "cette décembre": that month of the reference year.
THIS_MONTH = re.compile(
    rf"(?<![\w\-]){alternation(_DATA.this_month)}{S}(?P<m>{_MONTH_FULL})(?![\w\-])",
    FLAGS,
)

#: "le 15 courant", "au 3 du mois en cours": a day of the reference's month, after its article
#: ("15 courant" alone may be a current of 15 amperes).
DAY_THIS_MONTH = re.compile(
    rf"(?<=\b(?:le|du|au)\s)(?P<d>{_DAY_NUMBER}){S}(?P<cur>{alternation(_DATA.day_this_month)})(?![\w\-])",
    FLAGS,
)

#: Between two dates that make one span: "au", "à", "jusqu'au", "et" (after "entre"), a dash
#: ("a" without its accent too: the finder asks for "du", "de" or "depuis" before the first date).
SPAN_JOIN = re.compile(
    rf"\s{{0,3}}(?:(?P<conn>au|à|a|jusqu{APOS}au|jusqu{APOS}[àa]|et){S}(?:le{S})?|(?P<dash>{DASH}|~)\s{{0,3}})\Z",
    FLAGS,
)
#: Right before the first date of a span: "du", "de", "entre", "depuis".
SPAN_LEAD = re.compile(rf"(?<![\w\-])(?P<lead>{alternation(_DATA.span_leads)})\s{{0,3}}\Z", FLAGS)
#: Between a date without a year and the year written for it: "en", ",", "de l'année".
_TAIL_WORDS = alternation(t for t in _DATA.year_tail if t != ",")
YEAR_TAIL = re.compile(rf"(?:\s{{0,3}},\s{{0,3}}|{S}{_TAIL_WORDS}{S})\Z", FLAGS)
#: Between two coordinated dates ("fin juin et fin décembre 2009"): the last year serves both.
COORDINATED = re.compile(
    rf"\s{{0,3}}(?:,|{S}(?:et|ou)){S}(?:(?:le|la|en|fin|début|mi-|à{S}fin|au{S}début){S}?)?\Z",
    FLAGS,
)

_WEEKDAY_ORDINALS = {k: v for k, v in _DATA.weekday_ordinals.items() if not k.startswith("_")}
WEEKDAY_ORDINALS: Mapping[str, int] = MappingProxyType(
    {fold(k): int(v) for k, v in _WEEKDAY_ORDINALS.items()}
)
#: "le deuxième vendredi d'avril", "le dernier lundi du mois de mai 2024".
NTH_WEEKDAY = re.compile(
    rf"""
    (?<![\w\-])(?P<ord>{alternation(_WEEKDAY_ORDINALS)}){S}(?P<wd>{WEEKDAY})
    (?:{S}du{S}mois)?(?:{S}de{S}|{S}d{APOS}\s{{0,3}})
    (?P<m>{_MONTH_FULL})(?:{S}(?P<y>{_YEAR}))?
    {_NUM_END}(?!-)
    """,
    FLAGS,
)

#: "ce lundi".
WEEKDAY_THIS = re.compile(
    rf"(?<![\w\-]){alternation(_DATA.weekday_this)}{S}(?P<wd>{WEEKDAY})(?![\w\-])",
    FLAGS,
)

#: A bare weekday in running text: "a déclaré mardi" (the finder keeps lower case, and capitals
#: within a run of capitals: "A EU LIEU MARDI"; habits like "chaque mardi" excluded).
WEEKDAY_BARE = re.compile(
    rf"(?<![\w\-'’])(?P<wd>{WEEKDAY})(?![\w\-])(?!{S}[0-9])", re.VERBOSE | re.UNICODE | re.IGNORECASE
)
WEEKDAY_BARE_NOT_AFTER: frozenset[str] = frozenset(fold(w) for w in _DATA.weekday_bare_not_after)
#: Words after a capitalised weekday that make it a name: "Vendredi saint", "Lundi de Pâques".
WEEKDAY_NAME_NEXT: frozenset[str] = frozenset(fold(w) for w in _DATA.weekday_capitalised.not_before)
#: Right before a weekday that opens a sentence: the start of a line, a full stop, a dateline dash.
SENTENCE_OPENING = re.compile(r"(?:^|[.!?…][»\"”)]?[\x20\u00a0]{1,3}|[–—][\x20\u00a0]{1,3})\Z", re.MULTILINE)
#: What follows a weekday opening a sentence: a comma, or a lower-case word.
WEEKDAY_OPENING_NEXT = re.compile(
    r"(?:\s{0,2}(?P<comma>,)|[\x20\u00a0]{1,3}(?P<w>[a-zàâçéèêëîïôûùüÿœ][\w'’]{0,40}))"
)

#: "il y a trois jours", "dans deux semaines", "il ya un jour" (parsed by dateparser).
OFFSET_PHRASE = re.compile(
    rf"""
    (?<![\w\-])
    (?P<dir>il{S}y(?:{S})?a|dans){S}
    (?P<n>[0-9]{{1,3}}|{alternation(NUMBER_WORDS)}){S}
    (?P<unit>{alternation(_DATA.offset_units)})
    (?![\w\-])
    """,
    FLAGS,
)

#: Words that put the verb of a sentence in the future.
FUTURE_CUE = re.compile(
    r"(?<![\w\-])" + alternation(_DATA.future_cues) + r"(?![\w\-])",
    FLAGS,
)

_FUTURE_ENDINGS = "|".join(re.escape(e) for e in _DATA.future_endings)
_CONDITIONAL_ENDINGS = "|".join(re.escape(e) for e in _DATA.conditional_endings.endings)
_LOWER = "[a-zàâçéèêëîïôûùüÿœ]"
_UPPER = "[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]"

#: A lower-case verb in the simple future ("tiendra", "seront") or in the conditional
#: ("serait", "pourraient": a plan or a forecast).
FUTURE_VERB = re.compile(
    rf"(?<![\w\-])(?P<w>{_LOWER}{{2,40}}(?:{_FUTURE_ENDINGS})|{_LOWER}{{0,40}}(?:{_CONDITIONAL_ENDINGS}))(?![\w\-'’])",
)

#: The same in capitals ("SE TIENDRA"), for a run of words in capitals (checked by the finder).
FUTURE_VERB_CAPITALS = re.compile(
    rf"(?<![\w\-])(?P<w>{_UPPER}{{2,40}}(?:{_FUTURE_ENDINGS.upper()})"
    rf"|{_UPPER}{{0,40}}(?:{_CONDITIONAL_ENDINGS.upper()}))(?![\w\-'’])",
)

#: "dernier", "prochain"… right after a date.
PAST_AFTER = re.compile(r"\s{1,3}" + alternation(_DATA.past_cues) + r"(?![\w])", FLAGS)
FUTURE_AFTER = re.compile(r"\s{1,3}" + alternation(_DATA.future_after) + r"(?![\w])", FLAGS)

#: Auxiliaries of past tenses ("a", "ont", "s'est") that cancel an earlier future cue.
PAST_AUX = re.compile(
    r"(?<![\w\-'’])" + alternation(_DATA.past_auxiliaries) + r"(?![\w\-'’])",
)
#: The same in capitals ("ONT", "S'EST"), but not "A": in capitals it is as often "À".
PAST_AUX_CAPITALS = re.compile(
    r"(?<![\w\-'’])" + alternation(w.upper() for w in _DATA.past_auxiliaries if w != "a") + r"(?![\w\-'’])",
)

#: A lower-case verb in the imperfect ("faisait", "étaient"): a clause about the past.
IMPERFECT_VERB = re.compile(
    rf"(?<![\w\-])(?P<w>{_LOWER}{{1,40}}(?:{'|'.join(map(re.escape, _DATA.imperfect_endings.endings))}))"
    rf"(?![\w\-'’])"
)
IMPERFECT_EXCLUSIONS: frozenset[str] = frozenset(_DATA.imperfect_endings.exclusions)

#: A past participle right before a date ("publié le |24 août"): searched before the date.
_PARTICIPLE_ENDINGS = "|".join(map(re.escape, _DATA.past_participle_before.endings))
_PARTICIPLE_ARTICLES = alternation(_DATA.past_participle_before.articles)
PARTICIPLE_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<w>{_LOWER}{{2,40}}(?:{_PARTICIPLE_ENDINGS}))\s{{1,3}}"
    rf"(?:(?:{_PARTICIPLE_ARTICLES})\s{{1,3}})?$"
)
#: Where the clause after a date ends, for its tense: a stop after a word in lower case or a
#: figure, not after an initial or an abbreviation ("Le 15 mai, S.E.M. Traoré a reçu").
TENSE_CLAUSE_END = re.compile(r"(?<=[a-zà-ÿ0-9)»\"”])[.!?;:](?=\s)|\n")
#: "depuis (le)" right before a date: since then, so the date is past.
PAST_BEFORE = re.compile(r"(?<![\w\-])" + alternation(_DATA.past_before.words) + r"\s{1,3}$", FLAGS)
#: A past auxiliary and its participle right before a date ("a averti le |10 janvier", "a été
#: signé le |3 mars"): the date is when that happened.
PAST_VERB_BEFORE = re.compile(
    r"(?<![\w\-'’])"
    + alternation(_DATA.past_auxiliaries)
    + rf"\s{{1,3}}(?:[\w'’-]+\s{{1,3}})?{_LOWER}{{2,40}}"
    rf"\s{{1,3}}(?:(?:{_PARTICIPLE_ARTICLES})\s{{1,3}})?$"
)
#: The word before a word: a determiner or a preposition there makes "comité", "société" a noun.
WORD_BEFORE = re.compile(r"(?P<w>[\w'’]+)\s{1,3}$")

#: Where the clause holding a date begins.
SENTENCE_END = CLAUSE_BREAK

#: "plus de", "environ"… right before a year: a count, not a date.
QUANTITY_BEFORE = re.compile(
    alternation(_DATA.quantity_before)
    + r"\s{1,3}(?:"
    + alternation(_DATA.year_context_before)
    + r"\s{0,3})?$",
    FLAGS,
)

#: The word right after a year.
NEXT_WORD = re.compile(r"\s{0,3}(?P<w>[%€$£]|[\w'’]{1,40})", FLAGS)

#: "n°", "décret"… right before a number: an identifier ("loi n° 2019-20"), not a date.
SYMBOL_BEFORE = re.compile(
    r"(?<![\w])" + alternation(_DATA.symbol_before) + r"\s{0,3}$",
    FLAGS,
)

#: A number right after a year and a range connective: "de 2000 à 3000 personnes".
RANGE_PARTNER = re.compile(
    r"(?:\s{1,3}(?:à|et|ou|au)\s{1,3}|\s{0,3}[\-–]\s{0,3})(?P<n>[0-9]{1,3}(?:[\s.][0-9]{3}){1,3}|[0-9]{1,6})(?![0-9/])",
    FLAGS,
)


def _folded_words(words: Iterable[str]) -> str:
    """Plain alternation of folded words, longest first, ending where the word ends."""
    unique = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in unique) + r")(?!\w)"


def _last_words(phrases: Iterable[str]) -> str:
    """The last word of each phrase ("aujourd'hui" -> "hui"), as :func:`_folded_words`."""
    return _folded_words(re.findall(r"[^\W\d_]+", fold(p))[-1] for p in phrases if not p.startswith("_"))


#: Two numbers around a separator of a date in figures ("31/12", "20 02"), as folded.
_FIGURES = "[0-9][" + "".join(sorted({re.escape(fold_chars(c)) for c in "/.-\x20\u00a0"})) + "][0-9]"

#: The words some patterns cannot match without, found on the folded text (lower case,
#: no accents, one character per character) by plain patterns that the regex engine
#: scans fast; see :mod:`.scan`.
ANCHORS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "month": re.compile(_folded_words([*_DATA.months, *_DATA.month_abbreviations])),
        "weekday": re.compile(_folded_words(_DATA.weekdays)),
        # "(?<![0-9])" written after the first two figures, so that the engine skips to them
        "year": re.compile(r"(?:1[89]|20)(?<![0-9]..)[0-9]{2}(?![0-9])"),
        "figures": re.compile(_FIGURES),
        "period": re.compile(_folded_words(_DATA.periods.units)),
        "offset": re.compile(_folded_words(k for k in _DATA.offset_units if not k.startswith("_"))),
        "relative": re.compile(_last_words(_DATA.relative)),
        "anchored": re.compile(_last_words(_DATA.relative_anchored)),
        "this_month": re.compile(_last_words(_DATA.day_this_month)),
    }
)
#: The anchor each pattern needs, and its groups that hold one: every match of the pattern
#: has one of these groups, and an anchor of that kind overlaps it (the month of "12 mai",
#: the last word of "la semaine prochaine", the first number of "31/12").
NEEDS: Mapping[re.Pattern[str], tuple[str, tuple[str, ...]]] = MappingProxyType(
    {
        **{p: ("month", ("m",)) for p in (DAY_DATE, MONTH_DAY, MONTH_YEAR, MONTH_IN_CONTEXT, THIS_MONTH)},
        NAMED_NUMERIC: ("month", ("m", "m2", "m3")),
        DAY_SPAN: ("month", ("m2",)),
        MONTH_SPAN: ("month", ("m1",)),
        NTH_WEEKDAY: ("month", ("m",)),
        **{p: ("weekday", ("wd",)) for p in (WEEKDAY_RELATIVE_PHRASE, WEEKDAY_WEEK, WEEKDAY_ANCHORED)},
        **{p: ("weekday", ("wd",)) for p in (WEEKDAY_THIS, WEEKDAY_BARE)},
        YEAR_SPAN: ("year", ("y1",)),
        **{p: ("year", ("y",)) for p in (YEAR_IN_CONTEXT, YEAR_SUBJECT, YEAR_IN_PARENS, NUMERIC_ISO)},
        NUMERIC_MONTH: ("year", ("y", "y2")),
        NUMERIC_DMY: ("figures", ("d", "d2")),
        NUMERIC_DAY_MONTH: ("figures", ("d",)),
        PERIOD: ("period", ("unit",)),
        OFFSET_PHRASE: ("offset", ("unit",)),
        RELATIVE_PHRASE: ("relative", ("rel",)),
        RELATIVE_ANCHORED: ("anchored", ("rel",)),
        DAY_THIS_MONTH: ("this_month", ("cur",)),
    }
)
