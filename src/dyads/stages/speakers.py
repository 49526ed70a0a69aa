"""Who is speaking: the subject of a reporting verb, resolved to an actor of the article.

The actor stage has already resolved names, surnames and pronouns, so a speaker is the actor whose
span covers the subject (or, failing that, the actor inside the subject phrase nearest its head:
"a spokesman for the Russian foreign ministry" -> the ministry). A written source named once and
referred back to ("a South Korean intelligence assessment ... The report") keeps its author.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyads.records import Actor
from dyads.stages.reporting_verbs import DOCUMENT_NOUNS, SOURCE_NOUNS

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Clauses without their own subject that share the subject of the clause they hang on.
_SUBJECTLESS_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CLOSE_DEPS = frozenset({"appos", "compound", "flat", "nmod"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the governing clause when the verb has none."""
    current = verb
    for _ in range(8):  # a bound on how far up a clause chain a subject is looked for
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head  # "the ministry, which said ..."
                return child
            if child.dep_ == "agent":  # "was announced by the ministry"
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if current.dep_ == "acl" and current.tag_ in _FINITE_TAGS and current.head.i < current.i:
            return current.head  # "…, the palace announced": a finite verb misread as a modifier
        if current.dep_ not in _SUBJECTLESS_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


class SpeakerResolver:
    """Resolves source phrases of one Doc to its actors."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self._actors = sorted(actors, key=lambda actor: actor.span)
        self._documents = self._document_authors(doc)
        self._document_starts = [offset for offset, _ in self._documents]

    def resolve(self, head: Token, *, strict: bool = False) -> Actor | None:
        """The actor a source phrase names, or None.

        With `strict`, the phrase must itself be an actor or name a source ("citing the
        DPRK's participation" names no source, though it mentions the DPRK).
        """
        actor = self._covering(head)
        if actor is not None:
            return actor
        if strict and head.lemma_.lower() not in SOURCE_NOUNS:
            return None
        actor = self._inside(head)
        if actor is not None:
            return actor
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            return self._earlier_document_author(head.idx)
        return None

    def _covering(self, token: Token) -> Actor | None:
        """The longest actor span covering the token."""
        start, end = token.idx, token.idx + len(token.text)
        covering = [a for a in self._actors if a.span[0] <= start and end <= a.span[1]]
        if not covering:
            return None
        return max(covering, key=lambda actor: actor.span[1] - actor.span[0])

    def _inside(self, head: Token) -> Actor | None:
        """The actor in the head's phrase, preferring names joined to the head itself."""
        for child in head.children:
            if child.dep_ in _CLOSE_DEPS:
                actor = self._covering(child)
                if actor is not None:
                    return actor
        start = head.left_edge.idx
        end = head.right_edge.idx + len(head.right_edge.text)
        inside = [a for a in self._actors if start <= a.span[0] and a.span[1] <= end]
        if not inside:
            return None
        return min(inside, key=lambda actor: _distance(actor, head.idx))

    def _document_authors(self, doc: Doc) -> list[tuple[int, Actor]]:
        """Where each written source with a named author is mentioned, in text order."""
        authors: list[tuple[int, Actor]] = []
        for token in doc:
            if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in DOCUMENT_NOUNS:
                actor = self._covering(token) or self._inside(token)
                if actor is not None:
                    authors.append((token.idx, actor))
        return authors

    def _earlier_document_author(self, offset: int) -> Actor | None:
        """The author of the last written source mentioned before an offset."""
        index = bisect.bisect_left(self._document_starts, offset) - 1
        return self._documents[index][1] if index >= 0 else None


def _distance(actor: Actor, offset: int) -> int:
    if actor.span[0] <= offset < actor.span[1]:
        return 0
    return min(abs(actor.span[0] - offset), abs(actor.span[1] - offset))
