"""A state body named as the modifier of the act it carries out: "a police raid", "a military
offensive", "a government crackdown", "army operations".

News names who carried out a raid or a crackdown by putting the body before the act's noun; the
body is the act's doer, of the state the text is about, as "the police" or "the army" would be.
Only nouns of acts a state's body carries out count: "a police officer", "a government
spokesman" or "a military court" name people or bodies, not acts. An act the sentence's subject
launches or conducts ("Iran threatened to launch a military offensive") is the subject's own: its
modifier adds no party, as "withdrew its troops" adds none.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Nouns of acts done by a state's forces, police or government.
ACT_NOUNS = frozenset(
    {"raid", "raids", "crackdown", "clampdown", "sweep", "sweeps", "offensive", "operation"}
    | {"operations", "attack", "attacks", "assault", "strike", "strikes", "airstrike"}
    | {"airstrikes", "bombardment", "shelling", "blockade", "siege", "incursion", "incursions"}
    | {"investigation", "probe", "inquiry", "ban", "curfew", "deployment", "buildup"}
    | {"withdrawal", "pullout", "shooting", "shootings", "killing", "killings", "patrol"}
)

# Verbs of undertaking an act, whose subject is its doer.
UNDERTAKING_VERBS = frozenset(
    {"launch", "mount", "conduct", "stage", "begin", "start", "continue", "resume", "order"}
    | {"plan", "announce", "intensify", "escalate", "expand", "end", "halt", "stop", "suspend"}
    | {"carry", "step", "lead", "wage", "open", "unleash", "complete", "call", "prepare"}
)


def names_its_act(doc: Doc, start: int, end: int) -> bool:
    """Whether the body at `start:end` modifies the noun of an act it carries out, right after
    it ("a police raid", "the army's offensive" is a possessor and read elsewhere)."""
    if end >= len(doc) or doc[end].lower_ not in ACT_NOUNS or doc[end].pos_ != "NOUN":
        return False
    last = doc[end - 1]
    if last.head.i != end or last.dep_ not in ("compound", "amod", "nmod"):
        return False
    act = doc[end]
    undertaken = act.dep_ == "dobj" and act.head.lemma_.lower() in UNDERTAKING_VERBS
    return not undertaken
