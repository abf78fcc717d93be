"""Human-readable views of an Extraction: a console summary and notebook HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .records import Acronym, Entity, Money, Organization, Person
from .text import looks_like_html, prepare
from .text.french import fold_key

if TYPE_CHECKING:
    from .extraction import Extraction

_COLOURS = {
    "PER": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#feca74",
    "MISC": "#ddd",
    "DATE": "#bfe1d9",
    "MONEY": "#e4e7d2",
    "ACRONYM": "#c7f0a0",
}


def _lines(title: str, rows: Iterable[str]) -> list[str]:
    rows = list(rows)
    return [f"{title} ({len(rows)})", *(f"  {r}" for r in rows)] if rows else []


def _organization_line(o: Organization) -> str:
    acronyms = ", ".join(dict.fromkeys(o.acronyms_fr + o.acronyms_en))
    return (
        (o.name_fr or "?")
        + (f" [{acronyms}]" if acronyms else "")
        + (f"  ({o.name_en})" if o.name_en else "")
        + f"  x{len(o.mentions)}"
    )


def _acronym_lines(acronyms: Iterable[Acronym]) -> list[str]:
    """One line per organisation: "PNUE = … (also UNEP)", not a second line for "UNEP"."""
    groups: dict[str, list[Acronym]] = {}
    for a in acronyms:
        groups.setdefault(a.org_id or f"{a.short}\n{a.long_fr}", []).append(a)
    lines = []
    for group in groups.values():
        a = group[0]
        also = dict.fromkeys(x for g in group for x in (g.short, *g.aliases) if x != a.short)
        lines.append(
            f"{a.short} = {a.long_fr or '?'}"
            + (f" = {a.long_en}" if a.long_en else "")
            + (f"  (also {', '.join(also)})" if also else "")
            + (f"  [{a.origin}]" if a.origin else "")
        )
    return lines


def _places(entities: Iterable[Entity]) -> list[str]:
    """Each place once, whatever its case ("NAIROBI" in the dateline, "Nairobi" in the text)."""
    forms: dict[str, list[str]] = {}
    for e in entities:
        if e.label == "LOC":
            forms.setdefault(e.kb_id or fold_key(e.text), []).append(e.text)
    # the first form not written in capitals, else the first
    return [next((f for f in texts if not f.isupper()), texts[0]) for texts in forms.values()]


def _money_line(m: Money) -> str:
    return f"{m.text!r} -> {m.amount} {m.currency or '?'}" + (f" ({m.qualifier})" if m.qualifier else "")


def summary(result: Extraction) -> str:
    """A few readable lines per kind of record."""
    if result.error:
        return f"error: {result.error}"
    out: list[str] = []
    if result.dateline:
        d = result.dateline
        out.append(f"Dateline: {' / '.join(d.places) or '-'}, {d.date or 'no date'}")
    if result.reference_date:
        out.append(f"Reference date: {result.reference_date} (from {result.reference_source})")
    out += _lines("Organisations", (_organization_line(o) for o in result.organizations))
    out += _lines(
        "People",
        (
            p.name + "".join(f", {x}" for x in (p.honorific, p.role, p.organization) if x)
            for p in result.people
        ),
    )
    out += _lines("Places", _places(result.entities))
    out += _lines("Acronyms", _acronym_lines(result.acronyms))
    out += _lines("Dates", (f"{d.text!r} -> {d.value or '(unresolved)'}" for d in result.dates))
    out += _lines("Money", (_money_line(m) for m in result.money))
    out += _lines("Warnings", result.warnings)
    return "\n".join(out)


def _expansion(a: Acronym) -> str:
    names = [n for n in (a.long_fr, a.long_en) if n]
    if not names:
        return "acronym not resolved"
    return " / ".join(names) + (f" (also {', '.join(a.aliases)})" if a.aliases else "")


def _person_title(p: Person) -> str:
    return ", ".join(x for x in (" ".join(filter(None, (p.honorific, p.name))), p.role, p.organization) if x)


def _organization_title(o: Organization) -> str:
    names = " / ".join(dict.fromkeys(n for n in (o.name_fr, o.name_en) if n))
    acronyms = ", ".join(dict.fromkeys(o.acronyms_fr + o.acronyms_en))
    return (names or "organisation") + (f" ({acronyms})" if acronyms else "")


def _titles(result: Extraction) -> dict[tuple[int, int], str]:
    """What each entity's hover shows: the acronym's expansion, the person's role and
    organisation, the organisation's names; keyed by the entity's offsets."""
    titles: dict[tuple[int, int], str] = {}
    for o in result.organizations:
        titles.update({(span.start, span.end): _organization_title(o) for span in o.mentions})
    for p in result.people:
        titles.update({(span.start, span.end): _person_title(p) for span in p.mentions})
    titles.update({(a.start, a.end): _expansion(a) for a in result.acronyms})
    return titles


_OTHER = {"LOC": "place", "MISC": "other name", "ORG": "organisation", "PER": "person"}


def _money_title(m: Money) -> str:
    amount = f"{m.amount} {m.currency or '(no currency)'}"
    return f"{m.qualifier} {amount}" if m.qualifier else amount


Mark = tuple[int, int, str, str]
"""``(start, end, label, hover text)`` of a mention to highlight."""


def _marks(result: Extraction) -> list[Mark]:
    """Every mention to highlight, in order, the longest first where two start together."""
    titles = _titles(result)
    marks: list[Mark] = [
        (e.start, e.end, e.label, titles.get((e.start, e.end), _OTHER[e.label])) for e in result.entities
    ]
    marks += [(d.start, d.end, "DATE", d.value or "no year: give a reference date") for d in result.dates]
    marks += [(m.start, m.end, "MONEY", _money_title(m)) for m in result.money]
    marks += [(a.start, a.end, "ACRONYM", _expansion(a)) for a in result.acronyms]
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    return marks


def _visible(text: str, marks: list[Mark]) -> tuple[str, list[Mark]]:
    """For an HTML page, its visible text and the marks moved onto it; other texts as they are."""
    if not looks_like_html(text):
        return text, marks
    prepared = prepare(text)
    moved = [(*prepared.from_source(start, end), label, title) for start, end, label, title in marks]
    return prepared.text, [m for m in moved if m[0] < m[1]]


def _gap(text: str, html_page: bool) -> str:
    escaped = html.escape(text)
    # three line breaks or more, white space between: one blank line (each run read once)
    return re.sub(r"\n(?:[^\S\n]*\n){2,}", "\n\n", escaped) if html_page else escaped


def to_html(result: Extraction, text: str) -> str:
    """The text with entities, dates, money and acronyms highlighted (displaCy style), their
    normalised values on hover. An HTML page shows as its visible text, not its markup."""
    html_page = looks_like_html(text)
    shown, marks = _visible(text, _marks(result))
    parts, pos = [], 0
    for start, end, label, title in marks:
        if start < pos:
            continue  # overlapping marks: the first, longest one is shown
        parts.append(_gap(shown[pos:start], html_page))
        colour = _COLOURS.get(label, "#ddd")
        parts.append(
            f'<mark title="{html.escape(title)}" style="background:{colour};padding:0.1em 0.3em;'
            f'border-radius:0.3em">{html.escape(shown[start:end])}'
            f'<span style="font-size:0.7em;font-weight:bold;margin-left:0.4em">{label}</span></mark>'
        )
        pos = end
    parts.append(_gap(shown[pos:], html_page))
    if html_page:  # no blank lines before or after the page's text
        parts[0], parts[-1] = parts[0].lstrip(), parts[-1].rstrip()
    space = "pre-line" if html_page else "pre-wrap"  # a page's own line breaks and spaces are layout
    return f'<div class="extractnews" style="line-height:2.2;white-space:{space}">{"".join(parts)}</div>'
