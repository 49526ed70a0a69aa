"""A sentence opening with "It" that goes on with what the body or state before it did.

Wire copy names a ministry, a coast guard or a state and then carries on with "It": "The Kenyan
government closed the border. It also said it would ask the African Union to mediate." The "It"
is the subject of the sentence before, when that subject is a coded body or state (not a person,
whom "it" never stands for). "It" before "is", "seems", "emerged" and the like opens a clause
about a fact ("It was not clear whether ..."), and one inside a quote speaks of anything, so
neither is resolved.

Within a sentence, "it" as the subject of a relative or adverbial clause is the subject of the
verb the clause hangs on, when that subject is a coded body or state: "The Turkish army issued
a statement in which it accused Greece", "Iran's foreign ministry summoned the envoy after it
condemned the strike". Where that verb has a thing for its object, "it" may be the thing ("sold
the company after it collapsed"), and it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.actor_patterns import SUBJECT_DEPS, Mention, sentence_starts
from dyads.stages.doc_utils import token_lowers

# Verbs whose "it" is a dummy subject or a thing, not an actor: "It is unclear", "It emerged that".
_DUMMY_SUBJECT_VERBS = frozenset(
    {"be", "seem", "appear", "remain", "become", "emerge", "happen", "turn", "take", "mean"}
    | {"matter", "cost", "follow", "look", "sound", "feel", "rain", "snow", "come", "go"}
)
# Mentions "it" cannot stand for.
_PERSON_KINDS = frozenset({"person", "pronoun"})
# Clauses whose "it" may stand for the subject of the verb they hang on.
_CLAUSE_DEPS = frozenset({"relcl", "advcl"})
# Dependencies a noun takes under the verb or preposition it hangs on, climbed to find the verb a
# relative clause's noun belongs to ("issued a statement in which it ...").
_NOUN_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod"})


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
    return found + _clause_pronouns(doc, parties, taken)


def _clause_pronouns(doc: Doc, parties: list[Mention], taken: set[int]) -> list[Mention]:
    """Each "it" subject of a relative or adverbial clause that stands for the coded body or
    state that is the subject of the verb the clause hangs on."""
    found: list[Mention] = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower != "it" or i in taken:
            continue
        token = doc[i]
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ not in _CLAUSE_DEPS:
            continue
        if verb.lemma_.lower() in _DUMMY_SUBJECT_VERBS:
            continue
        governor = _governing_verb(verb)
        if governor is None:
            continue
        if verb.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.i not in taken for c in governor.children
        ):
            continue  # "sold the company after it collapsed": "it" may be the thing
        subjects = [c for c in governor.children if c.dep_ == "nsubj" and c.i < i]
        if not subjects:
            continue
        referent = next((m for m in parties if m.start <= subjects[0].i < m.end), None)
        if referent is not None:
            found.append(
                Mention(i, i + 1, referent.name, referent.kind, referent.code, referent.sector)
            )
    return found


def _governing_verb(clause_verb: Token) -> Token | None:
    """The verb a clause hangs on: the head of an adverbial clause, and for a relative clause
    the verb its noun belongs to, through prepositions ("a statement in which")."""
    if clause_verb.dep_ == "advcl":
        return clause_verb.head if clause_verb.head.pos_ in ("VERB", "AUX") else None
    current = clause_verb.head
    for _ in range(3):
        if current.dep_ not in _NOUN_DEPS and current.dep_ != "prep":
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


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
