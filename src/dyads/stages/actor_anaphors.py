"""States referred to by a common noun: "the country", "the two countries", "both governments".

News names a state once and then calls it "the country" ("Pakistan carried out five nuclear
tests. The country said ..."): that is the state in focus (``StateFocus``), and "the country's
president" is its government. A pair of states named together ("Peru and Ecuador agreed ...")
is then "the two countries" or "both governments": one mention for each of the two. Bodies
named before are "the agency", "the alliance" or, for a non-governmental one, "the charity".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import LOWER  # type: ignore[import-not-found]  # compiled, without stubs
from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import Mention, StateFocus, sentence_starts
from dyads.stages.datelines import dateline_tokens

# "the country", "the nation": one state.
SINGULAR_NOUNS = frozenset({"country", "nation"})
# "the two countries", "both governments": a pair of states, and the sector the noun gives.
PAIR_NOUNS: dict[str, str | None] = {
    "countries": None,
    "nations": None,
    "governments": "GOV",
    "armies": "MIL",
}
# "the agency", "the alliance": an international body named before.
BODY_NOUNS = frozenset(
    {"agency", "alliance", "bloc", "organisation", "organization", "fund", "bank", "council"}
)
# "the charity", "the rights group": a non-governmental body named before, and the words of
# its cause that make "group" one.
CHARITY_NOUNS = frozenset({"charity", "group"})
CHARITY_CAUSES = frozenset(
    {"aid", "rights", "relief", "humanitarian", "medical", "charity", "advocacy", "campaign"}
)
# Sectors of armed groups that "the group" may stand for, and the words that say a group is one.
ARMED_SECTORS = frozenset({"REB", "UAF", "INS", "CRM"})
ARMED_GROUP_WORDS = frozenset({"militant", "rebel", "armed", "insurgent", "jihadist", "militia"})
# Nouns for a grouping of states, which any intergovernmental body may be called.
BLOC_NOUNS = frozenset({"alliance", "bloc"})
# Mentions that name a state (not a body of one, which comes later in the stage).
NAMING_KINDS = frozenset({"country", "capital"})
SENTENCES_BACK = 2


def country_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the country" as a mention of the state in focus; none where no one state is in view."""
    nouns = [t for t in tokens_of(doc, SINGULAR_NOUNS) if _is_bare(t, "the")]
    if not nouns:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # The dateline says where the story was filed, not what it is about ("NEW YORK - ... in
    # Mali after the country's rulers"): a state named in the text comes first.
    filed_at = dateline_tokens(doc)
    focus = StateFocus(doc, [m for m in mentions if m.start not in filed_at])
    filed_focus = StateFocus(doc, mentions) if filed_at else focus
    found = []
    for token in nouns:
        if token.i in taken:
            continue
        state = focus.before(token.i - 1) or filed_focus.before(token.i - 1)
        if state is not None and state.code is not None and _acted_on_by(token, state, mentions):
            # "Berlin would provide aid to the country": a state acting on "the country" means
            # another one, the last named before.
            state = _last_other_state(mentions, token.i, state.code)
        if state is not None and state.code is not None:
            found.append(Mention(token.i, token.i + 1, state.name, "country", state.code, None))
    return found


def body_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the agency", "the alliance", "the bloc", "the Fund", "the bank", "the Council" as a
    mention of the international body named last before them in their sentence or the two
    before ("Iran halted cooperation with the IAEA. ... the agency said"): one whose name or
    words hold the noun ("International Atomic Energy Agency", "the U.N. Security Council"), or
    for "the alliance" and "the bloc" any intergovernmental body."""
    nouns = [t for t in tokens_of(doc, BODY_NOUNS) if _is_bare(t, "the")]
    if not nouns:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    bodies = sorted(
        (m for m in mentions if (m.code or "")[:3] in ("IGO", "NGO")), key=lambda m: m.start
    )
    starts = sentence_starts(doc)
    found = []
    for token in nouns:
        if token.i in taken:
            continue
        first = starts[max(bisect_right(starts, token.i) - 1 - SENTENCES_BACK, 0)]
        noun = token.lower_
        fitting = [
            m
            for m in bodies
            if first <= m.start
            and m.end <= token.i
            and (
                noun in m.name.lower()
                or noun in doc[m.start : m.end].text.lower()  # "the U.N. Security Council"
                or (noun in BLOC_NOUNS and (m.code or "")[:3] == "IGO")
            )
        ]
        if fitting:
            body = fitting[-1]
            found.append(
                Mention(token.i, token.i + 1, body.name, body.kind, body.code, body.sector)
            )
    return found


def charity_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the charity", "the rights group", "the aid group" as a mention of the non-governmental
    body named last before them in their sentence or the two before ("Oxfam said ... The charity
    urged"). A bare "the group" is as often an armed group, so only a word of the body's cause
    makes "group" one."""
    nouns = [t for t in tokens_of(doc, CHARITY_NOUNS) if t.i >= 2]
    bodies = [m for m in mentions if (m.code or "")[:3] == "NGO"]
    return _bodies_named_again(doc, mentions, nouns, _charity_phrase_start, bodies, bodies)


def armed_group_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bare "the group" as a mention of the armed group named last before it in its sentence
    or the two before, with no other body named in between ("Israeli jets struck Hezbollah
    targets after the group fired rockets"; "the militant group", "the rebel group" too). A
    charity or rights group is left to ``charity_anaphors``, which needs a word of its cause."""
    nouns = [t for t in tokens_of(doc, ("group",)) if t.i >= 1]
    armed = [m for m in mentions if m.sector in ARMED_SECTORS]
    bodies = armed + [m for m in mentions if (m.code or "")[:3] in ("NGO", "IGO")]
    return _bodies_named_again(doc, mentions, nouns, _armed_group_phrase_start, bodies, armed)


def _bodies_named_again(
    doc: Doc,
    mentions: list[Mention],
    nouns: list[Token],
    phrase_start: Callable[[Token], int | None],
    bodies: list[Mention],
    fitting: list[Mention],
) -> list[Mention]:
    """Each noun's phrase as a mention of the body named last before it in its sentence or the
    two before, among `bodies`, when that body is one of the `fitting` ones."""
    if not nouns:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ordered = sorted(bodies, key=lambda m: m.start)
    starts = sentence_starts(doc)
    found = []
    for token in nouns:
        start = phrase_start(token)
        if start is None or any(i in taken for i in range(start, token.i + 1)):
            continue
        first = starts[max(bisect_right(starts, token.i) - 1 - SENTENCES_BACK, 0)]
        earlier = [m for m in ordered if first <= m.start and m.end <= start]
        if earlier and earlier[-1] in fitting:
            body = earlier[-1]
            found.append(Mention(start, token.i + 1, body.name, body.kind, body.code, body.sector))
    return found


def _armed_group_phrase_start(noun: Token) -> int | None:
    """Where "the group", "the militant group" or "the rebel group" starts after "the", or
    None for another phrase ("a group", "the group of", "a group's")."""
    doc = noun.doc
    if noun.dep_ in ("compound", "amod") or (
        noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"
    ):
        return None
    if doc[noun.i - 1].lower_ == "the":
        return noun.i
    if (
        noun.i >= 2
        and doc[noun.i - 1].lower_ in ARMED_GROUP_WORDS
        and doc[noun.i - 2].lower_ == "the"
    ):
        return noun.i - 1
    return None


def _charity_phrase_start(noun: Token) -> int | None:
    """Where the words of "the charity" or "the rights group" after "the" start, or None for
    another phrase."""
    doc = noun.doc
    if noun.dep_ in ("compound", "amod") or (
        noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"
    ):
        return None
    if doc[noun.i - 1].lower_ == "the" and noun.lower_ != "group":
        return noun.i
    if doc[noun.i - 1].lower_ in CHARITY_CAUSES and doc[noun.i - 2].lower_ == "the":
        return noun.i - 1
    return None


def _acted_on_by(token: Token, state: Mention, mentions: list[Mention]) -> bool:
    """Whether "the country" is the object of a verb (directly or through a preposition) whose
    subject names the same state."""
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return False
    verb = token.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "ccomp" and any(c.pos_ == "PRON" for c in subjects):
        # "Paris said it would send aid to the country": the pronoun is the speaker.
        subjects += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        m.code == state.code and m.start <= subject.i < m.end
        for subject in subjects
        for m in mentions
    )


def _last_other_state(mentions: list[Mention], before: int, code: str) -> Mention | None:
    others = [
        m
        for m in mentions
        if m.kind in NAMING_KINDS and m.end <= before and m.code and m.code != code
    ]
    return max(others, key=lambda m: m.start) if others else None


def with_pair_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "the two countries" or "both governments" made one mention per state
    of the pair named last before them, in their sentence or the two before (replacing a body
    of one state found there); unchanged where no pair is in view."""
    nouns = [t for t in tokens_of(doc, PAIR_NOUNS) if _names_a_pair(t)]
    if not nouns:
        return mentions
    names = {i for m in mentions if m.kind != "agent" for i in range(m.start, m.end)}
    states = sorted(
        (m for m in mentions if m.kind in NAMING_KINDS and len(m.code or "") == 3),
        key=lambda m: m.start,
    )
    starts = sentence_starts(doc)
    found: list[Mention] = []
    for token in nouns:
        if token.i in names:
            continue
        sentence = bisect_right(starts, token.i) - 1
        first = starts[max(sentence - SENTENCES_BACK, 0)]
        pair = _last_pair(doc, [m for m in states if first <= m.start and m.end <= token.i])
        if pair and _nearer_parties(mentions, starts, pair[-1].end, token.i):
            # "Japan and Australia expressed concern. Marcos will meet Kishida. The two
            # countries signed": the nearer pair is left to the event's roles (role_pairs.py).
            continue
        start = token.i - 1 if doc_word(token, -1) == "both" else token.i - 2
        sector = PAIR_NOUNS[token.lower_]
        found += [Mention(start, token.i + 1, m.name, "agent", m.code, sector) for m in pair]
    if not found:
        return mentions
    covered = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not any(i in covered for i in range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: m.start)


def _nearer_parties(mentions: list[Mention], starts: list[int], after: int, before: int) -> bool:
    """Whether a sentence after the one a pair ends in and before token `before` names parties
    of two states or more (people and bodies included)."""
    first = starts[bisect_right(starts, after - 1) - 1]
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        if m.start >= after and m.end <= before and len(m.code or "") == 3 and m.code:
            sentence = bisect_right(starts, m.start) - 1
            if starts[sentence] > first:
                by_sentence.setdefault(sentence, set()).add(m.code)
    return any(len(codes) >= 2 for codes in by_sentence.values())


def tokens_of(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens that are one of the (lower-case) words, found on the Doc's arrays: this runs
    on every article, and few hold any of them."""
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER)
    wanted = numpy.array([strings.add(w) for w in words], dtype=lowers.dtype)
    return [doc[int(i)] for i in numpy.isin(lowers, wanted).nonzero()[0]]


# Verbs whose "of" phrase tells what they say of their object ("accused X of", "warned X of").
_VERBS_WITH_OF = frozenset(
    {"accuse", "suspect", "convict", "acquit", "warn", "inform", "notify", "remind", "clear"}
    | {"absolve", "strip", "deprive", "rid", "rob", "assure", "persuade", "convince"}
)


def _is_bare(token: Token, determiner: str) -> bool:
    """A noun right after the determiner, heading its own phrase: "the country", not "the
    country music" nor "the country of Georgia" (but "accused the alliance of aggression",
    whose "of" is the verb's)."""
    if token.i == 0 or doc_word(token, -1) != determiner or token.dep_ in ("compound", "amod"):
        return False
    if token.i + 1 >= len(token.doc):
        return True
    after = token.nbor(1)
    if after.lower_ != "of":
        return True
    # The parser hangs a verb's own "of" phrase on its object ("accused X of aggression").
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _VERBS_WITH_OF


def _names_a_pair(token: Token) -> bool:
    """ "both countries" or "the two countries"."""
    return after_pair_word(token.doc, token.i)


def after_pair_word(doc: Doc, start: int) -> bool:
    """Whether the words before token `start` make it a pair word: "both sides", "the two
    leaders". A pair word stands for two parties, never one state."""
    if start >= 1 and doc[start - 1].lower_ == "both":
        return True
    return start >= 2 and doc[start - 1].lower_ == "two" and doc[start - 2].lower_ == "the"


def doc_word(token: Token, offset: int) -> str:
    return token.doc[token.i + offset].lower_


def owning_pair(doc: Doc, mentions: list[Mention], before: int) -> list[Mention]:
    """The two states named together last before token `before` in its sentence, with no
    other state after them ("Britain and France said their jets bombed"): whose "their" is."""
    starts = sentence_starts(doc)
    first = starts[bisect_right(starts, before) - 1]
    states = sorted(
        (
            m
            for m in mentions
            if m.kind in NAMING_KINDS
            and len(m.code or "") == 3
            and first <= m.start
            and m.end <= before
        ),
        key=lambda m: m.start,
    )
    pair = _last_pair(doc, states)
    return pair if pair and pair[1] == states[-1] else []


def _last_pair(doc: Doc, states: list[Mention]) -> list[Mention]:
    """The last two states named together ("India and Pakistan", "North and South Korea")."""
    for second, first in zip(reversed(states), reversed(states[:-1]), strict=False):
        between = {t.lower_ for t in doc[first.end : second.start]}
        # "Saudi Arabia and the United Arab Emirates": the article may stand outside a name.
        if first.code != second.code and between & {"and", ","} and between <= {"and", ",", "the"}:
            return [first, second]
    return []
