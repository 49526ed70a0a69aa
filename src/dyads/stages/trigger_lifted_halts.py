"""Halts lifted: "lifted its moratorium on whaling", "ended the moratorium on nuclear tests",
"the moratorium on executions was scrapped". A moratorium declared is a truce or a yield
(CONCEDE); lifting one concedes nothing and hits no party, since the halted acts are only free
to resume: no event, and the acts the halt named are not coded as done either."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a halt declared (a moratorium on fighting, tests or deportations).
HALT_NOUNS = frozenset({"moratorium"})
# Verbs and nouns that end a halt ("lifted", "the lifting of").
_LIFTING_LEMMAS = frozenset(
    {"lift", "end", "scrap", "abandon", "revoke", "rescind", "drop", "abolish", "overturn"}
)
_LIFTING_NOUNS = frozenset({"lifting", "end", "scrapping", "abandonment", "revocation"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions that name what a halt stops ("on executions").
HALTED_PREPS = frozenset({"on", "of", "to"})


def is_lifted_halt(noun: Token) -> bool:
    """ "lifted its moratorium", "the moratorium was scrapped", "the lifting of the
    moratorium": a halt whose end the sentence reports."""
    if noun.dep_ in _OBJECT_DEPS:
        return noun.head.lemma_.lower() in _LIFTING_LEMMAS
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in _LIFTING_NOUNS
    return False


def lifted_halt_of(noun: Token) -> Token | None:
    """The lifted halt whose "on" phrase names a noun ("executions" in "lifted a moratorium on
    executions"), else None."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in HALTED_PREPS:
        return None
    halt = preposition.head
    if halt.lemma_.lower() in _LIFTING_LEMMAS:
        # "lifted a moratorium on executions": the parser may hang the phrase on the verb.
        halt = next((c for c in halt.children if c.dep_ in _OBJECT_DEPS), halt)
    if halt.lemma_.lower() not in HALT_NOUNS or not is_lifted_halt(halt):
        return None
    return halt
