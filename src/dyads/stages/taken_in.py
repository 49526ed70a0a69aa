"""People taken in: "Greece took in an Albanian army officer who fled across the border".

"Take in" gives asylum in the dictionary only with a word for refugees ("took in 2,000 Bosnian
refugees"). A state that takes in a person, a noun a "who" clause describes or a person named,
shelters that person just as well (CAMEO 075, PLOVER AID), whatever the person's calling; the
"who" clause (flight, a request for refuge) tells how the person came.
"""

from __future__ import annotations

from spacy.tokens import Token

TAKEN_IN_CAMEO = "075"
TAKING_VERBS = frozenset({"take"})
_PERSON_PRONOUNS = frozenset({"who", "whom"})


def _is_person(noun: Token) -> bool:
    if noun.ent_type_ == "PERSON":
        return True
    return any(
        c.dep_ == "relcl" and any(s.lower_ in _PERSON_PRONOUNS for s in c.children)
        for c in noun.children
    )


def takes_in_person(verb: Token) -> bool:
    """Whether a verb of taking with the particle "in" has a person as its object."""
    if verb.lemma_.lower() not in TAKING_VERBS:
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _is_person(c) for c in verb.children)
