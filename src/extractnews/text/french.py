"""The French text layer: one fold, the sentence and clause breaks, the character and word classes.

Every room builds its patterns from these pieces, so that "a capital", "a
space inside a line", "an article" or "the end of a sentence" means the same
thing everywhere. The characters and closed word classes are data
(``models/french.json``); this module turns them into functions and regular
expression fragments.

Three comparison keys, all built on :func:`fold`:

- :func:`fold`: one character per character (offsets found in it are offsets
  in the original): lower case, no accents, one apostrophe, one dash, one space;
- :func:`fold_key`: the words only, for names ("L'Office  des N.U." -> "l office des n u");
- :func:`lookup_key`: punctuation kept, white space squeezed, for word lists
  ("Jusqu’au" -> "jusqu'au").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from ..resources import DataFile, load_model


class FrenchData(DataFile):
    """Schema of ``models/french.json``."""

    apostrophes: str
    spaces: str
    dashes: str
    capitals: str
    lowercase: str
    inline_spaces: str
    articles: tuple[str, ...]
    of: tuple[str, ...]
    prepositions: tuple[str, ...]
    conjunctions: tuple[str, ...]
    determiners: tuple[str, ...]
    elisions: tuple[str, ...]
    function_words: tuple[str, ...]
    english_function_words: tuple[str, ...]
    number_words: tuple[str, ...]


DATA = load_model("french.json", FrenchData)

#: Capital letters, as the body of a character class (``[{CAPITALS}]``).
CAPITALS = DATA.capitals
#: Lower-case letters of French, as the body of a character class.
LOWERCASE = DATA.lowercase
#: One capital letter.
UPPER = f"[{CAPITALS}]"
#: One space inside a line: the space, the no-break space and the narrow no-break space.
SPACE = f"[{DATA.inline_spaces}]"
#: One apostrophe, straight or typographic.
APOS = "['’]"
#: The words a number written in words starts with ("quarante-cinq", "deux millions").
NUMBER_WORDS = DATA.number_words

# ---------------------------------------------------------------- folding


def _fold_char(c: str) -> str:
    if c in DATA.apostrophes:
        return "'"
    if c in DATA.spaces:
        return " "
    if c in DATA.dashes:
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


class _FoldTable(dict[int, str]):
    """Each character's folded form, computed the first time ``str.translate`` asks for it."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes, dashes and spaces: one char per char.

    The result has exactly the length of the input, so offsets found in the
    folded text are offsets in the original.
    """
    return text.translate(_FOLD_TABLE)


_WORDS = re.compile(r"\w+")


def fold_key(text: str) -> str:
    """A comparison key for names: folded, punctuation dropped, spaces squeezed."""
    return " ".join(_WORDS.findall(fold(text)))


def lookup_key(text: str) -> str:
    """A key for word lists: folded, white space squeezed, punctuation kept."""
    return " ".join(fold(text).split())


_SPACE_OR_LOWER_RUN = re.compile(r"\s|[a-zà-ÿ]{3}")


@functools.lru_cache(maxsize=8192)
def acronym_like(token: str) -> bool:
    """One word of at most 12 characters, two capitals or more, no run of 3 lower-case letters.

    "ONUDC", "AfDB", "BAsD", "FSE+", "AUDA-NEPAD" are; "Union", "Mali" are not.
    """
    return (
        len(token) <= 12 and sum(map(str.isupper, token)) >= 2 and _SPACE_OR_LOWER_RUN.search(token) is None
    )


_DOTTED = re.compile(r"[A-ZÀ-Ö](?:\.[A-Za-z]){1,7}\.?")


def dotted_acronym(token: str) -> bool:
    """Letters separated by full stops, the first a capital: "F.m.i", "A.F.D.", "U.S"."""
    return _DOTTED.fullmatch(token) is not None


def is_french(text: str) -> bool:
    """False when 20 words or more of ``text`` hold fewer than 5 % of French function words,
    or when a shorter text holds 3 English function words or more and not half as many French ones."""
    words = re.findall(rf"[{LOWERCASE}]+", text[:5000].lower())
    french = sum(w in FUNCTION_WORDS for w in words)
    if len(words) >= 20:
        return french / len(words) >= 0.05
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english < 3 or 2 * french >= english


#: French function words ("le", "de", "et"), to tell French text from text in another language.
FUNCTION_WORDS = frozenset(DATA.function_words)
_ENGLISH_WORDS = frozenset(DATA.english_function_words) - FUNCTION_WORDS


# ---------------------------------------------------------------- pattern pieces


def phrase(text: str, *, space: str = r"\s{1,3}", accents: bool = False) -> str:
    """A literal phrase as a regex: any apostrophe, flexible spaces, optionally É/E alike."""
    out = []
    for char in text:
        if char in "'’":
            out.append(APOS)
        elif char.isspace():
            out.append(space)
        elif accents and char in "éÉ":
            out.append("[éÉeE]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def alternation(words: Iterable[str], *, space: str = r"\s{1,3}", accents: bool = False) -> str:
    """``(?:a|b|…)``, longest first, so that "septembre" is tried before "sept"."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(phrase(w, space=space, accents=accents) for w in unique) + ")"


def initial_either_case(words: Iterable[str], *, space: str = r"\s+") -> str:
    """``(?:[Ll]e|[Ll]a|…)``: the words in lower case or with a capital initial, longest first."""
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        body = phrase(word, space=space)
        first = word[:1]
        out.append(f"[{first.upper()}{first}]{body[1:]}" if first.isalpha() else body)
    return "(?:" + "|".join(out) + ")"


#: "de la", "de l'", "du", "des", "de", "d'": what joins a name to its complement.
OF = alternation(DATA.of, space=r"\s+")


def of_joined(space: str = r"\s") -> str:
    r"""``OF`` followed by its spaces, in any case ("DE L'ECONOMIE"), with ``space`` one character class.

    ``of_joined(r"[^\S\n]")`` stays on its line; the spaces after an elision are optional.
    """
    one, some = f"{space}+", f"{space}*"
    return rf"(?i:de{one}la{one}|de{one}l{APOS}{some}|du{one}|des{one}|de{one}|d{APOS}{some})"


#: "le", "la", "les", "l'".
ARTICLE = alternation(DATA.articles, space=r"\s+")
#: "à", "au", "en", "sur", "pour"…
PREPOSITION = alternation(DATA.prepositions, space=r"\s+")
#: "et", "ou".
CONJUNCTION = alternation(DATA.conjunctions, space=r"\s+")
#: "cette", "son", "leurs"…
DETERMINER = alternation(DATA.determiners, space=r"\s+")

#: Where a sentence ends: final punctuation (and a closing quote) before a capital, or a blank line.
SENTENCE_BREAK = re.compile(rf"[.!?…][»\"”)]?\s+(?=[«\"“(]?{UPPER})|\n[\x20\t]*\n")
#: Where a clause ends, for the cues of a date: a stop, a semicolon or a colon before a space, a line end.
CLAUSE_BREAK = re.compile(r"[.!?;:\n](?=\s)|\n")


def sentence_initial(text: str, start: int) -> bool:
    """``text[start:]`` opens a sentence, a quotation or a line."""
    before = text[max(0, start - 3) : start]
    return start == 0 or not before.strip() or before.rstrip()[-1:] in ".!?:»\n"


# ---------------------------------------------------------------- capitals

#: A word of two letters or more (no digit); the last one before, the first one after a token.
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_WORD_BEFORE = re.compile(r"([^\W\d_]{2,})(?:[^\w\n]|\d)*$")
_REACH = 40


def in_capitals(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of a run written in capitals ("GENÈVE, 14 MARS 2019 – LE").

    The word is in capitals, and so are the words next to it on its line (a number
    between is skipped): the nearest word before it and the nearest after it, those
    of them that exist within a few characters. A word in capitals among lower-case
    words ("l'UNICEF a versé", "5 MUSD au") is an acronym or a code, not such a run.
    """
    word = text[start:end]
    if not word.isupper():
        return False
    before = text[max(0, start - _REACH) : start]
    before = before[before.rfind("\n") + 1 :]
    left = _WORD_BEFORE.search(before)
    after = text[end : end + _REACH]
    after = after[: after.find("\n")] if "\n" in after else after
    right = _LETTERS.search(after)
    neighbours = [m.group(1) if m is left else m.group() for m in (left, right) if m is not None]
    return bool(neighbours) and all(w.isupper() for w in neighbours)


# ---------------------------------------------------------------- lines


@functools.lru_cache(maxsize=8)
def findall_set(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    """Every match of ``pattern`` in ``text`` (its group when it has one), found once per text: for
    a rule that asks the same question of each of a document's spans (thousands in a long one)."""
    return frozenset(pattern.findall(text))


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line(s) of ``text`` holding ``[start, end)`` begin and end (without the line breaks)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end != -1 else len(text)


def line_of(text: str, start: int, end: int) -> str:
    """The whole line(s) of ``text`` holding ``[start, end)``."""
    line_start, line_end = line_bounds(text, start, end)
    return text[line_start:line_end]


def last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]`` (None if there is none)."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - we want the last one
        pass
    return found
