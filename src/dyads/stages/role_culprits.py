"""The party said to stand behind an act: "X was behind the attack", "denied being involved in the
raid", "Y is responsible for the bombing" name the doer of the act the noun names, which is the
subject of the words that place it behind the act."""

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
