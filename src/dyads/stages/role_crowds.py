"""The sides of a riot: "fighting erupted between police and demonstrators".

A clash one of whose sides is a crowd is coded as the crowd's riot (PROTEST 145: the PLOVER
codebook's riot mode is a protest turned violent), so the crowd is the actor and the side it
fights (the police, troops, a rival crowd) the recipient, whichever of them the sentence names
first ("police clashed with stone-throwing youths" is the youths' riot against the police).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.role_index import ActorIndex, Roles
from dyads.stages.role_syntax import children, prep_objects
from dyads.stages.triggers import CLASH_CROWD_NOUNS, CLASH_WORDS

# Prepositions whose objects are a clash's sides ("between A and B", "clashed with B").
_SIDE_PREPS = ("between", "with")


def riot_roles(trigger: Token, index: ActorIndex) -> Roles | None:
    """The crowd as actor and the side it fights as recipient, when the trigger is a clash (or
    the verb whose subject is one) with a crowd among its sides; else None."""
    sides = _sides(trigger)
    crowds = [s for s in sides if s.lemma_.lower() in CLASH_CROWD_NOUNS]
    crowd = next((a for s in crowds if (a := _party_at(s, index)) is not None), None)
    if crowd is None:
        return None
    others = [a for s in sides if s not in crowds and (a := _party_at(s, index)) is not None]
    return Roles((crowd,), next((a for a in others if a is not crowd), None))


def _sides(trigger: Token) -> list[Token]:
    """The words naming a clash's sides: its subject (for a verb of clashing), the objects of
    its "between" or "with" phrases (on the noun, its verb or the verb's object), conjuncts."""
    holders = [trigger]
    sides: list[Token] = []
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB":
        nouns = [c for c in children(trigger, ("nsubj",)) if c.lemma_.lower() in CLASH_WORDS]
        if nouns:  # "Clashes erupted between police and protesters"
            holders.append(nouns[0])
        elif lemma in CLASH_WORDS:  # "police clashed with protesters", "fought battles with"
            sides += children(trigger, ("nsubj",))
            holders += children(trigger, ("dobj",))
        else:
            return []
    elif lemma in CLASH_WORDS:
        if trigger.dep_ == "nsubj":  # "clashes broke out between ..."
            holders.append(trigger.head)
    else:
        return []
    sides += [o for holder in holders for o in prep_objects(holder, _SIDE_PREPS)]
    return sides + [c for side in sides for c in side.conjuncts if c not in sides]


def _party_at(side: Token, index: ActorIndex) -> Actor | None:
    """The actor a side's word heads, or one in its direct modifiers ("Kenyan police")."""
    return index.at(side) or next(iter(index.actors_in_flat(side)), None)
