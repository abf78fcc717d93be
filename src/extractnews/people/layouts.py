"""Roles that the layout of the lines gives, rather than a sentence.

- "Directeur général : Madame X, ingénieure": an appointment line, title then colon then name;
  the organisation is the title's own ("Directeur de l'Hôpital de Y : Docteur X") or the
  heading above the line ("Office national des eaux", "AU TITRE DU MINISTÈRE DES MINES");
- "Le Secrétaire général du Gouvernement⏎X": a signature, the title on the line above the name
  (or above a blank line left for the signature);
- "Source :⏎X⏎Attachée de presse⏎Cabinet du ministre des Transports": the title on the line
  below the name, and the organisation on the line after it;
- "Contact : Mme X, Chef de l'information, GIS": an organisation alone after the title.
"""

from __future__ import annotations

import re

from ..orgs.lexicon import org_words
from ..records import Entity
from ..text.french import fold
from .lexicon import people_words
from .patterns import WORDS
from .roles import Role, is_sentence, lead_in_title, split_role

#: An appointment line up to the name: "- Directeur général : ", "Secrétaire général : ".
_ENTRY = re.compile(r"[ \t]*(?:[-–—•*·][ \t]*)?(?P<title>[^:\n]{2,160}?)[ \t]*:[ \t]*")
#: What a heading may open with: "AU TITRE DU MINISTÈRE ...", "- ".
_HEADING_LEAD = re.compile(
    r"[-–—•*·]?\s*(?:au\s+titre\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?", re.IGNORECASE
)
#: A signature's marks before the title: "(é) ", "(s) ", "P.O. ".
_SIGNATURE_LEAD = re.compile(r"[ \t]*(?:\([a-zé]{1,3}\)[ \t]*|P\.\s?O\.[ \t]*)?")
_MAX_TITLE_WORDS = 20


def _title_line(line: str, offset: int, entities_at: dict[int, Entity]) -> Role | None:
    """A line (or the start of one) that is a title phrase and nothing else."""
    t = lead_in_title(line)
    phrase = line[t:].rstrip(" \t,") if t is not None else ""
    if t is None or not phrase or phrase.endswith(".") or is_sentence(phrase):
        return None
    if len(WORDS.findall(phrase)) > _MAX_TITLE_WORDS:
        return None
    role, org, at = split_role(phrase, offset + t, entities_at)
    return Role(role, org, at, offset + t, offset + t + len(phrase))


def _lines_above(text: str, line_start: int, limit: int = 8) -> list[tuple[int, str]]:
    """The lines above the one that starts at ``line_start``, nearest first, with their offsets."""
    out: list[tuple[int, str]] = []
    end = line_start - 1
    while end >= 0 and len(out) < limit:
        start = text.rfind("\n", 0, end) + 1
        out.append((start, text[start:end]))
        end = start - 1
    return out


def _without_last_parenthesis(line: str) -> str:
    """ "Office national des eaux (ONE)" -> "Office national des eaux"."""
    stripped = line.rstrip()
    opening = stripped.rfind("(")
    if not stripped.endswith(")") or opening == -1 or "(" in stripped[opening + 1 : -1]:
        return line
    return stripped[:opening].rstrip()


def _body_line(line: str) -> tuple[int, int] | None:
    """Where the body is in a heading line: "Office national des eaux (ONE)", "AU TITRE DU
    CABINET DU PREMIER MINISTRE"; None for a line that names no body, or only a division of one
    by a noun and an adjective ("Administration centrale")."""
    lead = _HEADING_LEAD.match(line)
    start = lead.end() if lead else 0
    body = _without_last_parenthesis(line[start:]).rstrip(" \t.,;")
    words = WORDS.findall(body)
    if not words:
        return None
    head = re.sub(r"^[ld]['’]", "", fold(words[0]))
    if head not in org_words().org_heads and head not in people_words().lowercase_org_heads:
        return None
    if len(words) <= 2 and not any(w[:1].isupper() for w in words[1:]):
        return None
    return start, start + len(body)


def _heading_body(text: str, line_start: int) -> tuple[str, int] | None:
    """The body that the headings above an appointment line name, nearest first; other
    appointment lines, blank lines and short headings are passed over."""
    for start, line in _lines_above(text, line_start):
        stripped = line.strip()
        if not stripped or ":" in line:
            continue  # another appointment line
        found = _body_line(line)
        if found is not None:
            return line[found[0] : found[1]], start + found[0]
        if stripped.endswith(".") or len(stripped.split()) > 6:
            return None  # a paragraph: the list has no heading
    return None


def _entry_role(text: str, line_start: int, m: re.Match[str], entities_at: dict[int, Entity]) -> Role | None:
    title = m.group("title")
    role = _title_line(title, line_start + m.start("title"), entities_at)
    if role is not None and role.organization is None:
        body = _heading_body(text, line_start)
        if body is not None:
            return Role(role.role, body[0], body[1], role.start, role.end)
    return role


def layout_before(text: str, start: int, entities_at: dict[int, Entity]) -> Role | None:
    """The role an appointment line or a signature gives the name at ``start`` (its honorific
    included), if the name opens its line or follows "Title :"."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    m = _ENTRY.fullmatch(lead)
    if m is not None:
        return _entry_role(text, line_start, m, entities_at)
    if (lead.strip() and not _SIGNATURE_LEAD.fullmatch(lead)) or line_start == 0:
        return None  # "(é) Dr X": a signature's mark may open the name's line too
    above = _lines_above(text, line_start, 2)
    if not above[0][1].strip() and len(above) > 1:
        above = above[1:]  # a blank line left for the signature itself
    sig = _SIGNATURE_LEAD.match(above[0][1])
    skip = sig.end() if sig else 0
    return _title_line(above[0][1][skip:], above[0][0] + skip, entities_at)


def layout_after(text: str, end: int, entities_at: dict[int, Entity]) -> Role | None:
    """ "X⏎Attachée de presse⏎Cabinet du ministre": a name alone on its line, its title on the
    next line and the body of the title on the line after."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t,"):
        return None
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    role = _title_line(text[line_end + 1 : next_end], line_end + 1, entities_at)
    if role is None or role.organization is not None or next_end >= len(text):
        return role
    after_end = text.find("\n", next_end + 1)
    line = text[next_end + 1 : len(text) if after_end < 0 else after_end]
    found = _body_line(line)
    if found is None:
        return role
    return Role(role.role, line[found[0] : found[1]], next_end + 1 + found[0], role.start, role.end)


def listed_org(text: str, role: Role, entities_at: dict[int, Entity]) -> Role:
    """ "Mme X, Chef de l'information, GIS, Port-Louis", "X, Chargé de communication, OMS Genève":
    an organisation alone between commas (with its town) after a title without one is the title's."""
    if role.organization is not None:
        return role
    m = re.match(r",[ \t]*", text[role.end : role.end + 5])
    ent = entities_at.get(role.end + m.end()) if m else None
    if ent is None or ent.label != "ORG":
        return role
    end = ent.end
    place = re.match(r"[ \t/]+", text[end : end + 3])
    if place and (after := entities_at.get(end + place.end())) is not None and after.label == "LOC":
        end = after.end  # "OMS Genève", "PAM/Dakar"
    if not re.match(r"[ \t]*(?:[,\n]|$)", text[end : end + 2]):
        return role
    return Role(role.role, ent.text, ent.start, role.start, role.end)
