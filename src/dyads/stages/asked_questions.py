"""Questions put to a speaker: "when asked about the vote, the spokesman said", "will ask hard
questions about the contract".

"Ask" requests something when it has a party to do something ("asked residents to stay
indoors") or a thing asked for. A passive "asked" in an adverbial clause ("when asked about the
strike", "asked whether the troops would stay") only frames the answer that follows, and asking
questions is an inquiry, not a request: neither asks any party for anything.
"""

from __future__ import annotations

from spacy.tokens import Token

ASKING_VERBS = frozenset({"ask"})
_QUESTION_NOUNS = frozenset({"question", "query"})


def is_question(verb: Token) -> bool:
    """Whether a verb of asking only puts a question."""
    children = list(verb.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _QUESTION_NOUNS for c in children):
        return True  # "will ask hard questions about the contract"
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return False
    # "when asked to resign, he refused": a request put to him all the same.
    return not any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in children
    )
