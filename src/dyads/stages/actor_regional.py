"""State bodies named by a region of several states: "Arab leaders", "Western diplomats".

"Arab foreign ministers met in Cairo" are the ministers of many states, not Egypt's, and
"Western diplomats in Islamabad" are not Pakistan's: a regional adjective before a state's agent
noun makes an actor of the noun's sector with no state code, and keeps the state in focus or
the place after "in" from coding it. The states themselves ("Gulf states", "Arab countries")
are no actor; an organisation of the region is one where the text names it ("the Arab
League"). Peoples placed by the text ("Arab protesters in Israel") are left to their placement.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import STATE_NOUNS, STATE_SECTORS, Mention

# Adjectives of regions made of several states, as news writes them, lower case.
REGIONAL_ADJECTIVES = frozenset(
    {"arab", "gulf", "gulf arab", "central asian", "balkan", "baltic", "nordic", "scandinavian"}
    | {"european", "african", "western", "asian", "latin american", "middle eastern"}
    | {"caribbean", "south american", "east african", "west african", "southern african"}
    | {"north african", "eastern european", "western european", "east european"}
)
MAX_ADJECTIVE_WORDS = 2


def regional_bodies(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """Uncoded mentions for a state's agent noun right after a regional adjective."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for end, (start, sector) in sorted(agents.items()):
        if sector not in STATE_SECTORS or any(i in taken for i in range(start, end)):
            continue
        if doc[end - 1].lower_ in STATE_NOUNS:
            continue
        for words in range(MAX_ADJECTIVE_WORDS, 0, -1):
            begin = start - words
            if begin < 0 or any(i in taken for i in range(begin, start)):
                continue
            adjective = doc[begin:start]
            if adjective.text.lower() in REGIONAL_ADJECTIVES and adjective[0].text[:1].isupper():
                while begin >= 2 and doc[begin - 1].lower_ in ("and", "or", ","):
                    other = doc[begin - 2]  # "Arab and Western diplomats": one body of both
                    if other.lower_ not in REGIONAL_ADJECTIVES or other.i in taken:
                        break
                    begin -= 2
                found.append(Mention(begin, end, doc[begin:start].text, "agent", None, sector))
                break
    return found
