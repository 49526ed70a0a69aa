"""A reporting frame of accusation: "Indonesian troops killed 50 mourners, Portugal charged".

A verb of accusing ("charged", "alleged") that follows the clause it reports, with a subject of
its own and no object or clause of its own, is the frame of that clause, though the parser may
hang it on the clause as a conjunct or an adverbial clause. CAMEO codes the statement, not the
act alleged: the speaker accuses (ACCUSE 112) the doer the reported clause names, and the
accusation is the sentence's event, as it is where the parser reads the frame right ("Pakistan
alleged that Indian troops shelled three villages").
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that make what they report an accusation.
_ACCUSING = frozenset({"charge", "allege"})
# What a frame verb may have after it: a time, a place, a participle of what else was said.
_FRAME_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl", "punct", "nsubj", "aux"})
_OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative", "nsubjpass"})


def accused_clause(verb: Token) -> Token | None:
    """The verb of the clause a trailing accusing frame reports (see the module), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACCUSING:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.children):
        return None  # "charged the men with murder", "charged that ...": content of its own
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    subject_start = frame_start(verb)
    if subject_start == verb.sent.start or verb.doc[subject_start - 1].text != ",":
        return None  # no frame set off after a clause
    root = verb.sent.root
    if root.i >= subject_start or root.pos_ not in ("VERB", "AUX"):
        return None
    return root


def frame_start(verb: Token) -> int:
    """Where the frame begins: the first word of the accusing verb's subject."""
    return min(c.left_edge.i for c in verb.children if c.dep_ == "nsubj")
