"""Words carried to a party: "sent a formal extradition request to Britain", "the request was
delivered to the Foreign Office", "handed over a note of protest".

Sending, delivering or handing over a request, a demand, an appeal, a warning, an offer or a
complaint gives nothing: the noun is the event (REQUEST, THREATEN, AGREE ...) and the verb only
says how it reached the party, so the verb codes no aid or transfer of its own. Goods and
people sent ("sent aid", "handed over the suspects") are transfers and keep theirs. A document
handed over, delivered or submitted ("handed over a petition to the governor", "handed a list of
demands to the ministry") is no handover of anything held either: what it states, or the event
noun it holds, is the event, and the verb codes nothing.
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


# Documents that carry words, not goods: handing one over yields nothing.
DOCUMENT_NOUNS = frozenset(
    {"petition", "memorandum", "memo", "letter", "list", "dossier", "document", "note"}
    | {"charter", "manifesto", "file", "report", "submission", "brief", "complaint", "motion"}
)


def carried_document(verb: Token) -> Token | None:
    """The document a verb of carrying hands over or submits (its object, or the subject of its
    passive), else None."""
    carried = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((c for c in carried if c.lemma_.lower() in DOCUMENT_NOUNS), None)
