"""Money a party receives whose own words say its state gave it: "GM received government
loans", "the town got $1 million in federal grants", "the airline received state aid". No giver
is named, but "government", "state", "federal" or "public" before the funds say it was the
receiver's own state, whose government is the actor of the aid. A giver named in the funds'
words ("Chinese government loans") is left to the rules that read it."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.doc_utils import char_span_of
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import children, prep_objects, word_set
from dyads.stages.state_names import state_name

# Words before the funds that say a state paid them.
_STATE_WORDS = word_set("government state federal public provincial municipal taxpayer")
# What is received as money.
_FUNDS = word_set(
    "loan aid grant subsidy money fund funding bailout assistance credit guarantee support"
)
_MODIFIER_DEPS = ("amod", "compound", "nmod")


def home_state_funder(verb: Token, receiver: Actor, index: ActorIndex) -> Actor | None:
    """The receiver's own government as the giver of funds the verb's object names as the
    state's ("received $17 billion in government loans"), or None."""
    if receiver.code is None or len(receiver.code) != 3 or not receiver.code.isalpha():
        return None  # a state's own funds go to a party of a state
    objects = children(verb, ("dobj",))
    # "received $2 billion in federal grants": the sum's "in" phrase names the funds.
    funds = objects + [o for obj in objects for o in prep_objects(obj, ("in",))]
    for thing in funds:
        if thing.lemma_.lower() not in _FUNDS or index.all_in(thing):
            continue
        word = next((m for m in children(thing, _MODIFIER_DEPS) if m.lower_ in _STATE_WORDS), None)
        if word is not None:
            return Actor(
                text=word.text,
                name=state_name(receiver.code),
                code=receiver.code,
                sector="GOV",
                span=char_span_of(word),
            )
    return None
