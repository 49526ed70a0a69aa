"""A sentence opening with "It" that goes on with what the body or state before it did.

Wire copy names a ministry, a coast guard or a state and then carries on with "It": "The Kenyan
government closed the border. It also said it would ask the African Union to mediate." The "It"
is the subject of the sentence before, when that subject is a coded body or state (not a person,
whom "it" never stands for). "It" before "is", "seems", "emerged" and the like opens a clause
about a fact ("It was not clear whether ..."), and one inside a quote speaks of anything, so
neither is resolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import SUBJECT_DEPS, Mention, sentence_starts

# Verbs whose "it" is a dummy subject or a thing, not an actor: "It is unclear", "It emerged that".
_DUMMY_SUBJECT_VERBS = frozenset(
    {"be", "seem", "appear", "remain", "become", "emerge", "happen", "turn", "take", "mean"}
    | {"matter", "cost", "follow", "look", "sound", "feel", "rain", "snow", "come", "go"}
)
# Mentions "it" cannot stand for.
_PERSON_KINDS = frozenset({"person", "pronoun"})


def body_pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each sentence-opening subject "It" as a mention of the coded body or state that was the
    subject of the sentence before; none where that subject is no such party."""
    starts = sentence_starts(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    parties = [m for m in mentions if m.code is not None and m.kind not in _PERSON_KINDS]
    found: list[Mention] = []
    for number, start in enumerate(starts):
        if number == 0 or start in taken or not _opens_with_acting_it(doc[start]):
            continue
        subject = _main_subject(doc, starts[number - 1], start)
        if subject is None:
            continue
        referent = next((m for m in parties + found if m.start <= subject.i < m.end), None)
        if referent is not None:
            found.append(
                Mention(
                    start, start + 1, referent.name, referent.kind, referent.code, referent.sector
                )
            )
    return found


def _opens_with_acting_it(token: Token) -> bool:
    """Whether a sentence's first token is "It" as the subject of a verb that acts."""
    return (
        token.lower_ == "it"
        and token.pos_ == "PRON"
        and token.dep_ in SUBJECT_DEPS
        and token.head.lemma_.lower() not in _DUMMY_SUBJECT_VERBS
    )


def _main_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The active subject of a sentence's main verb, when it is one word group of one party (a
    singular noun or a name, not "officials")."""
    roots = [t for t in doc[start:end] if t.dep_ == "ROOT"]
    if not roots:
        return None
    subjects = [c for c in roots[0].children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.tag_ == "NNS" or (subject.pos_ == "PRON" and subject.lower_ != "it"):
        return None
    return subject
