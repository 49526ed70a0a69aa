"""Ships and aircraft an act takes or strikes.

- "Iran seized a tanker in the Strait of Hormuz": ships and aircraft travel between states, so
  one seized whose owner the sentence does not name is no sign of a domestic target: the seizing
  state's own country is not implied.
- "Iran seized a Greek-flagged oil tanker": a ship acted on with no party of its own named is
  its flag state's (the actor stage reads no actor in the flag, which says nothing of who acts);
  with no flag named, the state it is owned or operated from ("a U.S.-owned cargo ship").
- "fired a missile at the cargo ship Gibraltar Eagle": the proper name a ship or aircraft bears
  is no place and no party, though a place's name is part of it.
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
# Participles after a hyphen that name the state a ship's owner or operator is of; the flag
# comes first where both are named ("a Liberian-flagged, Greek-owned tanker").
_OWNER_WORDS = frozenset({"owned", "operated"})
# Dependencies of the words of a ship's own name ("the cargo ship Gibraltar Eagle").
_NAME_DEPS = frozenset({"appos", "compound", "flat"})
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
    for words in (_FLAG_WORDS, _OWNER_WORDS):
        found = [
            party
            for flag in noun.children
            if flag.dep_ == "amod"
            for party in [_flag_party(flag, words, index)]
            if party is not None
        ]
        if found:
            return found
    return []


def in_vessel_name(actor: Actor, noun: Token) -> bool:
    """Whether a party lies inside the proper name a ship or aircraft bears ("the cargo ship
    Gibraltar Eagle", "the tanker Marlin Luanda"), which names the vessel alone."""
    if noun.lemma_.lower() not in VESSEL_NOUNS:
        return False
    for name in noun.children:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < noun.i:
            continue
        words = [name, *(t for t in name.children if t.dep_ in _NAME_DEPS and t.pos_ == "PROPN")]
        start = min(t.idx for t in words)
        end = max(t.idx + len(t.text) for t in words)
        if start <= actor.span[0] and actor.span[1] <= end:
            return True
    return False


def _flag_party(flag: Token, words: frozenset[str], index: ActorIndex) -> Actor | None:
    """The state named before "-flagged" (or "-owned", as `words` says): a country's name the
    places stage read, else a demonym ("Liberian"), else a country's name written as one word
    with it ("U.S.-owned")."""
    doc = flag.doc
    stem, _, participle = flag.text.rpartition("-")
    if stem and participle.lower() in words:
        return _named_state(stem, (flag.idx, flag.idx + len(stem)))
    if flag.lower_ not in words:
        return None
    hyphen = flag.i - 1
    if hyphen < 1 or doc[hyphen].text != "-" or doc[hyphen - 1].whitespace_:
        return None
    name = doc[hyphen - 1]
    place = index.object_place(name)
    if place is not None:
        return place
    return _named_state(name.text, (name.idx, name.idx + len(name.text)))


def _named_state(text: str, span: tuple[int, int]) -> Actor | None:
    """The state a demonym or a country's own name denotes ("Liberian", "U.S.")."""
    gazetteer = load_gazetteer()
    entry = gazetteer.demonym(text)
    if entry is None or entry.kind != "country":
        entry = next((e for e in gazetteer.lookup(text) if e.kind == "country"), None)
    if entry is None or not entry.country:
        return None
    code = entry.country
    return Actor(text=text, name=state_name(code), code=code, sector=None, span=span)
