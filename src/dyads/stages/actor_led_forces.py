"""A coalition or force led by a state is that state's military.

"The Saudi-led coalition", "a French-led peacekeeping force", "the U.S.-led coalition": the
leader commands the body, so wire coding gives it the leader's state with ``MIL``; the leader's
name keeps its own coding (``SAU`` with no sector). A body led by
an international organisation ("a NATO-led force") is that organisation's and is left to it.
Forces led by a people found in several states ("Kurdish-led forces in northeast Syria") are
armed men (``REB``) of the state the "in" phrase after them names; with none, no mention.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from dyads.stages.actor_dictionary import ActorDictionary, phrase_key
from dyads.stages.actor_patterns import Mention
from dyads.stages.doc_utils import token_table

# Armed bodies a state leads; a "-led mission" or "-led talks" may be civilian.
LED_FORCES = frozenset(
    {"coalition", "coalitions", "force", "forces", "troops", "alliance", "contingent"}
    | {"peacekeepers", "army", "armies", "offensive"}
)
# Kinds of mention that name a state ("Saudi", "Moscow", "Nigerian").
LEADER_KINDS = frozenset({"country", "capital", "group"})
MODIFIERS_AFTER_LEADER = 2  # "multinational peacekeeping"


def led_forces(
    doc: Doc, mentions: list[Mention], dictionary: ActorDictionary, on: dt.date | None
) -> list[Mention]:
    """The mentions with each state-led armed body as a ``MIL`` mention of the leader's state
    ("coalition" of "the Saudi-led coalition"); the leader's own name stays as it was."""
    found: list[tuple[int, int, str, str]] = []
    by_end = {m.end: m for m in mentions}
    table = token_table(doc)
    for i, lower in enumerate(table.lowers):
        if lower == "led" and i >= 2 and table.texts[i - 1] == "-":
            leader = by_end.get(i - 1)
            if leader is None or leader.kind not in LEADER_KINDS or table.trailing[i - 2]:
                continue
            code = leader.code
        elif lower.endswith("-led") and table.texts[i][:1].isupper():
            code = _state_in_token(table.texts[i][: -len("-led")], dictionary, on)
        else:
            continue
        end = _force_end(doc, i + 1)
        sector = "MIL"
        if lower == "led" and end is not None and by_end[i - 1].kind == "group":
            # "Kurdish-led forces in northeast Syria": a people leads no state's army but armed
            # men of the state they are in, which only the place after "in" says.
            code, sector = _country_after_in(doc, end, mentions), "REB"
        if code is not None and len(code) == 3 and end is not None:
            # the leader keeps its own words; a one-token "U.S.-led" is the force's
            found.append((i + 1 if lower == "led" else i, end, code, sector))
    if not found:
        return mentions
    result = [m for m in mentions if not any(s < m.end and m.start < e for s, e, *_ in found)]
    result += [Mention(s, e, code, "agent", code, sector) for s, e, code, sector in found]
    return sorted(result, key=lambda m: m.start)


# Words a country may follow after "in" ("in northeast Syria", "in the north of Iraq").
_IN_WINDOW = 4


def _country_after_in(doc: Doc, end: int, mentions: list[Mention]) -> str | None:
    """The country named in an "in" phrase right after token `end`, if one is."""
    if end >= len(doc) or doc[end].lower_ != "in":
        return None
    country = next(
        (m for m in mentions if m.kind == "country" and end < m.start <= end + _IN_WINDOW), None
    )
    return country.code if country is not None else None


def _state_in_token(name: str, dictionary: ActorDictionary, on: dt.date | None) -> str | None:
    """The state named in one "-led" token the tokenizer keeps whole ("U.S.-led")."""
    entry = dictionary.lookup(phrase_key(name), False)
    if entry is None or entry.kind != "country":
        return None
    return entry.code_on(on)[0]


def _force_end(doc: Doc, start: int) -> int | None:
    """The end of the armed body's noun after "-led" and at most two lower-case modifiers."""
    for k in range(start, min(start + MODIFIERS_AFTER_LEADER + 1, len(doc))):
        word = doc[k]
        if word.lower_ in LED_FORCES and word.pos_ in ("NOUN", "PROPN"):
            return k + 1
        if not (word.is_lower and word.pos_ in ("ADJ", "NOUN")):
            return None
    return None
