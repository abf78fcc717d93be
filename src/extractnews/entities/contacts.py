"""People of a release's contact and source blocks, and of its closing byline.

- "Contacts :⏎Aminata Diop Ndiaye, PAM/Dakar, +221 …": each line of the block that opens
  with a name, alone or before a comma, a dash or a bracket;
- "Source :⏎Mathieu Paquin-Roy⏎Attaché de presse": the same (the model's span often runs
  on into the next line, and is dropped);
- "…⏎⏎Robenson Altidor": a name alone on the last line of the text, after a blank line.

The model often calls such a name a place. A name here is two to five capitalised words,
none of them a title, a body's head, a function word or a known place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..kb import KnowledgeBase
from ..people.lexicon import people_words
from .patterns import NAME_PART, NAME_WITH_CAPITALS
from .sources import _common_word

#: What may follow a name on a contact line.
_AFTER_NAME = re.compile(r"[ \t]*(?:$|[,(/]|[-–—][ \t])", re.MULTILINE)
_MAX_BLOCK_LINES = 12


def _block_lines(text: str) -> Iterator[re.Match[str]]:
    """The lines of every contact or source block: after its heading, up to a blank line."""
    heading = people_words().contact_heading_re
    lines = list(re.finditer(r"[^\n]*", text))
    for i, line in enumerate(lines):
        if not line.group().strip() or not heading.fullmatch(line.group()):
            continue
        taken = 0
        for follower in lines[i + 1 :]:
            if taken >= _MAX_BLOCK_LINES or (taken and not follower.group().strip()):
                break
            if follower.group().strip():
                taken += 1
                yield follower


_LAST_LINE = re.compile(r"[^\n]+")


def _last_line(text: str) -> re.Match[str] | None:
    """The last line of the text when a blank line comes before it (a byline)."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    blank_before = text[:start].rstrip(" \t").endswith("\n") and text[: start - 1].rstrip(" \t").endswith(
        "\n"
    )
    if start == 0 or not blank_before:
        return None
    while start < end and text[start] in " \t":
        start += 1
    return _LAST_LINE.match(text, start, end)


def _name_at(text: str, start: int, end: int, kb: KnowledgeBase) -> Candidate | None:
    """A person's name that opens ``text[start:end]`` and ends where a contact line's name ends."""
    m = NAME_WITH_CAPITALS.match(text, start, end)
    if m is None or people_words().honorific_re.match(text, start, end):
        return None  # "Mme Awa Diop": the honorific's rule finds her
    if not _AFTER_NAME.match(text, m.end(), end):
        return None
    words = [p.group() for p in NAME_PART.finditer(text, m.start(), m.end())]
    lex = people_words()
    if any(_common_word(w) or w in lex.not_surnames or kb.is_place(w) for w in words):
        return None
    surface = text[m.start() : m.end()]
    if kb.is_place(surface) or kb.by_name(surface) or kb.by_acronym(words[0]):
        return None
    return Candidate(m.start(), m.end(), "PER", "rule")


def contact_people(text: str, kb: KnowledgeBase) -> list[Candidate]:
    """The names that open the lines of contact and source blocks, and a closing byline."""
    out = []
    lines = list(_block_lines(text))
    last = _last_line(text)
    if last is not None:
        lines.append(last)
    for line in lines:
        start = line.start(1) if line.re.groups else line.start()
        end = line.end(1) if line.re.groups else line.end()
        found = _name_at(text, start, end, kb)
        if found is not None:
            out.append(found)
    return out
