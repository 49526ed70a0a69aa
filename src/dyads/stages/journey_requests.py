"""Journeys made "in search of" something: the journey asks for it.

"went to Bonn in search of credits", "flew to Riyadh in search of Saudi loans": a party that
travels to seek money, aid or support asks its hosts for it (REQUEST, CAMEO 020; the patterns
are in the supplement's `verb_patterns`). The host the request is made to is where the journey
goes, as for a visit.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of travel whose "in search of" phrase is a request (kept in step with the supplement's
# patterns).
SEEKING_JOURNEYS = frozenset(
    {"go", "travel", "fly", "come", "arrive", "head", "journey", "visit", "tour", "sail"}
)


def seeks_on_journey(verb: Token) -> bool:
    """Whether a verb of travel carries an "in search of" phrase of its own."""
    if verb.lemma_.lower() not in SEEKING_JOURNEYS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(obj.dep_ == "pobj" and obj.lower_ == "search" for obj in prep.children)
        for prep in verb.children
    )
