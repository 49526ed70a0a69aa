"""A party invited to act: "Vietnam invited Japanese companies to invest in oil exploration".

The supplement reads "invite" as an intent to meet (CAMEO 036), as it is where the guest is
asked to a meeting ("invited the prime minister to visit Beijing", "invited both sides to talks
in Geneva"). With a party as its object and a "to" infinitive of any other act, the party is
asked to do that act: an appeal (CAMEO 020, PLOVER REQUEST), as with "encourage".
"""

from __future__ import annotations

from spacy.tokens import Token

INVITING_VERBS = frozenset({"invite"})
# Acts of a guest: coming, meeting, talking, attending, watching.
_MEETING_VERBS = frozenset(
    {
        "visit",
        "come",
        "attend",
        "meet",
        "talk",
        "discuss",
        "negotiate",
        "address",
        "speak",
        "tour",
        "dine",
        "stay",
        "observe",
        "witness",
        "watch",
        "monitor",
        "inspect",
        "confer",
        "consult",
    }
)
# Nouns of a meeting or a visit: any act whose words name one is a guest's ("to join the
# talks", "to take part in the conference", "to pay a state visit to Beijing").
_MEETING_NOUNS = frozenset(
    {
        "visit",
        "trip",
        "tour",
        "stay",
        "talk",
        "talks",
        "negotiation",
        "conference",
        "summit",
        "meeting",
        "dialogue",
        "ceremony",
        "celebration",
        "session",
        "forum",
        "consultation",
        "discussion",
        "inauguration",
        "parade",
        "festival",
        "game",
        "games",
        "round",
    }
)


def _infinitives(verb: Token) -> list[Token]:
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and c.pos_ == "VERB"
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _joins_meeting(act: Token) -> bool:
    """ "to join the talks", "to pay a state visit": the act is attending or visiting."""
    nouns = [t for t in act.subtree if t.pos_ == "NOUN" and t.i > act.i]
    return any(t.lemma_.lower() in _MEETING_NOUNS or t.lower_ in _MEETING_NOUNS for t in nouns)


def invites_an_act(verb: Token) -> bool:
    """Whether a verb of inviting has an object and a "to" infinitive of an act no guest does."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    for act in _infinitives(verb):
        lemma = act.lemma_.lower()
        if lemma in _MEETING_VERBS or _joins_meeting(act):
            continue
        return True
    return False
