"""The party said to stand behind an act: "X was behind the attack", "denied being involved in the
raid", "Y is responsible for the bombing" name the doer of the act the noun names, which is the
subject of the words that place it behind the act. Culprits named only as such ("vowed to hunt down
those responsible", "the perpetrators") are unknown: an act aimed at them has no recipient to
imply, least of all the actor's own country."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_subjects import subject_of

# The words that place a party behind an act, each with the preposition that names the act.
_CULPRIT_WORDS: dict[str, frozenset[str]] = {
    "be": frozenset({"behind"}),
    "involve": frozenset({"in"}),
    "implicate": frozenset({"in"}),
    "complicit": frozenset({"in"}),
    "responsible": frozenset({"for"}),
}


def culprits(noun: Token, index: ActorIndex) -> list[Actor]:
    """The parties a clause places behind the act a noun names, else none."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    word = prep.head
    if prep.lower_ not in _CULPRIT_WORDS.get(word.lemma_.lower(), frozenset()):
        return []
    return subject_of(word, index)[0]


# Nouns that name the doers of an act without saying who they are.
_CULPRIT_NOUNS = frozenset(
    {"perpetrator", "culprit", "attacker", "assailant", "killer", "gunman", "bomber"}
)
# "those responsible", "those behind the massacre", "whoever did it".
_CULPRIT_PRONOUNS = frozenset({"those", "whoever"})
_CULPRIT_MARKS = frozenset({"responsible", "behind", "who", "involved"})


def unknown_culprits(trigger: Token) -> Token | None:
    """The object of a verb that names the doers of an act only as such ("hunt down [those]
    responsible", "track down the [perpetrators] of the attack"), else None."""
    for obj in trigger.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in _CULPRIT_NOUNS and not _named_kind(obj):
            return obj
        if obj.lower_ in _CULPRIT_PRONOUNS and any(
            c.lower_ in _CULPRIT_MARKS for c in obj.children
        ):
            return obj
    return None


def _named_kind(noun: Token) -> bool:
    """ "shot dead two Palestinian gunmen": a culprit noun whose nationality or group a
    capitalised modifier names is a known party, whom the act is aimed at."""
    return any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in noun.children)


def within_unknown_culprits(party: Actor, trigger: Token) -> bool:
    """Whether a party is named inside an object of unknown culprits ("the church" in "the
    perpetrators of the church attack", "the gunmen" themselves): the act's victims or a guess
    at the culprits' state, not whom the act is aimed at."""
    culprits = unknown_culprits(trigger)
    if culprits is None:
        return False
    start, end = culprits.left_edge.idx, culprits.right_edge.idx + len(culprits.right_edge)
    return start <= party.span[0] and party.span[1] <= end
