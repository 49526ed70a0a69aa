"""Defeat admitted in a clause: "Milosevic acknowledged that he had lost the election", "the
ruling party admitted it had lost the vote". A party that acknowledges, admits, concedes or
accepts its own loss of an election, a vote or a war yields (CAMEO 080, PLOVER CONCEDE), as
conceding defeat does; another party's loss so acknowledged ("acknowledged that the army had
lost control") is no concession of the speaker's."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.trigger_lemmas import lemma_of

DEFEAT_CAMEO = "080"
_ADMITTING = frozenset({"acknowledge", "admit", "concede", "accept", "recognise", "recognize"})
# What a party loses in a contest it can concede ("lost the election", "lost the war").
_CONTESTS = frozenset(
    {"election", "vote", "poll", "race", "war", "battle", "contest", "runoff", "referendum"}
)
# Pronouns that stand for the speaker itself in the clause it governs.
_OWN_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def admits_own_defeat(verb: Token) -> bool:
    """Whether a verb of admitting governs a clause in which its own subject lost a contest."""
    if lemma_of(verb) not in _ADMITTING:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or lemma_of(clause) != "lose":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        own = bool(subjects) and subjects[0].lower_ in _OWN_PRONOUNS
        lost = [c for c in clause.children if c.dep_ == "dobj"]
        if own and (not lost or lost[0].lemma_.lower() in _CONTESTS):
            return True
    return False
