"""The state of an office holder named by title in the sentence of a possessive pronoun.

"Greek Prime Minister NAME spoke on Monday. Turkey's foreign minister said his government
rejected the plan": "his" is the Turkish minister's, the person of its own sentence, though the
only named person stands in the sentence before.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import Mention

# Sectors of the offices a "his government" can belong to.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "JUD", "LEG"})
# Kinds of mention that name a state ("Turkey's", "the Turkish").
OWNER_KINDS = frozenset({"country", "capital", "agent"})


def titled_holder_state(
    doc: Doc, pronoun: int, mentions: list[Mention], agents: AgentSpans, sent_starts: list[int]
) -> str | None:
    """The state of the last office named with its state ("Turkey's foreign minister", "the
    Turkish foreign minister") in the pronoun's sentence before it, if any."""
    sentence_start = sent_starts[bisect_right(sent_starts, pronoun) - 1]
    for end, (start, sector) in sorted(agents.items(), reverse=True):
        if end > pronoun or start < sentence_start or sector not in OFFICE_SECTORS:
            continue
        for state in mentions:
            code = state.code or ""
            if state.kind not in OWNER_KINDS or len(code) != 3 or state.start < sentence_start:
                continue
            if state.start >= start:
                continue
            # The state owns the title: its mention covers it, or ends right before it or
            # before a possessive "'s".
            gap = doc[state.end : start]
            if state.end >= end or all(t.tag_ == "POS" for t in gap):
                return code
    return None
