"""Clauses the parser makes the content of a later verb that has an object of its own.

"The United States accused Tehran of seeking nuclear weapons, a charge Iran denies": the small
model reads "accused" as the clause "denies" governs, as it would in "…, Iran said". A verb that
already has its own object after that clause ("a charge", "the report") takes the clause as no
content: Iran denies the charge, not that the accusation was made, and reports none of it.
"""

from __future__ import annotations

from spacy.tokens import Token


def is_misread_frame(clause: Token) -> bool:
    """Whether a clause before its head verb, which has a direct object of its own before it
    too, is only the parser's reading of a trailing frame."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i < head.i
        and any(c.dep_ == "dobj" and c.i < head.i for c in head.children)
    )
