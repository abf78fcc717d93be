"""The structure room: what a press release is made of, apart from its sentences.

- :mod:`.dateline`: the dateline (places, date, agency), which may give the reference date;
- :mod:`.publication`: the publisher line of aggregated releases ("Le Soleil (Dakar)");
- :mod:`.symbols`: UN document symbols ("SOC/CP/314");
- :mod:`.sections`: boilerplate (contact blocks, "À propos", credits, navigation lines).
"""

from __future__ import annotations

from .dateline import find_dateline
from .publication import find_publication
from .sections import find_sections, is_furniture, line_kind
from .symbols import find_symbols

__all__ = ["find_dateline", "find_publication", "find_sections", "find_symbols", "is_furniture", "line_kind"]
