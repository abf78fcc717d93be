"""Press-release structure: dateline, UN document symbols, boilerplate sections.

- :func:`find_dateline`: "GENÈVE/NEW YORK, le 6 novembre 2020", "Vienne,
  24 janvier (Service d'information des Nations Unies) –", "Dakar, le 23
  janvier 2017 -", or a header line holding only a full date ("29 Janvier
  2013", "4/11/03"), within the first lines of the text;
- :func:`find_symbols`: "SOC/CP/314", "AG/AB/3975", "ECOSOC/6952";
- :func:`find_sections`: contact blocks, "À propos de …" paragraphs, photo
  credits and navigation/share lines, which mentions are flagged against.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Literal

from .dates import find_dates
from .lexicon import lexicon
from .records import Dateline, DocumentSymbol, Section
from .text import fold

_HEADER_CHARS = 1200
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|la|le|sur|en|d['’][\w-]+))*"
_DATELINE = re.compile(
    rf"""
    (?P<places>{_PLACE}(?:[ \u00a0]*[/,][ \u00a0]*{_PLACE})*?)      # GENÈVE/NEW YORK
    (?:[ \u00a0]*[(,][ \u00a0]*(?P<country>{_PLACE})\)?)?          # "Kinshasa (RDC)"
    [ \u00a0]*(?:,|[-–—])[ \u00a0]*
    (?:le[ \u00a0]+)?
    (?P<date>(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0]+)?
        \d{{1,2}}(?:er)?[ \u00a0]+[A-Za-zéûÉÛ]+\.?(?:[ \u00a0]+\d{{4}})?)
    (?:[ \u00a0]*\((?P<agency>[^()\n]{{3,100}})\))?
    [ \u00a0]*(?:[-–—:]|\n|(?=[A-ZÀ-Ö«"]))
    """,
    re.VERBOSE,
)
_PLACE_ONLY = re.compile(
    rf"^(?P<places>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]+(?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]+)*|{_PLACE}"
    rf"(?:[ \u00a0]+[-–—][ \u00a0]+{_PLACE})?)[ \u00a0]+[-–—][ \u00a0]+(?=[A-ZÀ-Ö«])",
    re.MULTILINE,
)
_SYMBOL = re.compile(
    r"(?<![\w/])(?:[A-Z]{1,8}/){1,4}(?:[A-Z]{1,8}/)?[A-Z]?\d+(?:/[A-Z0-9.]+)*(?:/Rev\.\d+)?(?![\w/])"
)
_ABOUT = re.compile(
    r"^(?:À|A)\s+propos\s+d[eu']|^About\b|^Contexte\s+général|^Note\s+(?:aux|à\s+l['’]intention\s+des)\s+rédactions"
    r"|^Informations\s+générales",
    re.IGNORECASE | re.MULTILINE,
)
_CONTACT = re.compile(
    r"^(?:Contacts?(?:\s+(?:presse|médias?|pour\s+les\s+médias))?\s*:?\s*$|Pour\s+(?:plus\s+d['’]informations|"
    r"toute\s+information|en\s+savoir\s+plus)[^\n]{0,60}(?:contacter|contactez|s['’]adresser)|Relations\s+(?:presse|médias))",
    re.IGNORECASE | re.MULTILINE,
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline in the header of the release, if any."""
    head = text[:_HEADER_CHARS]
    for m in _DATELINE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if head[line_start : m.start()].strip():
            continue  # a dateline starts its line
        dates = [d for d in find_dates(m.group("date")) if d.year is not None and d.day is not None]
        if not dates:
            continue
        places = tuple(p.strip() for p in re.split(r"[ \u00a0]*/[ \u00a0]*", m.group("places")))
        end = m.end("agency") + 1 if m.group("agency") else m.end("date")
        return Dateline(
            text=text[m.start() : end],
            start=m.start(),
            end=end,
            places=places,
            date=dates[0].value,
            agency=m.group("agency"),
        )
    for line in re.finditer(r"^[^\n]{1,40}$", head, re.MULTILINE):
        dates = find_dates(line.group().strip())
        if (
            len(dates) == 1
            and dates[0].precision == "day"
            and dates[0].year is not None
            and (len(dates[0].text) >= len(line.group().strip()) - 3)
        ):
            d = dates[0]
            start = line.start() + line.group().index(d.text)
            return Dateline(text=d.text, start=start, end=start + len(d.text), date=d.value)
    place = _PLACE_ONLY.search(head)
    if place:
        places = tuple(
            p.strip() for p in re.split(r"[ \u00a0]*[/]|[ \u00a0]+[-–—][ \u00a0]+", place.group("places"))
        )
        return Dateline(
            text=place.group("places"), start=place.start("places"), end=place.end("places"), places=places
        )
    return None


_PUBLICATION_LINE = re.compile(
    r"""^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ \u00a0][\w'’&.-]+){0,5})   # "Le Soleil", "Cameroon Tribune"
    [ \u00a0]+\((?P<place>[A-ZÀ-ÖØ-Þ][^()\n]{1,40})\)[ \u00a0]*$     # "(Dakar)"
    """,
    re.MULTILINE | re.VERBOSE,
)


def find_publication(text: str, is_place: Callable[[str], bool]) -> tuple[int, int] | None:
    """The publisher line of an aggregated release, "Le Soleil (Dakar)": the name's offsets.

    It stands alone on a line in the header, followed by a known place in parentheses.
    """
    for m in _PUBLICATION_LINE.finditer(text, 0, min(len(text), _HEADER_CHARS)):
        if is_place(m.group("place").strip()):
            return m.start("name"), m.end("name")
    return None


def find_symbols(text: str) -> list[DocumentSymbol]:
    """UN-style document symbols."""
    return [DocumentSymbol(text=m.group(), start=m.start(), end=m.end()) for m in _SYMBOL.finditer(text)]


@functools.lru_cache(maxsize=4096)
def line_kind(line: str) -> Literal["navigation", "credit", "contact"] | None:
    """Whether a whole line is page furniture (navigation/share line, photo credit) or a contact field."""
    lex = lexicon()
    folded = fold(line).strip()
    if folded.strip(" .:!»«") in lex.furniture_lines:
        return "navigation"
    if any(folded.startswith(m) or f" {m}" in folded[:40] for m in lex.credit_markers):
        return "credit"
    label = re.match(r"([\w' -]{1,20}?)\s*:", folded)
    if label and label.group(1).strip() in lex.furniture_labels:
        return "contact"
    return None


def find_sections(text: str) -> list[Section]:
    """Boilerplate regions: credits, navigation lines, "À propos" and contact blocks."""
    out: list[Section] = []
    for line in re.finditer(r"[^\n]+", text):
        kind = line_kind(line.group())
        if kind is not None:
            out.append(Section(kind=kind, start=line.start(), end=line.end()))
    blocks = sorted(
        [(m.start(), "about") for m in _ABOUT.finditer(text)]
        + [(m.start(), "contact") for m in _CONTACT.finditer(text)]
    )
    for i, (start, block) in enumerate(blocks):
        end = blocks[i + 1][0] if i + 1 < len(blocks) else len(text)
        out.append(Section(kind=block, start=start, end=end))
    out.sort(key=lambda s: s.start)
    return out
