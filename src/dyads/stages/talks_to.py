"""Talking or speaking "to" a person or a state: "Trump talked to Xi on Friday", "he would talk
to Britain about the seizure".

CAMEO codes talking "with" a party as consulting (040); "to" a named person or state is the
same exchange. Speaking to an audience is a statement, no event: to reporters, the press, the
nation, a parliament or a news outlet ("spoke to reporters", "told the BBC"), none of which is
a person or a state named.
"""

from __future__ import annotations

from spacy.tokens import Token

CONSULT_CAMEO = "040"
TALKING_VERBS = frozenset({"talk", "speak"})
# Entities that name a person or a state, not an audience or an outlet.
_PERSON_OR_STATE = frozenset({"PERSON", "GPE"})


def talks_to_party(verb: Token) -> bool:
    """Whether a verb of talking has a "to" phrase naming a person or a state."""
    if verb.lemma_.lower() not in TALKING_VERBS:
        return False
    return any(
        obj.dep_ == "pobj" and obj.ent_type_ in _PERSON_OR_STATE
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children
    )
