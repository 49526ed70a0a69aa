"""The state a whole article gives a body named without one, beyond the sentences around it.

News names a body in full once and then by its noun alone: "The Syrian army shelled Douma ...
Turkey condemned the shelling ... The army said" means Syria's army, however many sentences and
other states lie between. So a state body with no state in its own sentence takes, in order:

1. the state of the most recent earlier body of the same kind in the article: the same head noun
   ("the Syrian army" for "the army", "the Indonesian trade ministry" for "the ministry"), else
   the same sector when every earlier body of that sector is of one state, leaving out envoys,
   who serve in another state ("the French ambassador" says nothing of "the government");
2. the state in focus of the two sentences before (``StateFocus``);
3. the state the article is about, when that is plain: the state of its dateline ("ABUJA
   (Reuters) -"), else one state named at least twice and twice as often as any other (its
   body's own sentence counts only up to the body: a state named after a body there is a party,
   not its owner), or the only state it names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from dyads.stages.actor_patterns import FOCUS_KINDS, NOT_STATES, Mention, sentence_starts

PLACE_KINDS = frozenset({"country", "capital", "place"})
# Nouns that name the same body, read as one head noun ("the military" ... "the army").
_SAME_BODY_NOUNS = {"military": "army"}
# Envoys, who speak for their state in another one.
ENVOY_LEMMAS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache"})
# A state is dominant when named this often, and this many times as often as the next one.
MIN_DOMINANT_MENTIONS = 2
DOMINANCE_RATIO = 2


def _is_state(mention: Mention) -> bool:
    code = mention.code or ""
    return mention.kind in FOCUS_KINDS and len(code) == 3 and code not in NOT_STATES


class ArticleStates:
    """Earlier bodies and the article's own state, for one parsed article."""

    def __init__(self, doc: Doc, mentions: list[Mention], filed_at: frozenset[int]) -> None:
        self._doc = doc
        self._starts = sentence_starts(doc)
        states = sorted((m for m in mentions if _is_state(m)), key=lambda m: m.start)
        self._states = states
        self._bodies = [m for m in states if m.kind == "agent" and m.sector is not None]
        # The place of the dateline, not the agency after it ("ABUJA (Reuters) -").
        dateline = [m.code for m in states if m.start in filed_at and m.kind in PLACE_KINDS]
        self._dateline = dateline[0] if len(set(dateline)) == 1 else None

    @property
    def dateline(self) -> str | None:
        """The state of the article's dateline ("ABUJA (Reuters) -"), if it has one."""
        return self._dateline

    def same_head_body(self, start: int, end: int, sector: str) -> Mention | None:
        """The most recent earlier body named with its state by the same head noun ("the
        Syrian army" for "the army"; "the Egyptian military" too)."""
        head = body_head(self._doc, start, end)
        earlier = [m for m in self._bodies if m.end <= start and m.sector == sector]
        for body in reversed(earlier):
            if body_head(self._doc, body.start, body.end) == head:
                return body
        return None

    def same_body(self, start: int, end: int, sector: str) -> str | None:
        """The state of the most recent earlier body of the same kind (see the module)."""
        if (namesake := self.same_head_body(start, end, sector)) is not None:
            return namesake.code
        head = self._doc[start:end].root.lemma_.lower()
        earlier = [m for m in self._bodies if m.end <= start and m.sector == sector]
        # "Mali expelled the French ambassador. The government said": an envoy serves abroad,
        # so it says whose body is meant only for another envoy ("the envoy").
        if head not in ENVOY_LEMMAS:
            earlier = [m for m in earlier if not self._serves_abroad(m)]
        codes = {m.code for m in earlier}
        return codes.pop() if len(codes) == 1 else None

    def _serves_abroad(self, body: Mention) -> bool:
        return self._doc[body.start : body.end].root.lemma_.lower() in ENVOY_LEMMAS

    def article_state(self, position: int) -> str | None:
        """The dateline's state, else the one dominant state of the article (see the module)."""
        if self._dateline is not None:
            return self._dateline
        sentence = bisect_right(self._starts, position) - 1
        limit = self._starts[sentence + 1] if sentence + 1 < len(self._starts) else len(self._doc)
        counts = Counter(
            m.code for m in self._states if m.end <= position or m.start >= limit
        ).most_common(2)
        if not counts or (counts[0][1] < MIN_DOMINANT_MENTIONS and len(counts) > 1):
            return None  # a state named once is the article's only when it is the only one
        if len(counts) > 1 and counts[0][1] < DOMINANCE_RATIO * counts[1][1]:
            return None
        return counts[0][0]


def body_head(doc: Doc, start: int, end: int) -> str:
    """The head noun of a body's words, lower case, one word for nouns that name the same
    body ("military" is read as "army")."""
    head = doc[start:end].root.lemma_.lower()
    return _SAME_BODY_NOUNS.get(head, head)
