"""A body named without its state, inside what a body of the same kind reports, is that body's.

Wire copy names a state's forces by their noun alone and lets the report say whose they are:
"Soldiers fired on smugglers near Rafah, the Egyptian army said", "Police arrested 14 men at a
checkpoint, Bangladeshi police said". The army speaks for its soldiers and the police for their
officers, so the reporter's state is the body's own when the reporter is of the same sector and
its verb of saying governs the clause the body acts in. A reporter of another sector ("...,
opposition leaders said") says nothing of whose the soldiers are.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import Mention

# Verbs of reporting whose subject vouches for what its clause says.
REPORTING_LEMMAS = frozenset({"say", "report", "add", "state", "confirm", "announce", "tell"})


def reporter_state(doc: Doc, body: Token, sector: str, mentions: list[Mention]) -> str | None:
    """The state of a body of `sector` that reports the clause `body` acts in, from later in
    the same sentence ("Troops returned fire ..., the Turkish military said"), if any."""
    sentence = body.sent
    for mention in mentions:
        if mention.sector != sector or mention.code is None or len(mention.code) != 3:
            continue
        if not (body.i < mention.start and mention.end <= sentence.end):
            continue
        speaker = doc[mention.start : mention.end].root
        verb = speaker.head
        if speaker.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_LEMMAS:
            continue
        if _governs(verb, body):
            return mention.code
    return None


def _governs(verb: Token, token: Token) -> bool:
    """Whether `token` lies in a clause that `verb` governs (and not in the verb's subject)."""
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ not in ("nsubj", "nsubjpass")
        token = token.head
    # The parser often makes the reported clause the root and hangs the verb of saying on it.
    return token.i != verb.i and verb.head.i == token.i and verb.dep_ in ("parataxis", "ccomp")
