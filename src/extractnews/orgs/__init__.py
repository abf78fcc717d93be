"""The organisations room: acronyms defined in the text or known to the knowledge base, and
one record per organisation of the document.

- :mod:`.definitions`: in-text definitions ("Long Form (SIGLE)") and the acronym alignment;
- :mod:`.mentions`: the acronym tokens that name a body; ambiguous acronyms kept only in context;
- :mod:`.resolve`: one expansion per acronym, from the text first, then the knowledge base;
- :mod:`.organizations`: document-level :class:`~extractnews.records.Organization` records;
- :mod:`.labels`: ORG or MISC (programmes, goals, events) by KB type or head noun;
- :mod:`.patterns`, :mod:`.lexicon`: the room's regular expressions and words (``models/orgs_fr.json``).
"""
