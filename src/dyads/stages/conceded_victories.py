"""A rival's victory recognised, acknowledged or accepted: by a party of the winner's own state it
yields (CONCEDE 080: "the ruling party recognised the opposition's victory"); by a party of another
state it endorses the winner (SUPPORT 051: "Washington acknowledged the victory of the Venezuelan
opposition candidate"), as recognising a state's new leader does."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_index import Roles
from dyads.stages.role_syntax import word_set
from dyads.stages.triggers import Coding

CONCESSION_CAMEO = "080"
ENDORSEMENT_CAMEO = "051"
_VICTORY_NOUNS = word_set("victory win")


def endorses_foreign_winner(trigger: Token, coding: Coding, roles: Roles) -> bool:
    """Whether a conceded victory is recognised by a party of another state than the winner's."""
    if coding.cameo != CONCESSION_CAMEO or roles.recipient is None:
        return False
    doc = trigger.doc
    if not any(doc[i].lemma_.lower() in _VICTORY_NOUNS for i in coding.matched):
        return False
    winner, actors = roles.recipient.code, roles.actors
    return bool(winner and actors) and all(a.code and a.code != winner for a in actors)
