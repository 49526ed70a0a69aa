"""Actors placed by a town the place stage resolves to another state.

The actor stage runs before the geoparser and reads a town by its best-known namesake:
"Police in London, Ontario," would be Britain's police. The geoparser weighs the words next to
the town ("Ontario") and the article's other places. Once it has run, an actor whose state
came from a town (the town is the actor's words, or ends them: "police in London") takes the
state the geoparser gave that town, but only with evidence of it:

- a province or state named right after the town ("London, Ontario", "Paris, Texas"), resolved
  to the same state and to no place of the actor's first state (a whole country named there
  places nothing: "troops from Angola, U.S. mediator Chester Crocker said"); or
- the article's other places: at least two of them in the town's resolved state and none in
  the actor's first state (the town named again counts as none).

Without such evidence the actor keeps its state: a capital that acts ("Moscow said") stands for
its government even where a namesake exists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import msgspec

from dyads.records import Actor, Place
from dyads.stages.state_names import state_name

# Separators between a town and the province or state that places it ("London, Ontario").
PLACING_SEPARATORS = frozenset({",", ""})
MIN_ARTICLE_PLACES = 2


def agree_with_places(text: str, actors: Sequence[Actor], places: Sequence[Place]) -> list[Actor]:
    """The actors, each placed by a town recoded to the state the geoparser resolved it to
    when the text gives evidence for it (see the module); new records, the others as they are."""
    ordered = sorted((p for p in places if p.country), key=lambda p: p.span)
    if not ordered:
        return list(actors)
    return [_agreed(text, actor, ordered) for actor in actors]


def _agreed(text: str, actor: Actor, places: list[Place]) -> Actor:
    code = actor.code
    if code is None or len(code) != 3:
        return actor  # no state, or an international body: no town gave it
    town = _town_of(actor, places)
    if town is None or town.country == code:
        return actor
    assert town.country is not None
    if not (_placed_beside(text, town, places, code) or _article_places(town, places, code)):
        return actor
    # A body known only by its state ("United Kingdom") is renamed with the new one.
    name = state_name(town.country) if actor.name == state_name(code) else actor.name
    return msgspec.structs.replace(actor, code=town.country, name=name)


def _town_of(actor: Actor, places: list[Place]) -> Place | None:
    """The place that is the actor's words or ends them ("Moscow", "police in London")."""
    start, end = actor.span
    for place in places:
        if place.span[1] == end and start <= place.span[0]:
            return place
    return None


def _placed_beside(text: str, town: Place, places: list[Place], code: str) -> bool:
    """Whether a place right after the town, of the town's state, says where it is."""
    for place in places:
        if place.span[0] < town.span[1]:
            continue
        between = text[town.span[1] : place.span[0]].strip()
        if between not in PLACING_SEPARATORS:
            return False
        # A whole country after a comma places nothing: "from Angola, U.S. mediator X said"
        # ends one phrase and starts another ("Paris, Texas" names a state within one).
        whole = place.admin1 is None and place.name == state_name(place.country)
        return not whole and place.country == town.country and place.country != code
    return False


def _article_places(town: Place, places: list[Place], code: str) -> bool:
    """Whether the article's other places are in the town's state, and none in the actor's."""
    # The town named again is the same reading of it, no evidence of its own.
    counts = Counter(p.country for p in places if p.span != town.span and p.name != town.name)
    return counts[town.country] >= MIN_ARTICLE_PLACES and counts[code] == 0
