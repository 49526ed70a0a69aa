"""Events inside a "whether" clause: what is asked or left open is not reported.

"Asked whether Washington had been consulted before the raid, the spokesman said ...": the
consultation is the content of a question, not an event the sentence tells; nor is "decide
whether to attack" an attack, or "regardless of whether the talks resume" a meeting. A trigger
whose clause, or any clause above it, is marked "whether" is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.doc_utils import has_child

_QUESTION_MARKS = frozenset({"whether"})
# How many heads a trigger may climb to the clause that holds it.
_MAX_CLIMB = 8


def in_question_clause(token: Token) -> bool:
    """Whether a token lies in a clause marked "whether" (its own or one above it)."""
    current = token
    for _ in range(_MAX_CLIMB):
        if has_child(current, ("mark",), _QUESTION_MARKS):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False
