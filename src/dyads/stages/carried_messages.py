"""Words carried to a party: "sent a formal extradition request to Britain", "the request was
delivered to the Foreign Office", "handed over a note of protest".

Sending, delivering or handing over a request, a demand, an appeal, a warning, an offer or a
complaint gives nothing: the noun is the event (REQUEST, THREATEN, AGREE ...) and the verb only
says how it reached the party, so the verb codes no aid or transfer of its own. Goods and
people sent ("sent aid", "handed over the suspects") are transfers and keep theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

CARRYING_VERBS = frozenset(
    {"send", "deliver", "hand", "submit", "forward", "transmit", "convey", "pass", "dispatch"}
)


def carried_message(verb: Token, is_verbal_event: Callable[[Token], bool]) -> Token | None:
    """The noun of a verbal event a verb of carrying carries (its object, the subject of its
    passive, or the noun its participle describes: "the request, sent by the judge"), else
    None."""
    carried = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "the request, sent by the judge": a bare participle describes what it carries; a clause
    # with a subject of its own ("accusations that it had sent soldiers") tells another act.
    own_clause = any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not own_clause:
        carried.append(verb.head)
    return next((noun for noun in carried if is_verbal_event(noun)), None)
