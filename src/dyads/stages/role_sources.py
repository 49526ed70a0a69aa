"""Reporters the parser hangs on a noun before them: "struck a town in northern Syria, the Syrian
Observatory for Human Rights reported" makes the monitor an apposition of "town". A phrase set off
by a comma and followed at once by a verb of saying with no subject of its own is who says it, the
source of the report, never a party the act is done to."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.actor_reporting_bodies import REPORTING_LEMMAS
from dyads.stages.role_syntax import SUBJECT_DEPS


def is_trailing_source(phrase: Token) -> bool:
    """Whether an apposition is a reporter misparsed: after a comma, before a verb of saying
    that has no subject ("..., the Syrian Observatory for Human Rights said")."""
    if phrase.dep_ != "appos":
        return False
    doc = phrase.doc
    first, after = phrase.left_edge.i, phrase.right_edge.i + 1
    if first == 0 or doc[first - 1].text != "," or after >= len(doc):
        return False
    verb = doc[after]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in REPORTING_LEMMAS
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )
