"""Names a person's role stands beside: "Santiago Peña, Paraguay's president, met ..." is a man,
not the Chilean capital, though the model reads his name as an organisation.

A name of two or more capitalised words whose appositive (", Paraguay's president,", ", a
spokeswoman for the ministry,") is headed by a noun for a person's role names that person, and
no place's name inside it is a place. A place named alone keeps its reading ("Russia, a
permanent member of the council, vetoed"), and so does a name the model reads as a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dyads.stages.place_cues import PLACE_LABELS
from dyads.stages.place_resolution import Mention

# Nouns for a person's office or role that head an appositive after a person's name.
ROLE_NOUNS = frozenset(
    {
        *("president", "minister", "premier", "chancellor", "mayor", "governor", "senator"),
        *("lawmaker", "congressman", "congresswoman", "ambassador", "envoy", "spokesman"),
        *("spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chairperson"),
        *("director", "founder", "owner", "commander", "secretary", "coach", "captain"),
        *("manager", "candidate", "king", "queen", "prince", "princess", "emir", "sultan"),
        *("executive", "ceo", "chief", "head", "adviser", "advisor", "aide", "lawyer"),
        *("professor", "general", "colonel", "judge", "prosecutor", "bishop", "archbishop"),
    }
)


def without_persons_by_apposition(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the towns inside a name a person's role stands beside."""
    return [m for m in mentions if not person_by_apposition(doc, m)]


def person_by_apposition(doc: Doc, mention: Mention) -> bool:
    """'Santiago Peña, Paraguay's president,': the mention lies in a name of two or more words
    the model reads as no place, and a noun for a person's role is that name's appositive."""
    name = _name_holding(doc, mention)
    if name is None or name.label_ in PLACE_LABELS:
        return False
    if mention.end - mention.start >= len(name):
        return False  # the whole name: "Russia, a permanent member of the council,"
    if not all(token.text[:1].isupper() for token in name):
        return False
    return any(
        token.dep_ == "appos" and token.head.i in range(name.start, name.end)
        for token in doc[name.end : min(len(doc), name.end + 8)]
        if token.lower_ in ROLE_NOUNS
    )


def _name_holding(doc: Doc, mention: Mention) -> TokenSpan | None:
    """The model's entity the mention lies in, if any."""
    for ent in doc.ents:
        if ent.start <= mention.start and mention.end <= ent.end:
            return ent
    return None
