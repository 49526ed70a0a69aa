"""Whom a release is done to: the party whose people are freed, not the go-between.

"Hamas released three Israeli hostages to the Red Cross": the Red Cross, a mediator or another
state only takes the captives over; the release is done to Israel, whose people are freed. A
"to" phrase naming the captives' own side ("handed the prisoners over to Ukraine") is the
recipient as it stands, and so is any "to" phrase when the captives name no party.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyads.records import Actor


def is_go_between(party: Actor, freed: Sequence[Actor]) -> bool:
    """Whether a party captives are released to only takes them over: the captives name a
    party of their own (`freed`), and this one is not of their state."""
    coded = [f.code for f in freed if f.code is not None]
    return bool(coded) and party.code not in coded
