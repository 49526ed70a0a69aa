"""Short forms shared by several states, or by a party and other things, read as the article's.

"SA" is South Africa in a South African story and Saudi Arabia in a Saudi one; in a story that
names neither (or both) it is no actor ("the SA team"). "MDC" is Zimbabwe's Movement for
Democratic Change only where the article names Zimbabwe. The forms, their states and sectors are
listed in ``data/actors/short_forms.tsv``; a form is matched case-sensitively, as a word of its
own, outside the names already found.
"""

from __future__ import annotations

import csv
from collections import Counter
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
def short_forms() -> dict[str, tuple[ShortForm, ...]]:
    """Each short form and what it may name, from the data file: one meaning per row ("PTI" is
    India's news agency and Pakistan's Tehreek-e-Insaf)."""
    path = Path(str(resources.files("dyads") / "data" / "actors" / "short_forms.tsv"))
    forms: dict[str, list[ShortForm]] = {}
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            meaning = ShortForm(
                tuple(row["countries"].split(";")), row["sector"] or None, row["name"] or None
            )
            forms.setdefault(row["form"], []).append(meaning)
    return {form: tuple(meanings) for form, meanings in forms.items()}


def short_form_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention for each short form whose article names one of its states, or names one of
    them more often than each of the others."""
    forms = short_forms()
    wanted = {doc.vocab.strings[form] for form in forms}
    hits = [i for i, key in enumerate(doc.to_array(ORTH).tolist()) if key in wanted]
    if not hits:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named = Counter(m.code for m in mentions if m.code is not None)
    found = []
    for i in hits:
        if i in taken:
            continue
        readings = [(code, f) for f in forms[doc[i].text] for code in f.states if code in named]
        chosen = _most_named(readings, named)
        if chosen is None:
            continue
        state, form = chosen
        if form.name is None:
            found.append(Mention(i, i + 1, state, "country", state, None))
        else:
            found.append(Mention(i, i + 1, form.name, "org", state, form.sector))
    return found


def _most_named(
    readings: list[tuple[str, ShortForm]], named: Counter[str]
) -> tuple[str, ShortForm] | None:
    """The one reading, or the reading whose state the article names strictly most often."""
    if len(readings) <= 1:
        return readings[0] if readings else None
    ranked = sorted(readings, key=lambda r: named[r[0]], reverse=True)
    return ranked[0] if named[ranked[0][0]] > named[ranked[1][0]] else None
