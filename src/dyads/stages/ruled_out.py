"""Acts ruled out: "ruled out holding early elections" refuses the act its gerund names, as
"refused to hold early elections" does (REJECT, the act itself negated); an act "not ruled
out" is only possible."""

from __future__ import annotations

from spacy.tokens import Token


def rules_out(verb: Token, negated: bool = False) -> bool:
    """Whether a verb is "rule out", which refuses the act it governs, or with `negated` "not
    rule out", which leaves it open."""
    if verb.lemma_.lower() != "rule":
        return False
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("prt", "out") in deps and any(dep == "neg" for dep, _ in deps) == negated


def ruling_out(verb: Token, negated: bool = False) -> Token | None:
    """The "rule out" (or with `negated` the "not rule out") that governs a verb's act ("ruled
    out sending troops", which the parser may hang as an adverbial clause), or None."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    return verb.head if rules_out(verb.head, negated) else None
