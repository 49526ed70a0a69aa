"""Ships and aircraft an act takes or strikes.

- "Iran seized a tanker in the Strait of Hormuz": ships and aircraft travel between states, so
  one seized whose owner the sentence does not name is no sign of a domestic target: the seizing
  state's own country is not implied.
- "Iran seized a Greek-flagged oil tanker": a ship acted on with no party of its own named is
  its flag state's (the actor stage reads no actor in the flag, which says nothing of who acts).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.records import Actor
from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.role_index import ActorIndex
from dyads.stages.role_syntax import children, word_set
from dyads.stages.state_names import state_name

# Participles after a hyphen that name the state a ship is registered in ("Greek-flagged").
_FLAG_WORDS = frozenset({"flagged", "registered"})
VESSEL_NOUNS = word_set(
    "ship tanker vessel boat freighter trawler ferry yacht barge dhow carrier aircraft plane jet"
    " airliner helicopter"
)


def seizes_a_vessel(trigger: Token) -> bool:
    """Whether the trigger verb's object, or its passive subject, is a ship or an aircraft."""
    taken = children(trigger, ("dobj", "nsubjpass"))
    return any(noun.lemma_.lower() in VESSEL_NOUNS for noun in taken)


def flag_states(noun: Token, index: ActorIndex) -> list[Actor]:
    """The state whose flag a ship or aircraft bears ("a Greek-flagged oil tanker": GRC), as a
    party with no sector; none for other nouns, or a flag that names no state."""
    if noun.lemma_.lower() not in VESSEL_NOUNS:
        return []
    return [
        party
        for flag in noun.children
        if flag.lower_ in _FLAG_WORDS and flag.dep_ == "amod"
        for party in [_flag_party(flag, index)]
        if party is not None
    ]


def _flag_party(flag: Token, index: ActorIndex) -> Actor | None:
    """The state named before "-flagged": a country's name the places stage read, else a
    demonym ("Liberian")."""
    doc = flag.doc
    hyphen = flag.i - 1
    if hyphen < 1 or doc[hyphen].text != "-" or doc[hyphen - 1].whitespace_:
        return None
    name = doc[hyphen - 1]
    place = index.object_place(name)
    if place is not None:
        return place
    entry = load_gazetteer().demonym(name.text)
    if entry is None or entry.kind != "country" or not entry.country:
        return None
    span = (name.idx, name.idx + len(name.text))
    code = entry.country
    return Actor(text=name.text, name=state_name(code), code=code, sector=None, span=span)
