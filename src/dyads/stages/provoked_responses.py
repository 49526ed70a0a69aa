"""A response a speaker says another party's act would provoke: the speaker's threat.

"Putin said Georgia's attack would provoke retaliation", "Tokyo said the test would trigger a
firm response", "the minister said the incursion will not go unanswered": the one who would
respond is the speaker, so the speaker threatens (CAMEO 130) the party whose act the clause
names, not that party the speaker. The act itself is only the threat's condition, and ranks
below it. A response already given ("the attack drew a swift response", "did not go
unanswered") is told, not threatened, and a clause nobody reports is no one's threat. A party a
speaker says "would regret" an act ("Iraq would regret any attack on its terminals") is
threatened in the same way, the act it would regret only the threat's condition.
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
# "the United States would regret any attack", "Israel will regret it": a party told it will
# regret an act is told the speaker will make it pay for it.
_REGRETTING = frozenset({"regret", "rue"})
# A speaker's own regret to come is no threat ("we would regret a delay").
_SELVES = frozenset({"i", "we", "you", "it", "they", "he", "she"})
# Auxiliaries that make the response one to come.
_TO_COME = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})


def response_clause(verb: Token) -> Token | None:
    """The act a response verb says would be answered ("Georgia's attack would provoke
    retaliation" gives "attack"), or None when the verb threatens no response."""
    if not any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children):
        return None
    if verb.lemma_.lower() in _REGRETTING:
        # "Iraq would regret any attack": the party that would regret its act is threatened.
        parties = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _SELVES]
        return parties[0] if parties else None
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
        regretted = ancestor.dep_ in ("dobj", "advcl") and ancestor.head.lemma_ in _REGRETTING
        if regretted and response_clause(ancestor.head) is not None:
            return True  # "would regret any attack", "will regret it if its troops advance"
        act = response_clause(ancestor.head) if ancestor.dep_ == "nsubj" else None
        if act is not None and act.i == ancestor.i:
            return True
    return False
