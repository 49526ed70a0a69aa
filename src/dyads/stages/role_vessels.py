"""Whether an act seizes a ship or an aircraft: "Iran seized a tanker in the Strait of Hormuz".
Ships and aircraft travel between states, so one seized whose owner the sentence does not name is
no sign of a domestic target: the seizing state's own country is not implied."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_syntax import children, word_set

VESSEL_NOUNS = word_set(
    "ship tanker vessel boat freighter trawler ferry yacht barge dhow carrier aircraft plane jet"
    " airliner helicopter"
)


def seizes_a_vessel(trigger: Token) -> bool:
    """Whether the trigger verb's object, or its passive subject, is a ship or an aircraft."""
    taken = children(trigger, ("dobj", "nsubjpass"))
    return any(noun.lemma_.lower() in VESSEL_NOUNS for noun in taken)
