"""Bodies and people named without their state take the state the text implies.

"The government", "the army" and "its ambassador" are the state in focus (``StateFocus``);
"his government" is that of the person "his" stands for; rebels or protesters with no state of
their own are of the state whose places their sentence names; "Defence Minister Ana Ruiz" with
no nationality serves the state in focus.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import (
    POSSESSIVE_DETERMINERS,
    PRONOUN_GENDER,
    STATE_SECTORS,
    SUBJECT_DEPS,
    Mention,
    StateFocus,
    resolve_pronoun,
    sentence_starts,
    title_country,
)
from dyads.stages.actor_placement import located_states

# Non-state agents placed by where their sentence happens ("rebels ... in northern Mali").
LOCATED_SECTORS = frozenset({"REB", "UAF", "OPP", "CVL", "LAB", "AGR", "EDU"})
# "the army", "its ambassador", "his information minister": a body of the state in focus.
DETERMINERS_OF_STATE_BODIES = frozenset({"the", "its", "his", "her", "their"})


def definite_agents(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """ "The government", "the army", "its ambassador": a state body named without its
    state is that of the state in focus (see ``StateFocus``)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ends = {m.end for m in mentions if m.kind == "person"}
    focus = StateFocus(doc, mentions)
    people = [m for m in mentions if m.kind == "person"]
    sent_starts = sentence_starts(doc)
    found = []
    for end, (start, sector) in sorted(agents.items()):
        if sector not in STATE_SECTORS or start < 1:
            continue
        determiner = doc[start - 1].lower_
        if determiner not in DETERMINERS_OF_STATE_BODIES or any(
            i in taken for i in range(start - 1, end)
        ):
            continue
        if start >= 2 and doc[start - 2].text == "," and start - 2 in ends:
            continue  # "Ana Ruiz, the prime minister,": a title in apposition
        linked = end < len(doc) and doc[end].lower_ in ("of", "from", "in", "'s", "’s")
        if linked and determiner == "the":
            continue  # "the government of ...": attached elsewhere, or not a state's
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue  # "the deputy chief": the agent noun is not the phrase's head
        if determiner != "the" and doc[start:end].root.dep_ not in SUBJECT_DEPS:
            continue  # "withdrew its troops": the subject's own body adds no party
        if determiner in PRONOUN_GENDER:  # "his government": the person's state
            state = resolve_pronoun(doc[start - 1], people, sent_starts)
        else:
            state = focus.before(start)
        if state is not None and state.code is not None:
            found.append(Mention(start, end, state.name, "agent", state.code, sector))
    return found


def located_agents(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """Rebels, protesters or an opposition named without a state of their own are of the
    state whose places their sentence names ("Rebels seized two towns in northern Mali",
    "the opposition postponed its rally in Baku"), when it names places of that state only."""
    located = located_states(doc, mentions)
    if not located:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = sentence_starts(doc)
    found = []
    for end, (start, sector) in sorted(agents.items()):
        if sector not in LOCATED_SECTORS or any(i in taken for i in range(start, end)):
            continue
        if start > 0 and doc[start - 1].lower_ in POSSESSIVE_DETERMINERS:
            continue  # "their supporters": whoever "their" stands for
        if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
            continue  # "the opposition leader": the agent noun is not the phrase's head
        state = located.get(starts[bisect_right(starts, start) - 1])
        if state is not None:
            found.append(Mention(start, end, state, "agent", state, sector))
    return found


def place_titled_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person with a state title but no nationality ("..., Defence Minister Ana Ruiz
    said") serves the state in focus; with none in view, or when the parser does not
    take the name for a person's ("Air Force Col"), it is left out. A few titles name
    their state themselves where no other is in view ("Senator X": USA)."""
    focus = StateFocus(doc, mentions)
    result = []
    for mention in mentions:
        if mention.kind == "person" and mention.code is None:
            if doc[mention.end - 1].ent_type_ != "PERSON":
                continue
            state = focus.before(mention.start)
            code = state.code if state is not None else title_country(doc, mention)
            if code is None:
                continue
            mention = replace(mention, code=code)
        result.append(mention)
    return result
