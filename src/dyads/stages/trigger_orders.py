"""Whose forces an order to leave sends away: "ordered the army to leave the city".

An order to leave given to foreign forces ("ordered the French army to leave the country",
"ordered UN peacekeepers to leave") sends them out (CAMEO 166, SANCTION). Given to forces named
as the speaker's own ("ordered the army to leave Khan Younis", "ordered its troops out"), with no
nationality or name of another party beside them, it pulls them back (CAMEO 0874, RETREAT).
"""

from __future__ import annotations

from spacy.tokens import Token

# Armed forces an order may send away.
_FORCE_NOUNS = frozenset(
    {"army", "military", "troop", "troops", "soldier", "force", "forces", "unit", "navy"}
)
# Determiners of forces the speaker owns: the definite article of the speaker's own army and
# possessive pronouns.
_OWN_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
# Dependencies of the words that would name another party's forces ("French army", "UN
# peacekeepers", "Russia's troops").
_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
RETREAT_CAMEO = "0874"


def orders_own_forces_out(ordered: list[Token]) -> bool:
    """Whether the parties an order addresses are the speaker's own forces: a force noun with
    an own determiner and no capitalised word naming whose forces they are."""
    return bool(ordered) and all(_is_own_force(party) for party in ordered)


def _is_own_force(party: Token) -> bool:
    if party.lemma_.lower() not in _FORCE_NOUNS and party.lower_ not in _FORCE_NOUNS:
        return False
    children = list(party.children)
    if any(c.dep_ in _NAMING_DEPS and c.text[:1].isupper() for c in children):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS for c in children)
