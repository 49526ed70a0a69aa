"""A response a speaker says another party's act would provoke: the speaker's threat.

"Putin said Georgia's attack would provoke retaliation", "Tokyo said the test would trigger a
firm response", "the minister said the incursion will not go unanswered": the one who would
respond is the speaker, so the speaker threatens (CAMEO 130) the party whose act the clause
names, not that party the speaker. The act itself is only the threat's condition, and ranks
below it. A response already given ("the attack drew a swift response", "did not go
unanswered") is told, not threatened, and a clause nobody reports is no one's threat.
"""

from __future__ import annotations

from spacy.tokens import Token

THREAT_CAMEO = "130"
# Verbs whose object is the response an act would bring about.
_PROVOKING = frozenset(
    {"provoke", "trigger", "prompt", "draw", "invite", "spark", "elicit", "bring", "warrant"}
)
# Verbs that bring it about through "to" ("would lead to retaliation").
_LEADING = frozenset({"lead"})
_RESPONSES = frozenset(
    {"retaliation", "response", "reprisal", "reaction", "riposte", "countermeasure", "punishment"}
)
# "will not go unanswered", "would not go unpunished".
_UNANSWERED = frozenset({"unanswered", "unpunished"})
# Auxiliaries that make the response one to come.
_TO_COME = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})


def response_clause(verb: Token) -> Token | None:
    """The act a response verb says would be answered ("Georgia's attack would provoke
    retaliation" gives "attack"), or None when the verb threatens no response."""
    if not any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return None
    if not (_provokes_response(verb) or _goes_unanswered(verb)):
        return None
    acts = [c for c in verb.children if c.dep_ == "nsubj"]
    # The act, not a party: "Israel would face a response" names who is threatened itself.
    if not acts or acts[0].pos_ != "NOUN":
        return None
    return acts[0]


def _provokes_response(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _PROVOKING:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in _LEADING:
        objects = [o for p in verb.children if p.lower_ == "to" for o in p.children]
    else:
        return False
    return any(o.lemma_.lower() in _RESPONSES for o in objects)


def _goes_unanswered(verb: Token) -> bool:
    if verb.lemma_.lower() != "go" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.lower_ in _UNANSWERED for c in verb.children)


def is_provoking_act(token: Token) -> bool:
    """Whether a trigger is (or lies in) the act a threatened response answers."""
    for ancestor in (token, *token.ancestors):
        act = response_clause(ancestor.head) if ancestor.dep_ == "nsubj" else None
        if act is not None and act.i == ancestor.i:
            return True
    return False
