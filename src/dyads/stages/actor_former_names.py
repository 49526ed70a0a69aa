"""Former names of capitals read by the story's date, as the places stage reads them.

The converted dictionary files "Salisbury" among Zimbabwe's names (Harare's name until 1982),
so "poisoned in Salisbury" would make the police Zimbabwe's while the places stage reads the
English town. A former name in the places table (``place_former_names.py``) keeps its state
only in a story dated while the name was in use, or one that names the state ("the Rhodesian
cabinet met in Salisbury"); elsewhere the dictionary's reading is dropped and the name is read
by the gazetteer as any other town's (``actor_towns.py``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention
from dyads.stages.place_former_names import former_name, in_use

TOWN_KINDS = frozenset({"place", "capital"})


def without_former_names(doc: Doc, mentions: list[Mention], on: dt.date | None) -> list[Mention]:
    """The mentions but a former name out of use on `on` in a story that does not name the
    renamed town's state."""
    named = {m.code for m in mentions if m.kind == "country"}
    return [m for m in mentions if not _out_of_use(doc, m, on, named)]


def _out_of_use(doc: Doc, mention: Mention, on: dt.date | None, named: set[str | None]) -> bool:
    if mention.kind not in TOWN_KINDS:
        return False
    former = former_name(doc[mention.start : mention.end].text)
    return (
        former is not None
        and mention.code == former.country
        and not in_use(former, on)
        and former.country not in named
    )
