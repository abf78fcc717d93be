"""Human-readable views of an Extraction: a console summary and notebook HTML."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .records import Acronym, Entity, Money, Organization
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


def to_html(result: Extraction, text: str) -> str:
    """The text with entities, dates, money and acronyms highlighted (displaCy style)."""
    marks: list[tuple[int, int, str, str]] = []
    expansions = {(a.start, a.end): f"{a.long_fr or '?'} / {a.long_en or '?'}" for a in result.acronyms}
    for e in result.entities:
        marks.append((e.start, e.end, e.label, expansions.get((e.start, e.end), e.kb_id or e.origin)))
    for d in result.dates:
        marks.append((d.start, d.end, "DATE", d.value or "unresolved"))
    for m in result.money:
        marks.append((m.start, m.end, "MONEY", f"{m.amount} {m.currency or ''}".strip()))
    for a in result.acronyms:
        marks.append((a.start, a.end, "ACRONYM", expansions[(a.start, a.end)]))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    parts, pos = [], 0
    for start, end, label, title in marks:
        if start < pos:
            continue  # overlapping marks: the first, longest one is shown
        parts.append(html.escape(text[pos:start]))
        colour = _COLOURS.get(label, "#ddd")
        parts.append(
            f'<mark title="{html.escape(title)}" style="background:{colour};padding:0.1em 0.3em;'
            f'border-radius:0.3em">{html.escape(text[start:end])}'
            f'<span style="font-size:0.7em;font-weight:bold;margin-left:0.4em">{label}</span></mark>'
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    return (
        '<div class="extractnews" style="line-height:2.2;white-space:pre-wrap">' + "".join(parts) + "</div>"
    )
