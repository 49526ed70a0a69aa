""" "Indians" in a story from the Americas are the state's native peoples, not India's.

Wire copy from the Americas calls native peoples "Indians": "Canadian Mohawk Indians blocked a
bridge", "thousands of Indians marched on Quito", "Indian villagers in Chiapas". The demonym
match codes them India (IND); here they take the American state before them ("Canadian",
"American", a people placed there such as "Mohawk") or, failing that, the state of the Americas
their sentence is located in, else the state in focus, unless their sentence names a state
outside the Americas ("Pakistan released the Indian pilot"). Only civilians and other non-state
groups are recoded: "Indian troops in Haiti" are India's.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention, StateFocus, sentence_starts
from dyads.stages.actor_placement import located_states

# ISO alpha-3 codes of the states of North, Central and South America and the Caribbean.
AMERICAS = frozenset(
    {"ARG", "BHS", "BLZ", "BOL", "BRA", "BRB", "CAN", "CHL", "COL", "CRI", "CUB", "DMA", "DOM"}
    | {"ECU", "GRD", "GTM", "GUY", "HND", "HTI", "JAM", "KNA", "LCA", "MEX", "NIC", "PAN", "PER"}
    | {"PRY", "SLV", "SUR", "TTO", "URY", "USA", "VCT", "VEN", "GUF", "GRL", "PRI"}
)
INDIAN_WORDS = frozenset({"indian", "indians"})
# Sectors of people a state's native peoples may be; a state's own bodies are India's.
NON_STATE_SECTORS = frozenset({None, "CVL", "REB", "OPP", "LAB", "AGR", "EDU", "REF"})


def native_peoples(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "Indian(s)" in the Americas coded with their American state."""
    indians = [m for m in mentions if _is_indian(doc, m)]
    if not indians:
        return mentions
    located = located_states(doc, mentions)
    focus = StateFocus(doc, [m for m in mentions if m not in indians])
    starts = sentence_starts(doc)
    by_end = {m.end: m for m in mentions}
    merged: set[int] = set()  # starts of mentions joined to the "Indians" after them
    replaced: dict[int, Mention] = {}
    for mention in indians:
        sector = mention.sector or "CVL"
        before = by_end.get(mention.start)
        if before is not None and before.code in AMERICAS and before.kind != "person":
            merged.add(before.start)  # "Canadian Mohawk Indians", "American Indians"
            replaced[mention.start] = replace(
                mention, start=before.start, name=before.name, code=before.code, sector=sector
            )
            continue
        sentence = starts[bisect_right(starts, mention.start) - 1]
        state = located.get(sentence)
        if state not in AMERICAS and not _names_a_state_abroad(mentions, indians, starts, sentence):
            in_focus = focus.before(mention.start)
            state = in_focus.code if in_focus is not None else None
        if state in AMERICAS:
            replaced[mention.start] = replace(mention, name=str(state), code=state, sector=sector)
    return [replaced.get(m.start, m) for m in mentions if m.start not in merged]


def _names_a_state_abroad(
    mentions: list[Mention], indians: list[Mention], starts: list[int], sentence: int
) -> bool:
    """Whether the sentence names a state outside the Americas ("welcomed Pakistan's decision to
    release the Indian pilot"): a state in focus from the Americas then says nothing of India."""
    return any(
        len(m.code or "") == 3
        and m.code not in AMERICAS
        and m not in indians
        and starts[bisect_right(starts, m.start) - 1] == sentence
        for m in mentions
    )


def _is_indian(doc: Doc, mention: Mention) -> bool:
    return (
        mention.code == "IND"
        and doc[mention.start].lower_ in INDIAN_WORDS
        and mention.sector in NON_STATE_SECTORS
    )
