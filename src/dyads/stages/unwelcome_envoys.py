"""Envoys declared unwelcome: "Britain declared three Iraqi diplomats persona non grata".

The Latin phrase is no English the parser knows: it reads "persona" as a verb, a noun in
apposition or the head of the object, so the naming patterns of "declare" never see it. The
phrase is read from the words instead: a verb of declaring before "persona non grata" in its
sentence expels the person named between them (CAMEO 166, "expel or withdraw", PLOVER SANCTION).
"""

from __future__ import annotations

from spacy.tokens import Token

UNWELCOME_CAMEO = "166"
DECLARING_VERBS = frozenset({"declare", "pronounce", "name", "make"})
_PHRASE = ("persona", "non", "grata")


def _phrase_start(verb: Token) -> int | None:
    """Where "persona non grata" starts after the verb in its sentence, if it does."""
    sentence = verb.sent
    lowers = [t.lower_ for t in verb.doc[verb.i + 1 : sentence.end]]
    for at in range(len(lowers) - len(_PHRASE) + 1):
        if tuple(lowers[at : at + len(_PHRASE)]) == _PHRASE:
            return verb.i + 1 + at
    return None


def declares_unwelcome(verb: Token) -> bool:
    """Whether a verb of declaring names someone "persona non grata": a word stands between the
    verb and the phrase, and no other verb does ("declared that ... persona non grata" names
    nobody by this verb)."""
    start = _phrase_start(verb)
    if start is None or start == verb.i + 1:
        return False
    between = verb.doc[verb.i + 1 : start]
    return not any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("that", ",") for t in between)
