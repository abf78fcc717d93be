"""ORG or MISC: programmes, goals, events, treaties and strategies are MISC, organisations ORG.

One rule, in one place: by the knowledge-base type when the name is known
(:func:`name_label`), else by the head noun of the name (:func:`relabel_misc`).
"""

from __future__ import annotations

import functools

from ..candidate import Label
from ..kb import KnowledgeBase, label_of
from ..text.french import fold
from .lexicon import org_words


def relabel_misc(surface: str, label: Label) -> Label:
    """Names of events, treaties, strategies and goals are MISC, not organisations."""
    if label not in ("ORG", "LOC"):
        return label
    folded = fold(surface)
    words = folded.split()
    if (words and words[0] in org_words().misc_heads) or folded.startswith(_phrase_heads()):
        return "MISC"
    return label


@functools.cache
def _phrase_heads() -> tuple[str, ...]:
    """The MISC heads of several words ("plan d'action"), each with the space that follows it."""
    return tuple(h + " " for h in org_words().misc_heads if " " in h)


def name_label(kb: KnowledgeBase, name: str) -> Label:
    """The label of a name: MISC when every organisation the KB knows by it is MISC, else by head noun."""
    ids = kb.by_name(name)
    if ids:
        return "MISC" if all(label_of(kb.orgs[i]) == "MISC" for i in ids) else "ORG"
    return relabel_misc(name, "ORG")
