"""Acts named only as the rule a party broke or the crime it is charged with.

"Rebels shelled the town in violation of a ceasefire", "the tanker carried oil in breach of EU
sanctions": the ceasefire and the sanctions were in force before; the shelling and the voyage
are the news, and neither noun reports a truce declared or sanctions imposed. "Extradited to
face charges of genocide and torture", "convicted of murder", "arrested on suspicion of
kidnapping": the crime is what the charge alleges, told by the charge, the arrest or the
conviction, not a killing done on the day of the report. Such a noun is no event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of breaking a rule, whose "of" names the rule broken.
_BREACH_WORDS = frozenset(
    {"violation", "breach", "defiance", "contravention", "infringement", "disregard"}
)
# Words of charging, suspecting, trying or judging, whose "of" names the crime alleged.
_CHARGE_WORDS = frozenset(
    {
        "charge",
        "accusation",
        "allegation",
        "suspicion",
        "conviction",
        "count",
        "guilty",
        "innocent",
        "convict",
        "acquit",
        "indict",
        "suspect",
        "clear",
    }
)
_NAMING_WORDS = _BREACH_WORDS | _CHARGE_WORDS


def is_named_wrong(noun: Token) -> bool:
    """Whether a noun (or a noun it is joined to by "and") is the "of" object of a word of
    breach or charge: "in violation of a ceasefire", "charges of genocide and torture"."""
    top = noun
    for _ in range(8):
        if top.dep_ != "conj" or top.head.i == top.i:
            break
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ != "of":
        return False
    return top.head.head.lemma_.lower() in _NAMING_WORDS
