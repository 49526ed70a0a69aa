"""Words that govern a place whatever the model's label on the name: a noun of control or
access before its preposition ("seized control of Kidal", "access to Sagaing"), and a verb's
"in" or a noun's before another name of a town of some size ("consecrated in Etchmiadzin",
"homes in Andijan")."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.place_resolution import AREA_KINDS, Mention

# Nouns of holding or reaching ground, with the prepositions that take the ground after them.
CONTROL_NOUNS: dict[str, frozenset[str]] = {
    "control": frozenset({"of", "over"}),
    "access": frozenset({"to", "into"}),
    "sovereignty": frozenset({"over"}),
    "entry": frozenset({"to", "into"}),
    "foothold": frozenset({"in"}),
    "grip": frozenset({"on", "over"}),
}
# Prepositions of place after which a verb's name is where it happens ("prayed in X").
IN_WORDS = frozenset({"in", "near", "outside", "inside", "around"})
# Verbs whose "in" names a firm or a market, not a place ("invested in X", "a stake in X").
FINANCE_LEMMAS = frozenset({"invest", "reinvest", "trade", "list", "buy", "sell", "merge"})
# Nouns whose "in" names a firm, a market or a field, not a place ("a stake in X", "shares in
# X", "a degree in X").
HOLDING_NOUNS = frozenset(
    {
        *("stake", "share", "holding", "interest", "investment", "position", "deal"),
        *("degree", "course", "expert", "role", "part", "lead", "job", "career", "change"),
    }
)
# The least population of a town whose other name (not its own) is read after "in" under
# another label: smaller towns' other names meet too many firms and persons.
OTHER_NAME_POPULATION = 20_000


def governed_by_control_noun(doc: Doc, start: int, mention: Mention) -> bool:
    """'seized control of Kidal', 'access to Sagaing', 'sovereignty over X': a country's or a
    region's name after a noun of control or access and its preposition (a town's name there
    is as often a club's or a firm's: "given control of Chelsea")."""
    before = start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 1:
        return False
    prepositions = CONTROL_NOUNS.get(doc[before - 1].lower_)
    if prepositions is None or doc[before].lower_ not in prepositions:
        return False
    return any(e.kind in AREA_KINDS for e in mention.candidates)


def other_name_after_in(doc: Doc, start: int, mention: Mention) -> bool:
    """'consecrated in Etchmiadzin', 'homes in Andijan': a town's other name after a verb's
    or a noun's "in" (not "invested in", "a stake in"), for a town of OTHER_NAME_POPULATION or
    more."""
    if start < 2 or doc[start - 1].lower_ not in IN_WORDS:
        return False
    head = doc[start - 1].head
    if head.pos_ in {"VERB", "AUX"}:
        if head.lemma_ in FINANCE_LEMMAS:
            return False
    elif head.pos_ != "NOUN" or head.lemma_ in HOLDING_NOUNS:
        return False
    return any(
        e.kind == "city" and e.population >= OTHER_NAME_POPULATION for e in mention.candidates
    )
