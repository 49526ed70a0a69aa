"""Short forms shared by several states, or by a party and other things, read as the article's.

"SA" is South Africa in a South African story and Saudi Arabia in a Saudi one; in a story that
names neither (or both) it is no actor ("the SA team"). "MDC" is Zimbabwe's Movement for
Democratic Change only where the article names Zimbabwe. The forms, their states and sectors are
listed in ``data/actors/short_forms.tsv``; a form is matched case-sensitively, as a word of its
own, outside the names already found.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.attrs import ORTH  # type: ignore[import-not-found]  # compiled, without stubs
from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention


@dataclass(frozen=True)
class ShortForm:
    states: tuple[str, ...]
    sector: str | None
    name: str | None  # an organisation's name; None for a state


@cache
def short_forms() -> dict[str, ShortForm]:
    """Each short form and what it may name, from the data file."""
    path = Path(str(resources.files("dyads") / "data" / "actors" / "short_forms.tsv"))
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return {
            row["form"]: ShortForm(
                tuple(row["countries"].split(";")), row["sector"] or None, row["name"] or None
            )
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        }


def short_form_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention for each short form whose article names exactly one of its states."""
    forms = short_forms()
    wanted = {doc.vocab.strings[form] for form in forms}
    hits = [i for i, key in enumerate(doc.to_array(ORTH).tolist()) if key in wanted]
    if not hits:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named = {m.code for m in mentions if m.code is not None}
    found = []
    for i in hits:
        form = forms[doc[i].text]
        states = [code for code in form.states if code in named]
        if i in taken or len(states) != 1:
            continue
        if form.name is None:
            found.append(Mention(i, i + 1, states[0], "country", states[0], None))
        else:
            found.append(Mention(i, i + 1, form.name, "org", states[0], form.sector))
    return found
