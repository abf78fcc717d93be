"""The entities room: the statistical model's spans repaired, other candidates added, one set chosen.

- :mod:`.repair`: :func:`clean_model_span`, a list of small named rules over one model span
  (the precision rules in :mod:`.precision`);
- :mod:`.language`: sentences that are not French get no French rule;
- :mod:`.labels`: label repairs (a state's body named by one word, units, initials, mottos,
  towns the model took for people);
- :mod:`.boundaries`: names that run on past the model's cut (ministries, governments, companies);
- :mod:`.chains`: the grammar of long names, a head and its complements coordinated by commas
  and "et"; :mod:`.complements` reads committees, offices, coordinated names and bodies of
  bodies with it;
- :mod:`.sources`: people after an honorific, knowledge-base hits as candidates;
- :mod:`.contacts`: people of contact and source blocks, and of a closing byline;
- :mod:`.reconcile`: the longest correct span wins, definitions and the KB before the model;
- :mod:`.patterns`, :mod:`.lexicon`: the room's regular expressions and words (``models/entities_fr.json``).

Everything here is a pure function of the text and plain spans: the rules are
tested without loading a model.
"""

from __future__ import annotations

from .boundaries import grow
from .contacts import contact_people
from .language import foreign_sentences, model_candidates
from .reconcile import reconcile, to_entities
from .repair import FOREIGN_RULES, RULES, clean_model_span, explain, strip_honorifics
from .sources import (
    capitalised_surname_people,
    dateline_places,
    honorific_people,
    joined_people,
    kb_candidates,
    later_surnames,
    married_names,
    surnames_are_people,
    titled_surnames,
)

__all__ = [
    "FOREIGN_RULES",
    "RULES",
    "capitalised_surname_people",
    "clean_model_span",
    "contact_people",
    "dateline_places",
    "explain",
    "foreign_sentences",
    "grow",
    "honorific_people",
    "joined_people",
    "kb_candidates",
    "later_surnames",
    "married_names",
    "model_candidates",
    "reconcile",
    "strip_honorifics",
    "surnames_are_people",
    "titled_surnames",
    "to_entities",
]
