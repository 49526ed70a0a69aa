"""Seats of government by date: a city stands for the government that sat in it then.

"Bonn said" is West Germany's government in 1989 and nobody's in 2005; "Lagos" speaks for
Nigeria until the move to Abuja in December 1991; "Belgrade" is Yugoslavia's government until
April 1992 and Serbia and Montenegro's from 2003 to 2006 (``data/actors/seats.tsv``). Within a
seat's dates the city is a capital (its government where it acts: "Washington pressed Bonn");
outside them a capital of the dictionary becomes a place, and a town stays a town.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_dictionary import ActorDictionary
from dyads.stages.actor_patterns import Mention
from dyads.stages.actor_town_names import is_town_mention

SEAT_KINDS = frozenset({"country", "capital", "place"})


def dated_seats(
    doc: Doc, mentions: list[Mention], on: dt.date | None, dictionary: ActorDictionary
) -> list[Mention]:
    """The mentions with each dated seat of government coded for the date."""
    result = []
    for mention in mentions:
        seat = dictionary.seat(doc[mention.start : mention.end].text)
        if seat is None or mention.kind not in SEAT_KINDS:
            result.append(mention)
            continue
        code, sector = seat.code_on(on)
        if sector is not None:
            mention = replace(
                mention, name=seat.name_on(on), kind="capital", code=code, sector=sector, entry=seat
            )
        elif mention.kind == "capital" and not is_town_mention(mention):
            mention = replace(mention, kind="place", sector=None)  # "Abuja" before 1991
        result.append(mention)
    return result
