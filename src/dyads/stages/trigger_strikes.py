"""Strikes that are called: "called a general strike", "declared a strike", "staged a strike".

A strike that a party calls, stages, holds, declares or observes is a labour strike (PROTEST, the
strike mode): armed forces carry out or launch their strikes, they do not call them. A weapon
named beside the noun ("called in air strikes", "staged a drone strike") keeps it military, and
"call in" (summon fire) and "call off" (end a strike, coded by the lexicon) are no calling of
one. A strike in a sentence that names workers, a union or their pay, and no weapon or armed
force, is a labour strike too ("the strike would go on until the company raised wages, the
union said"), as is the verb without an object there ("unions warned they would strike").
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns naming workers, their bodies, their pay or a stoppage of work.
_LABOUR_NOUNS = frozenset(
    {"union", "worker", "dockworker", "docker", "employee", "staff", "miner", "teacher", "nurse"}
    | {"doctor", "driver", "wage", "salary", "pay", "walkout", "picket", "stoppage", "employer"}
)
# Words that make "union" a bloc of states ("the European Union").
_BLOC_WORDS = frozenset({"european", "african", "soviet", "customs", "monetary", "economic"})
# Words naming weapons or armed forces: their strikes are attacks.
_ARMED_WORDS = frozenset(
    {"army", "military", "troop", "soldier", "militant", "rebel", "insurgent", "jet", "warplane"}
    | {"aircraft", "drone", "missile", "rocket", "bomb", "air", "artillery", "navy", "airstrike"}
    | {"target", "weapon", "force"}
)
# Verbs whose object strike is one of work stopped.
_CALLING_VERBS = frozenset({"call", "stage", "hold", "declare", "observe", "organise", "organize"})
# Particles that make "call" another verb ("called in air strikes", "called off the strike").
_OTHER_SENSE_PARTICLES = frozenset({"in", "off"})


def called_strike(verb: Token, lemma: str) -> Token | None:
    """The strike a verb of calling (of lemma `lemma`, as the lexicon repairs it: the tagger
    reads "staged" as "stag") takes as its object ("called a nationwide strike"), or None;
    whether it is military is the caller's to check."""
    if lemma not in _CALLING_VERBS:
        return None
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_SENSE_PARTICLES for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "strike"), None
    )


def is_called_strike(noun: Token, head_lemma: str) -> bool:
    """Whether a noun "strike" is the object a verb of calling (its head, of lemma
    `head_lemma`) names."""
    return noun.dep_ == "dobj" and called_strike(noun.head, head_lemma) == noun


def strike_among_workers(strike: Token) -> bool:
    """Whether the sentence of a "strike", noun or verb without object, names workers, a union
    or pay ("the strike went on, union officials said"; "unions warned they would strike"), and
    no weapon or armed force."""
    named: set[str] = set()
    for token in strike.sent:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        word = token.lemma_.lower()
        if word == "union" and token.i > 0 and token.nbor(-1).lower_ in _BLOC_WORDS:
            continue  # "the European Union" is no trade union
        named.add(word)
    return bool(named & _LABOUR_NOUNS) and not named & _ARMED_WORDS
