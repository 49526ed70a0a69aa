"""Denials of an act: "X denied that its troops shelled Y" rejects the claim that they did.

PLOVER 2.0 codes all rejections and refusals as REJECT, and the lexicon already reads the denial
of a charge that way ("denied Israeli charges that it was arming the militias"). A denial whose
content is a clause or a gerund stating an act ("denied that its warplanes had bombed villages",
"denied sending troops") rejects the same claim with the charge left unnamed: the denial is the
event the sentence asserts (REJECT 120, by the denier), and the act denied stays coded as a
negated event below it.
"""

from __future__ import annotations

from spacy.tokens import Token

DENIAL_CAMEO = "120"
_DENYING = frozenset({"deny"})
# Where a verb of denial holds what it denies: a that-clause, or a gerund ("denied sending").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


def denied_content(verb: Token) -> list[Token]:
    """The clauses or gerunds a verb of denial says did not happen; empty for other words and
    for a denial itself negated ("did not deny that")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DENYING:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return []
    return [
        c for c in children if c.dep_ in _CONTENT_DEPS or (c.dep_ == "dobj" and c.tag_ == "VBG")
    ]


def is_inside(token: Token, content: list[Token]) -> bool:
    """Whether a token lies within one of the denied clauses."""
    return any(c.left_edge.i <= token.i <= c.right_edge.i for c in content)
