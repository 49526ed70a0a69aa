"""Trade read apart from aid: what a company delivers, supplies, ships or sells to a customer.

The lexicon reads "delivered", "supplied" and "shipped" as aid (CAMEO 070-073), as most news of
such verbs between states is. PLOVER's AID is the provision of aid, though, and a company that
hands over the jets, turbines or tankers a customer bought is carrying out a sale: CAMEO 061,
"cooperate economically" (PLOVER COOPERATE, economic). The roles tell the two apart: when every
actor of the event is a business, the goods are trade. States and agencies keep the aid reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.stages.role_index import Roles
from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.triggers import Coding, TriggerLexicon

# Verbs of handing goods over; the lexicon codes them as aid of some kind.
HANDOVER_VERBS = frozenset({"deliver", "supply", "ship", "sell", "provide", "hand"})
# CAMEO 061: cooperate economically.
TRADE_CAMEO = "061"
BUSINESS_SECTOR = "BUS"


def is_trade(token: Token, coding: Coding, roles: Roles) -> bool:
    """An aid reading of a handover verb whose actors are all businesses."""
    if coding.event != "AID" or lemma_of(token) not in HANDOVER_VERBS:
        return False
    return bool(roles.actors) and all(a.sector == BUSINESS_SECTOR for a in roles.actors)


def trade_or(token: Token, coding: Coding, roles: Roles, lexicon: TriggerLexicon) -> Coding:
    """The coding of the trigger, read as trade (061) when a business hands goods over."""
    if not is_trade(token, coding, roles):
        return coding
    return lexicon.coding_of(TRADE_CAMEO, coding.confidence) or coding
