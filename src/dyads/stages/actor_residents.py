"""People of a nation living in a state are that state's civilians.

"The Albanians of southern Serbia" and "ethnic Russians in Ukraine" are SRB and UKR CVL, not ALB
and RUS; "Americans in Iraq", neither "ethnic" nor "of", stay nationals of their own state.
"Ethnic Turks" or "ethnic Albanian leaders" with no state after them are of the other state the
passage names ("Bulgaria's authorities ... ethnic Turks" are BGR).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import STATE_SECTORS, Mention, sentence_starts
from dyads.stages.actor_placement import is_location

# Kinds of mention that name the state a minority lives in.
HOST_KINDS = frozenset({"country", "capital", "place", "agent", "person"})
SENTENCES_BACK = 2


def residents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each "<plural demonym> of/in <state>" made one civilian mention of the
    state, and the state's own mention dropped."""
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    replaced: dict[int, Mention] = {}
    for people in mentions:
        token = doc[people.start]
        plural_demonym = (
            people.kind == "country"
            and people.end == people.start + 1
            and token.tag_ in ("NNPS", "NNS")
            and token.lower_ != people.name.lower()
        )
        if not plural_demonym or people.end >= len(doc):
            continue
        link = doc[people.end].lower_
        ethnic = people.start > 0 and doc[people.start - 1].lower_ == "ethnic"
        if link != "of" and not (link == "in" and ethnic):
            continue
        k = people.end + 1
        while k < len(doc) and k - people.end <= 3 and k not in by_start:
            if doc[k].lower_ != "the" and doc[k].pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
            k += 1  # "the", "southern", "south"
        state = by_start.get(k)
        if state is None or state.kind != "country" or state.code == people.code:
            continue
        replaced[people.start] = Mention(
            people.start, state.end, state.name, "agent", state.code, "CVL"
        )
        dropped.add(state.start)
    return [replaced.get(m.start, m) for m in mentions if m.start not in dropped]


def ethnic_minorities(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each "ethnic <demonym>" mention coded with the other state its passage names: first in
    its own sentence (places before nationalities), else in the two sentences before; a state
    sector becomes none, as a minority's leaders are not the state's."""
    starts = sentence_starts(doc)
    states: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.kind in HOST_KINDS and len(mention.code or "") == 3:
            states.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)
    result = []
    for mention in mentions:
        before = mention.start > 0 and doc[mention.start - 1].lower_ == "ethnic"
        # "the ethnic Albanian leader Ibrahim Rugova": a person whose mention holds the word is
        # of the minority the text says, whatever office a table gives him on another date.
        titled = mention.kind == "person" and doc[mention.start].lower_ == "ethnic"
        # "ethnic Russians in Ukraine" are placed already (``residents``).
        ethnic = (before or titled) and all(
            t.lower_ not in ("in", "of") for t in doc[mention.start : mention.end]
        )
        kinds = ("country", "agent", "person") if titled else ("country", "agent")
        host = _host(doc, mention, states, bisect_right(starts, mention.start) - 1)
        if ethnic and mention.kind in kinds and host is not None:
            sector = "CVL" if mention.kind == "country" else mention.sector
            sector = None if sector in STATE_SECTORS else sector
            start = mention.start if titled else mention.start - 1
            mention = replace(mention, start=start, name=host.name, code=host.code, sector=sector)
        result.append(mention)
    return result


def _host(
    doc: Doc, people: Mention, states: dict[int, list[Mention]], sentence: int
) -> Mention | None:
    """The first other state named in the sentence, else in the two sentences before."""
    for k in range(sentence, max(sentence - SENTENCES_BACK - 1, -1), -1):
        others = [m for m in states.get(k, []) if m.code != people.code and m is not people]
        places = [m for m in others if is_location(doc, m)]
        chosen = places or others
        if chosen:
            return chosen[0]
    return None
