"""Whether a trigger names its recipient only by reference back ("aid to the country", "talks
with them"): the recipient is there but uncoded, so none is implied in its place."""

from __future__ import annotations

from spacy.tokens import Token

# Words that name a party only by reference back to one named before.
_BACK_REFERENCES = frozenset(
    {"country", "nation", "government", "state", "regime", "authorities", "side", "people"}
)
_RECIPIENT_PREPOSITIONS = frozenset({"to", "with", "against", "for", "toward", "towards"})
_REFERRING_DETERMINERS = frozenset({"the", "its", "their", "that", "this"})


def names_a_party_by_reference(trigger: Token) -> bool:
    """Whether the trigger, or its object, has a recipient phrase naming a party only by a
    pronoun or a word referring back ("provide aid to the country", "talks with them")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _RECIPIENT_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PRON" or (
                    obj.lower_ in _BACK_REFERENCES
                    and any(d.lower_ in _REFERRING_DETERMINERS for d in obj.lefts)
                ):
                    return True
    return False
