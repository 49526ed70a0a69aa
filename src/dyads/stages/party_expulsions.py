"""A member expelled by a party, or from a party or body: SANCTION expel, not deportation.

CAMEO reads "expel" as sending people out of a country (174, COERCE deport), which is what a
state does to foreigners. The PLOVER codebook's SANCTION expel covers expelling an entity "from
a group, organization, political party" (CAMEO 166): a party that expels someone ("the ANC
expelled its youth league leader", "Russia's liberal Yabloko party expelled NAME") or an
expulsion "from" a party, league or movement ("was expelled from the party") is that.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_index import Roles
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.triggers import Coding, TriggerLexicon

# CAMEO 174: expel or deport individuals; 166: expel or withdraw (from a body).
DEPORT_CAMEO = "174"
EXPEL_CAMEO = "166"
EXPELLING_VERBS = frozenset({"expel", "oust", "kick"})
# Sectors of political parties, in government or out of it.
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# Nouns for a party or a body of members that one is expelled from, or that expels.
MEMBERS_BODIES = frozenset(
    {
        "party",
        "league",
        "movement",
        "faction",
        "caucus",
        "bloc",
        "front",
        "congress",
        "alliance",
        "coalition",
        "union",
        "association",
    }
)


def _from_body(token: Token) -> bool:
    """ "expelled him from the party": the "from" phrase names a body of members."""
    return any(
        child.lower_ == "from" and any(o.lemma_.lower() in MEMBERS_BODIES for o in child.children)
        for child in token.children
    )


def _subject_is_body(token: Token) -> bool:
    """ "the ruling party expelled": the subject's own noun is a body of members."""
    return any(
        child.dep_ == "nsubj" and child.lemma_.lower() in MEMBERS_BODIES for child in token.children
    )


def is_party_expulsion(token: Token, coding: Coding, roles: Roles) -> bool:
    """A deportation reading of a verb of expelling done by a party, or from a party."""
    if coding.cameo != DEPORT_CAMEO or lemma_of(token) not in EXPELLING_VERBS:
        return False
    by_party = any(a is not None and a.sector in PARTY_SECTORS for a in roles.actors)
    return by_party or _subject_is_body(token) or _from_body(token)


def party_expulsion_or(
    token: Token, coding: Coding, roles: Roles, lexicon: TriggerLexicon
) -> Coding:
    """The coding of the trigger, read as an expulsion from a body (166) where a party expels."""
    if not is_party_expulsion(token, coding, roles):
        return coding
    return lexicon.coding_of(EXPEL_CAMEO, coding.confidence) or coding
