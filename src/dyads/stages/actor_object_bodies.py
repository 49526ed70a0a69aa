"""A body a state acts on is the one the article named before, not the acting state's own.

"The RSF shelled a camp ... and accused the army of using it as a base. ... Washington imposed
sanctions on Burhan, accusing the army of attacks on schools": the state in focus in the last
sentence is the United States, but the army it accuses is the one the article has been about,
Sudan's; so is a body that owns the object ("the United States criticised the junta's decision"
in a story about Mali's junta). A state rarely accuses, sanctions or attacks a body of its own
that the text names by its noun alone, while news names a body in full once and then by its
noun. So a bare body that
is the object of a verb whose subject is the state in focus takes the state of the most recent
earlier body of the same head noun in the article (or of the body its members make up: "the U.S.
Senate ... thanked the senators"), where there is one and it differs. A body that is the
subject, or with no earlier namesake, keeps the state in focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.stages.actor_article_states import ArticleStates, body_head
from dyads.stages.actor_patterns import SUBJECT_DEPS, Mention

# How a body hangs on the verb that acts on it: an object, or the object of its preposition.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
# How the words between an object and its verb hang: a preposition, the noun it follows.
_PHRASE_DEPS = frozenset({"prep", "pobj", "dobj"})
# How a verb without a subject of its own takes its main verb's ("imposed sanctions on Burhan,
# accusing the army"; "vowed to punish the army").
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj"})
# How far up a verb may look for the subject it shares.
_MAX_CLIMB = 3


def acted_on_by(body: Token, state: Mention) -> bool:
    """Whether a body is the object of a verb whose subject names the state, or owns that
    object ("criticised the junta's decision")."""
    if body.dep_ == "poss" and body.head.dep_ in _OBJECT_DEPS:
        body = body.head  # what the body did, acted on: the body is aimed at all the same
    if body.dep_ not in _OBJECT_DEPS:
        return False
    verb = body.head
    for _ in range(_MAX_CLIMB):  # "imposed sanctions on the army": through the act's noun
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _PHRASE_DEPS:
            break
        verb = verb.head
    for _ in range(_MAX_CLIMB):
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return any(
                s.left_edge.i <= state.start and state.end <= s.right_edge.i + 1 for s in subjects
            )
        if verb.dep_ not in _SHARED_SUBJECT_DEPS:
            return False
        verb = verb.head
    return False


def earlier_namesake(
    doc: Doc,
    article: ArticleStates,
    resolved: Sequence[Mention],
    start: int,
    end: int,
    sector: str,
) -> str | None:
    """The state of the most recent earlier body with the same head noun, among the mentions
    found so far (`resolved`) and those the article names with their state, else of the body
    whose members the noun names ("the U.S. Senate ... the senators")."""
    head = body_head(doc, start, end)
    own = [
        m
        for m in resolved
        if m.end <= start
        and m.code is not None
        and m.sector == sector
        and body_head(doc, m.start, m.end) == head
    ]
    latest = max(own, key=lambda m: m.start) if own else None
    named = article.same_head_body(start, end, sector) or _body_of_members(
        doc, resolved, start, end, sector
    )
    if named is not None and (latest is None or named.start > latest.start):
        return named.code
    return latest.code if latest is not None else None


# How long a shared stem must be, and how much a member's noun may add to its body's ("senat-e",
# "senat-or"; "congress", "congressman").
_STEM = 5
_MORE = 3


def _body_of_members(
    doc: Doc, mentions: Sequence[Mention], start: int, end: int, sector: str
) -> Mention | None:
    """The earlier body whose members the bare noun names ("the U.S. Senate ... the senators",
    "Congress ... the congressmen"), by a shared stem of the two nouns."""
    head = doc[start:end].root.lemma_.lower()
    earlier = [m for m in mentions if m.end <= start and m.sector == sector and m.code]
    for body in sorted(earlier, key=lambda m: m.start, reverse=True):
        other = doc[body.start : body.end].root.lemma_.lower()
        shared = len(_common_prefix(head, other))
        if shared >= _STEM and max(len(head), len(other)) <= shared + _MORE:
            return body
    return None


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
