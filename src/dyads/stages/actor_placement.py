"""Groups that belong to no one state, coded with the state where the text places them.

"Tamil rebels", "Kurdish guerrillas", "Muslim militants", "Labour": the people, faith or party
name alone does not say which state the group is of. News places it: "Tamil rebels attacked a
base in northern Sri Lanka" (LKA), "Kurdish rebels in northern Iraq" (IRQ), "Labour won the most
seats in the Israeli Knesset" (ISR). The groups and the states each may belong to are listed in
``data/actors/placed_groups.tsv``. A party's leader whom no table knows, coded by a title that
names such a party ("Sinn Fein leader NAME"), is placed as the party is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads.stages.actor_dictionary import ANY_STATE
from dyads.stages.actor_patterns import (
    REGION_CODES,
    Mention,
    NameAt,
    acts_as_agent,
    sentence_starts,
)

# Mentions that can place a group: names of states and their places, and bodies or people
# coded with a state.
PLACING_KINDS = frozenset({"country", "capital", "place", "agent", "person", "org"})
LOCATION_KINDS = frozenset({"capital", "place"})
# "the London-based group said": a place hyphened to one of these says where a party sits, not
# where anything in the sentence happens.
SITUATING_WORDS = frozenset({"based", "headquartered"})
SENTENCES_BACK = 2
# Verbs of flight: people who flee a state or its forces are that state's.
FLIGHT_VERBS = frozenset({"flee", "escape"})
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# A state's own bodies: a group of any state joined to one of them is that state's.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP"})


def _flees(verb: Token) -> bool:
    return verb.lemma_.lower() in FLIGHT_VERBS


def is_location(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names a place ("Sri Lanka", "Beirut"), not a nationality ("Turkish",
    "the Thai border", "Palestinians")."""
    if _situates_party(doc, mention):
        return False
    if mention.kind in LOCATION_KINDS:
        return True
    root = doc[mention.start : mention.end].root
    modifier = root.dep_ in ("amod", "compound", "nmod") or root.tag_ in ("JJ", "NNPS", "NNS")
    # "Saudi-led", "Iran-backed": a name joined by a hyphen to the word after it modifies it.
    joined = mention.end < len(doc) and doc[mention.end].text == "-"
    joined = joined and not doc[mention.end - 1].whitespace_
    return mention.kind == "country" and not modifier and not joined


def _situates_party(doc: Doc, mention: Mention) -> bool:
    """ "a London-based rights group": the place says where the group sits."""
    end = mention.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in SITUATING_WORDS
    )


class GroupPlacer:
    """Codes placed groups for one article."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        placements: dict[str, tuple[str, ...]],
        name_at: NameAt | None = None,
    ):
        self._doc = doc
        self._placements = placements
        self._name_at = name_at
        self._starts = sentence_starts(doc)
        self._states: dict[int, list[Mention]] = {}  # sentence -> state mentions in order
        for mention in sorted(mentions, key=lambda m: m.start):
            if self.is_placed(mention) or mention.kind not in PLACING_KINDS:
                continue
            if len(mention.code or "") == 3 and mention.code != "MNC":
                self._states.setdefault(self._sentence(mention.start), []).append(mention)

    def is_placed(self, mention: Mention) -> bool:
        return self._allowed(mention) is not None

    def _allowed(self, mention: Mention) -> tuple[str, ...] | None:
        """The states a placed mention may belong to; None for a mention that is not placed."""
        if mention.entry is not None and mention.entry.name in self._placements:
            return self._placements[mention.entry.name]
        if mention.code in REGION_CODES and mention.kind in ("org", "group", "agent"):
            return (ANY_STATE,)
        if mention.kind == "person" and mention.entry is None and mention.sector in PARTY_SECTORS:
            return self._title_party(mention)
        return None

    def _title_party(self, person: Mention) -> tuple[str, ...] | None:
        """The states of a placed party named in an untabled person's title ("Sinn Fein
        leader NAME"), or None."""
        if self._name_at is None:
            return None
        for i in range(person.start, person.end):
            found = self._name_at(self._doc, i)
            if found is not None and found[0] <= person.end:
                states = self._placements.get(found[1].name)
                if states is not None:
                    return states
        return None

    def place(self, mention: Mention) -> Mention:
        """The mention coded with the state the text places it in (unchanged if not placed)."""
        allowed = self._allowed(mention)
        if allowed is None:
            return mention
        # A party name is any state's where the text places it ("Labour" in an Egyptian story
        # is Egypt's); the states listed only give the default with none in view.
        placing = (ANY_STATE,) if mention.sector == "PTY" else allowed
        state = (
            self._fled_state(mention, placing)
            or self._conjoined_state(mention, placing)
            or self._state_for(mention, placing)
        )
        if state is not None and mention.sector == "REF" and ANY_STATE not in placing:
            state = self._home_state(mention, state, placing)
        if state is not None:
            return replace(mention, code=state)
        if mention.code in REGION_CODES:
            return mention  # no state in view: the region is the best there is
        default = allowed[0] if allowed and allowed[0] != ANY_STATE else None
        return replace(mention, code=default)

    def _fled_state(self, mention: Mention, allowed: tuple[str, ...]) -> str | None:
        """ "Kurdish refugees fleeing the Iraqi army's crackdown": people in flight are of the
        state whose land or forces they flee, not of the state that takes them in."""
        heads = {self._doc[i] for i in range(mention.start, mention.end)}
        heads |= {t.head for t in heads}
        # "thousands of refugees fleeing": the parser hangs the flight on the count.
        heads |= {t.head.head for t in heads if t.dep_ == "pobj" and t.head.lower_ == "of"}
        flights = [c for t in heads for c in t.children if c.dep_ in ("acl", "relcl") and _flees(c)]
        spans = [range(f.left_edge.i, f.right_edge.i + 1) for f in flights]
        states = self._states.get(self._sentence(mention.start), [])
        fitting = [
            m for m in states if self._fits(m.code, allowed) and any(m.start in s for s in spans)
        ]
        return fitting[0].code if fitting else None

    def _home_state(self, mention: Mention, host: str, allowed: tuple[str, ...]) -> str:
        """ "Tamil refugees in India said Sri Lankan troops had bombed their villages": refugees
        are not of the state their own "in" phrase sets them in when their sentence (or the two
        before) names another state their people may belong to; that state is their home."""
        noun = self._doc[mention.end - 1]
        shelters = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
        spans = [range(c.i, c.right_edge.i + 1) for c in shelters]
        sentence = self._sentence(mention.start)
        hosts = [m for m in self._states.get(sentence, []) if any(m.start in r for r in spans)]
        if not hosts or hosts[0].code != host:
            return host
        for k in range(sentence, max(sentence - SENTENCES_BACK - 1, -1), -1):
            for other in self._states.get(k, []):
                if other.code != host and self._fits(other.code, allowed):
                    return other.code or host
        return host

    def _conjoined_state(self, mention: Mention, allowed: tuple[str, ...]) -> str | None:
        """ "fighting between the Burmese army and Karen rebels": a group joined by "and" to a
        party of one of its states is of that state, whatever state the sentence names first.
        A group of any state ("Muslim rebels") is of the state whose government, forces or
        police it is joined to ("the Philippine government and Muslim rebels signed an accord
        in Jakarta"); a state itself joined to it ("Israel and Muslim states") says nothing."""
        any_state = ANY_STATE in allowed
        own = range(mention.start, mention.end)
        tokens = [self._doc[i] for i in own]
        near = {*tokens, *(t.head for t in tokens)}
        partners = [c for t in near for c in t.children if c.dep_ == "conj"]
        partners += [t.head for t in near if t.dep_ == "conj"]
        linked = {
            k for p in partners for k in (p.i, *(c.i for c in p.children if c.dep_ != "conj"))
        }
        states = self._states.get(self._sentence(mention.start), [])
        fitting = [
            m
            for m in states
            if self._fits(m.code, allowed)
            and m.start in linked - set(own)
            and (not any_state or self._is_state_body(m))
        ]
        return fitting[0].code if fitting else None

    def _is_state_body(self, mention: Mention) -> bool:
        """A state's government, forces or police named by a common noun ("the Philippine
        government", "Indian troops"), not the state's own name acting ("Israel")."""
        root = self._doc[mention.start : mention.end].root
        return mention.sector in STATE_BODY_SECTORS and root.pos_ == "NOUN"

    def _sentence(self, token: int) -> int:
        return bisect_right(self._starts, token) - 1

    def _state_for(self, mention: Mention, allowed: tuple[str, ...]) -> str | None:
        """Its own sentence first (places before nationalities: "Shiite militiamen clashed with
        Palestinian guerrillas in Beirut" are Lebanese; places the clause is set in before
        states that act in it), then the sentences before, then the
        state the article names most."""
        sentence = self._sentence(mention.start)
        for k in range(sentence, max(sentence - SENTENCES_BACK - 1, -1), -1):
            candidates = [m for m in self._states.get(k, []) if self._fits(m.code, allowed)]
            places = [m for m in candidates if self._is_scene(m)]
            chosen = places or candidates
            if chosen:
                return chosen[0].code
        counts = Counter(
            m.code
            for ms in self._states.values()
            for m in ms
            if m.code is not None and self._fits(m.code, allowed)
        )
        return counts.most_common(1)[0][0] if counts else None

    def _is_scene(self, mention: Mention) -> bool:
        """A place the clause is set in: a state or capital that acts ("Ankara vowed an
        operation against Kurdish militants in northern Iraq") places nobody."""
        acting = acts_as_agent(self._doc, mention.start, mention.end)
        return is_location(self._doc, mention) and not acting

    @staticmethod
    def _fits(code: str | None, allowed: tuple[str, ...]) -> bool:
        return code is not None and (ANY_STATE in allowed or code in allowed)


def place_groups(
    doc: Doc,
    mentions: Iterable[Mention],
    placements: dict[str, tuple[str, ...]],
    name_at: NameAt | None = None,
) -> list[Mention]:
    """Every placed group among the mentions coded where the text places it; `name_at` finds
    a placed party inside a party leader's title."""
    mentions = list(mentions)
    placer = GroupPlacer(doc, mentions, placements, name_at)
    return [placer.place(m) for m in mentions]


def located_states(doc: Doc, mentions: Iterable[Mention]) -> dict[int, str | None]:
    """Sentence (by its start token) -> the one state whose places the sentence names as
    locations ("in Baku", "northern Mali"); None for a sentence naming places of two states.
    A state's name that acts ("backed by Rwanda", "Rwanda said") is no location here."""
    starts = sentence_starts(doc)
    found: dict[int, set[str]] = {}
    for mention in mentions:
        if len(mention.code or "") == 3 and is_location(doc, mention):
            if mention.kind == "country" and acts_as_agent(doc, mention.start, mention.end):
                continue
            sentence = starts[bisect_right(starts, mention.start) - 1]
            found.setdefault(sentence, set()).add(str(mention.code))
    return {
        sentence: next(iter(codes)) if len(codes) == 1 else None
        for sentence, codes in found.items()
    }
