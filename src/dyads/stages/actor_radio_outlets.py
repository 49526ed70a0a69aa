"""State radios named by "Radio" and their state or capital: "Radio Rwanda", "Radio Pyongyang",
"Radio Hanoi".

Wire copy of the 1970s-2000s cites a state's radio so, as it cites "Baghdad radio" (the agent
noun "radio" after a capital). The words are one mention of the state's media (MED), not the
state or its government; outlets the media table lists under such a name ("Radio Moscow",
"Radio Free Europe") are matched there first, as longer names.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention

RADIO = "Radio"
STATE_KINDS = frozenset({"country", "capital"})


def radio_outlets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a state or capital right after a capitalised "Radio" made one
    mention of that state's media, "Radio" included."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for mention in mentions:
        before = mention.start - 1
        if (
            mention.kind in STATE_KINDS
            and _is_state_code(mention.code)
            and before >= 0
            and doc[before].text == RADIO
            and before not in taken
        ):
            name = f"{RADIO} {mention.name}"
            mention = replace(
                mention, start=before, name=name, kind="media", sector="MED", entry=None
            )
        found.append(mention)
    return found


def _is_state_code(code: str | None) -> bool:
    return code is not None and len(code) == 3 and code.isalpha()
