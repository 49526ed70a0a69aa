"""Clubs named after their town: "Real Madrid", "Inter Miami", "Paris Saint-Germain", "the
Boston Celtics". The town inside a club's name says who plays, not where anything happens
(GeoWebNews leaves such names out of its locational toponyms), so it is no place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.place_resolution import AREA_KINDS, Mention

# Capitalised first words of clubs' names before their town: "Real Madrid", "Dynamo Kyiv".
CLUB_PREFIXES = frozenset(
    {
        *("Real", "Inter", "Dynamo", "Dinamo", "Sporting", "Atletico", "Atlético"),
        *("Olympique", "Borussia", "Lokomotiv", "Spartak", "Shakhtar", "Deportivo"),
    }
)
# Words after the town that make a club's name: "Paris Saint-Germain".
CLUB_SUFFIXES = ("Saint-Germain",)
# Capitalised plurals after a name that are places or parts of a place's name, not a team's
# nickname: "the Golan Heights", "the Canary Islands", "Niagara Falls".
PLACE_PLURALS = frozenset(
    {
        *("Islands", "Isles", "Heights", "Hills", "Mountains", "Falls", "Springs", "Lakes"),
        *("Keys", "Highlands", "Lowlands", "Plains", "Territories", "Provinces", "Emirates"),
        *("States", "Flats", "Downs", "Fields", "Gardens", "Sands", "Narrows", "Rapids"),
        *("Woods", "Meadows", "Glades", "Rocks", "Dunes", "Banks", "Straits", "Alps", "Capes"),
        *("Shores", "Cliffs", "Forks", "Pines", "Oaks", "Palms", "Towers", "Docks", "Parks"),
    }
)
MIN_NICKNAME_LETTERS = 4


def names_a_club(doc: Doc, mention: Mention) -> bool:
    """The town's name opens or closes a club's: after "Real", "Inter"...; before
    "Saint-Germain"; or a town's (not a country's or region's) name before a team's plural
    nickname ("the Boston Celtics", "Chicago Bulls")."""
    start, end = mention.start, mention.end
    if start > 0 and doc[start - 1].text in CLUB_PREFIXES:
        return True
    following = doc[end : end + 3].text
    if any(following.startswith(suffix) for suffix in CLUB_SUFFIXES):
        return True
    return _before_nickname(doc, mention)


def _before_nickname(doc: Doc, mention: Mention) -> bool:
    if mention.end >= len(doc) or not mention.candidates:
        return False
    if any(entry.kind in AREA_KINDS for entry in mention.candidates):
        return False  # "Texas Rangers": a state's name beside its police as much as a team
    nickname = doc[mention.end]
    return (
        nickname.tag_ == "NNPS"
        and nickname.is_alpha
        and nickname.text[:1].isupper()
        and nickname.text.endswith("s")
        and len(nickname.text) >= MIN_NICKNAME_LETTERS
        and nickname.text not in PLACE_PLURALS
        and nickname.ent_type_ != "NORP"  # "Gaza Palestinians", "Mosul Christians"
        and not _ends_a_name(doc, mention.end + 1)
    )


def _ends_a_name(doc: Doc, i: int) -> bool:
    """More capitalised words follow ("the Chicago Teachers Union"): an organisation's name,
    which the other finders weigh."""
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"
