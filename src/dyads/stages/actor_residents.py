"""People of a nation living in a state are that state's civilians.

"The Albanians of southern Serbia" and "ethnic Russians in Ukraine" are SRB and UKR CVL, not ALB
and RUS; "Americans in Iraq", neither "ethnic" nor "of", stay nationals of their own state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention


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
