"""An occupation or blockade done "to protest": "Opposition deputies occupied the speaker's
podium to protest against the budget".

Occupying a place or blocking it reads as an armed occupation (CAMEO 192) or a blockade (191)
by itself. Done "to protest" or "to demonstrate", it is the form the protest takes, a sit-in
or a blockade of dissent: the verb yields to its purpose clause, whose protest is the event,
done by the same subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Codes of acts that are a protest's form when done to protest: occupying, blockading.
PROTEST_FORM_CAMEOS = frozenset({"191", "192"})
_PROTEST_VERBS = frozenset({"protest", "demonstrate"})


def done_to_protest(verb: Token) -> bool:
    """Whether a verb has a "to protest" (or "to demonstrate") infinitive of purpose."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in _PROTEST_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
