"""The people room: honorific, role and organisation of every person of a release.

- :mod:`.roles`: the title before or after a name, cut from its organisation;
- :mod:`.layouts`: the title that the lines give (appointment lists, signatures, contact blocks);
- :mod:`.find`: one :class:`~extractnews.records.Person` per person, all mentions linked;
- :mod:`.patterns`, :mod:`.lexicon`: the room's regular expressions and words (``models/people_fr.json``).
"""

from __future__ import annotations

from .find import find_people
from .roles import split_role

__all__ = ["find_people", "split_role"]
