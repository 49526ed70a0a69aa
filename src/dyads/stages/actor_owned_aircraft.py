"""Aircraft a state owns and strikes with: "Turkey said its aircraft struck ..." (MIL).

"Aircraft", "planes" and "helicopters" are no agent nouns of their own, since airlines fly them
too; "warplanes", "jets" and "drones" are. Owned by a state through "its"/"their" and the subject
of a military verb, they are that state's armed forces, as "its warplanes" would be; so are the
guns, batteries and artillery it fires with ("Iraq said its anti-aircraft guns fired on").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import STATE_SECTORS, SUBJECT_DEPS, Mention, sentence_starts
from dyads.stages.doc_utils import token_lowers

CRAFT_NOUNS = frozenset(
    {"aircraft", "plane", "planes", "helicopter", "helicopters", "aeroplane", "aeroplanes"}
)
# Weapons a state's forces fire, also behind modifiers ("its anti-aircraft guns").
GUN_NOUNS = frozenset({"guns", "batteries", "artillery", "gunners", "cannons", "howitzers"})
STATE_OWNERS = frozenset({"its", "their"})
# Verbs of force whose subject is a weapon's owner's armed forces.
MILITARY_VERBS = frozenset(
    {"strike", "bomb", "hit", "shell", "target", "attack", "pound", "raid", "fire", "destroy"}
    | {"shoot"}
)
# Mentions that stand for a state ("Turkey", "Ankara", "the Turkish government").
STATE_KINDS = frozenset({"country", "capital"})


def owned_aircraft(doc: Doc, agents: AgentSpans, mentions: list[Mention]) -> AgentSpans:
    """The agent spans with "its/their aircraft" added as MIL where a state owns the craft
    (the last party named before it in its sentence is a state) and it strikes."""
    lowers = token_lowers(doc)
    found = [
        i
        for i in range(1, len(doc))
        if lowers[i] in CRAFT_NOUNS and lowers[i - 1] in STATE_OWNERS and i + 1 not in agents
    ]
    found += [
        i
        for i in range(1, len(doc))
        if lowers[i] in GUN_NOUNS
        and i + 1 not in agents
        and any(c.dep_ == "poss" and c.lower_ in STATE_OWNERS for c in doc[i].children)
    ]
    if not found:
        return agents
    starts = sentence_starts(doc)
    added = dict(agents)
    for i in found:
        craft = doc[i]
        if craft.dep_ not in SUBJECT_DEPS or craft.head.lemma_.lower() not in MILITARY_VERBS:
            continue
        sentence = starts[bisect_right(starts, i) - 1]
        owner = _last_party_before(mentions, sentence, doc[i].left_edge.i)
        if owner is not None and _is_state(owner):
            # The span runs from the word after the owner, so that "its" still precedes it.
            added[i + 1] = (craft.left_edge.i + 1 if craft.left_edge.i < i else i, "MIL")
    return added


def _last_party_before(mentions: list[Mention], first: int, before: int) -> Mention | None:
    earlier = [m for m in mentions if first <= m.start and m.end <= before]
    return max(earlier, key=lambda m: m.end) if earlier else None


def _is_state(mention: Mention) -> bool:
    return mention.code is not None and (
        mention.kind in STATE_KINDS or mention.sector in STATE_SECTORS
    )
