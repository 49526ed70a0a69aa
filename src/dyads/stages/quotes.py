"""Reported speech: direct quotes between marks and indirect speech, each with its speaker.

Direct quotes come from paired quotation marks (`quote_marks`); the speaker is found from the
parse: the first reporting or naming verb that governs the quoted words ("…," Smith said; what
Jones called a "fair deal"), else the subject of the sentence the quote sits in (the senator
praised their "courage"), else the nearest reporting verb in the sentence, else the speaker of
the previous quote in the paragraph. Names and titles in quote marks (the "Big Three", the
headline "…") are not quotes. Indirect speech is a reporting verb with a complement ("X said
that …", "X described Y as …", "X urged Y to …", "…, X announced"), a naming verb with an
object and its predicate ("X called Y Z"), or an "according to X" phrase. A bare noun object
reports a statement only after a verb of confirming or denying ("X denied the report", "X
rejected accusations that it had sent troops"), not after others ("X announced its plan").
Speakers need not be coded actors (see `speakers`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dyads.records import Actor, Quote, Span
from dyads.stages.denials import denied_charges
from dyads.stages.doc_utils import text_of
from dyads.stages.misread_frames import is_misread_frame
from dyads.stages.quote_marks import QuotedPart, find_quoted_parts
from dyads.stages.reporting_verbs import (
    CLAIM_OBJECT_VERBS,
    CONTENT_PREPOSITIONS,
    NAMING_VERBS,
    REPORTING_VERBS,
    TITLE_NOUNS,
)
from dyads.stages.speakers import SpeakerResolver, subject_of
from dyads.stages.statements import Statements

_VERB_POS = frozenset({"VERB", "AUX"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "xcomp", "oprd", "attr"})
_NOUN_OBJECT_DEPS = frozenset({"dobj", "obj"})
_TEMPORAL = frozenset({"DATE", "TIME"})
_INNER_PUNCTUATION = frozenset(",.;:!?")
_CLOSING_MARKS = frozenset("\"'”’»")
_EDGE_PUNCTUATION = " \t\r\n,.;:—–-"
_LABEL_WORDS = 5  # the most words a quoted name or title is taken to have


class QuoteFinder:
    """Finds direct and indirect quotes in a Doc and resolves their speakers."""

    def process(self, doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
        speakers = SpeakerResolver(doc, actors)
        statements = Statements(doc)
        parts = find_quoted_parts(text_of(doc))
        direct = _DirectQuotes(doc, parts, speakers, statements).quotes()
        indirect = _IndirectSpeech(doc, parts, speakers, statements).quotes()
        return sorted(direct + indirect, key=lambda quote: (quote.span, quote.kind))


def _inside(token: Token, spans: Sequence[Span]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _quoted_tokens(doc: Doc, spans: Sequence[Span]) -> list[bool]:
    """For each token, whether `_inside` holds for it: computed once per text, not per token."""
    flags = [False] * len(doc)
    for start, end in spans:
        for token in _tokens(doc, (start, end)) or ():
            if start <= token.idx < end:
                flags[token.i] = True
    return flags


def _tokens(doc: Doc, span: Span) -> TokenSpan | None:
    return doc.char_span(span[0], span[1], alignment_mode="expand")


def _is_reporting(token: Token) -> bool:
    return token.pos_ in _VERB_POS and token.lemma_.lower() in REPORTING_VERBS


class _DirectQuotes:
    def __init__(
        self,
        doc: Doc,
        parts: Sequence[QuotedPart],
        speakers: SpeakerResolver,
        statements: Statements,
    ) -> None:
        self.doc = doc
        self.parts = parts
        self.quoted = [part.span for part in parts]
        self.speakers = speakers
        self.statements = statements

    def quotes(self) -> list[Quote]:
        self.parts = [part for part in self.parts if not self._is_label(part)]
        found = [self._attribute(part) for part in self.parts]
        found = self._share_within_groups(found)
        found = self._carry_within_paragraphs(found)
        text = text_of(self.doc)
        return [
            Quote(
                content=text[part.span[0] : part.span[1]],
                span=part.span,
                speaker=speaker,
                cue=cue,
                kind="direct",
            )
            for part, (speaker, cue, _) in zip(self.parts, found, strict=True)
        ]

    def _is_label(self, part: QuotedPart) -> bool:
        """A name or title in quote marks, not anyone's words: a quoted phrase after a noun
        such as "headline" or "book", or a short one with every word capitalised ("the 'Big
        Three'", a plan called "Way Forward") that no one is said to say or call so."""
        tokens = _tokens(self.doc, part.span)
        if tokens is None:
            return True
        window = self.doc[max(0, tokens.start - 4) : tokens.start]
        before = [t for t in window if not (t.is_punct or t.is_space)][-2:]
        if any(token.lemma_.lower() in TITLE_NOUNS for token in before):
            return True
        words = text_of(self.doc)[part.span[0] : part.span[1]].split()
        if len(words) > _LABEL_WORDS or not all(
            word[0].isupper() or not word[0].isalpha() for word in words
        ):
            return False
        verb = next((t for t in self._governors(tokens) if t.pos_ in _VERB_POS), None)
        if verb is None or verb.dep_ == "acl":
            return True  # no verb, or a participle: "a plan called 'Way Forward'"
        if _is_reporting(verb):
            return False
        return verb.lemma_.lower() not in NAMING_VERBS or subject_of(verb) is None

    def _attribute(self, part: QuotedPart) -> tuple[Actor | None, str | None, bool]:
        """(speaker, cue, whether a speaking subject was found) for one quoted part."""
        tokens = _tokens(self.doc, part.span)
        if tokens is None:
            return None, None, False
        for attempt in (self._by_governor(tokens), self._by_nearest_verb(part.span)):
            if attempt is not None:
                subject, cue = attempt
                wording = _is_reporting(cue) or cue.lemma_.lower() in NAMING_VERBS
                return self.speakers.resolve(subject, describe=wording), cue.lemma_.lower(), True
        return None, None, False

    def _by_governor(self, tokens: TokenSpan) -> tuple[Token, Token] | None:
        """The verbs above the quoted words: the first reporting or naming verb, else the first."""
        chain = list(self._governors(tokens))
        verbs = [token for token in chain if token.pos_ in _VERB_POS]
        wording = [v for v in verbs if _is_reporting(v) or v.lemma_.lower() in NAMING_VERBS]
        ordered = wording + verbs
        for verb in ordered:
            subject = subject_of(verb)
            if subject is not None and not _inside(subject, self.quoted):
                return subject, verb
        return None

    def _governors(self, tokens: TokenSpan) -> Iterator[Token]:
        """Tokens outside all quotes on the path from the quoted words to the sentence root."""
        start, end = tokens.start, tokens.end
        roots = [
            token
            for token in tokens
            if not start <= token.head.i < end and not token.is_punct and not token.is_space
        ]
        if not roots:
            return
        current = roots[0]
        while current.head.i != current.i:
            current = current.head
            if not _inside(current, self.quoted):
                yield current

    def _by_nearest_verb(self, span: Span) -> tuple[Token, Token] | None:
        """The reporting verb nearest the quote in its sentence, with a subject of its own."""
        sentence = self.statements.span_at(span[0])
        last = self.statements.span_at(max(span[0], span[1] - 1))
        if sentence is None or last is None:
            return None
        tokens = _tokens(self.doc, (sentence[0], last[1]))
        if tokens is None:
            return None
        candidates = []
        for token in tokens:
            if _is_reporting(token) and not _inside(token, self.quoted):
                subject = subject_of(token)
                if subject is not None and not _inside(subject, self.quoted):
                    distance = min(abs(token.idx - span[1]), abs(span[0] - token.idx))
                    candidates.append((distance, subject, token))
        if not candidates:
            return None
        _, subject, verb = min(candidates, key=lambda candidate: candidate[0])
        return subject, verb

    def _share_within_groups(
        self, found: list[tuple[Actor | None, str | None, bool]]
    ) -> list[tuple[Actor | None, str | None, bool]]:
        """Parts of one quotation (over paragraphs) share the speaker any of them has."""
        by_group: dict[int, tuple[Actor | None, str | None, bool]] = {}
        for part, result in zip(self.parts, found, strict=True):
            if result[2] and part.group not in by_group:
                by_group[part.group] = result
        return [
            result if result[2] else by_group.get(part.group, result)
            for part, result in zip(self.parts, found, strict=True)
        ]

    def _carry_within_paragraphs(
        self, found: list[tuple[Actor | None, str | None, bool]]
    ) -> list[tuple[Actor | None, str | None, bool]]:
        """A quote with no attribution of its own goes on the previous quote of its paragraph."""
        text = text_of(self.doc)
        result = list(found)
        for index in range(1, len(result)):
            if result[index][2]:
                continue
            previous_end = self.parts[index - 1].span[1]
            if "\n" not in text[previous_end : self.parts[index].span[0]] and result[index - 1][2]:
                speaker, _, _ = result[index - 1]
                result[index] = (speaker, None, True)
        return result


class _IndirectSpeech:
    def __init__(
        self,
        doc: Doc,
        parts: Sequence[QuotedPart],
        speakers: SpeakerResolver,
        statements: Statements,
    ) -> None:
        self.doc = doc
        self.quoted = [part.span for part in parts]
        self.speakers = speakers
        self.statements = statements

    def quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        quoted = _quoted_tokens(self.doc, self.quoted)
        for token in self.doc:
            if quoted[token.i]:
                continue  # words inside a direct quote are the speaker's, not the article's
            if token.lower_ == "according":
                quote = self._according_to(token)
            elif _is_reporting(token) or _names_as(token) or denied_charges(token):
                quote = self._reported(token)
            else:
                quote = None
            if quote is not None:
                quotes.append(quote)
        return quotes

    def _reported(self, verb: Token) -> Quote | None:
        """'X said (that) …', 'X described Y as …', '…, X announced'."""
        if any(child.dep_ == "neg" for child in verb.children):
            return None  # "X did not say" attributes nothing to X
        subject = subject_of(verb)
        if subject is None or _inside(subject, self.quoted):
            return None
        content = self._complement(verb) or self._preceding_clause(verb, subject)
        if content is None:
            return None
        return self._quote(content, self.speakers.resolve(subject), verb.lemma_.lower())

    def _complement(self, verb: Token) -> Span | None:
        """The clause or object that holds what was said."""
        children = list(verb.children)
        clauses = [c for c in children if c.dep_ == "ccomp" and not is_misread_frame(c)]
        if clauses:
            return _subtree_span(clauses, skip_marker=True)
        content = [
            child
            for child in children
            if child.i > verb.i and (child.dep_ in _OBJECT_DEPS or _is_content_preposition(child))
        ]
        if not content:
            return None
        if all(child.dep_ in _NOUN_OBJECT_DEPS for child in content) and (
            verb.lemma_.lower() not in CLAIM_OBJECT_VERBS and not denied_charges(verb)
        ):
            return None  # "announced its move", "explained the plan": no statement is reported
        start, end = _subtree_span(content, skip_marker=False)
        first = min(content, key=lambda token: token.i)
        if first.dep_ == "prep" and first.i + 1 < len(verb.doc):
            start = verb.doc[first.i + 1].idx  # "described as the liberation" -> "the liberation"
        return (start, end)

    def _preceding_clause(self, verb: Token, subject: Token) -> Span | None:
        """'…, the ministry announced on Tuesday.': the sentence before a closing attribution."""
        sentence = self.statements.span_at(verb.idx)
        if sentence is None:
            return None
        text = text_of(self.doc)
        before = text[sentence[0] : subject.left_edge.idx].rstrip()
        if not before.endswith(","):
            return None
        after = _tokens(self.doc, (verb.idx + len(verb.text), sentence[1]))
        if after is not None and any(token.pos_ in _VERB_POS for token in after):
            return None  # the attribution is not the end of the sentence
        return (sentence[0], sentence[0] + len(before))

    def _according_to(self, according: Token) -> Quote | None:
        """'According to X, …' and '…, according to X.'"""
        to = next((child for child in according.children if child.lower_ == "to"), None)
        source = (
            None
            if to is None
            else next((child for child in to.children if child.dep_ == "pobj"), None)
        )
        sentence = self.statements.span_at(according.idx)
        if source is None or sentence is None:
            return None
        text = text_of(self.doc)
        phrase_start = according.idx
        phrase_end = source.right_edge.idx + len(source.right_edge.text)
        if not text[sentence[0] : phrase_start].strip(_EDGE_PUNCTUATION):
            content = (phrase_end, sentence[1])
        elif not text[phrase_end : sentence[1]].strip(_EDGE_PUNCTUATION):
            content = (sentence[0], phrase_start)
        else:
            content = sentence
        return self._quote(content, self.speakers.resolve(source), "according to")

    def _quote(self, span: Span, speaker: Actor | None, cue: str) -> Quote | None:
        """An indirect quote over a span, trimmed, unless it is a direct quote's words."""
        start, end = _trim(text_of(self.doc), span)
        text = text_of(self.doc)
        if any(q_start <= start < q_end for q_start, q_end in self.quoted):
            return None  # it opens with quoted words: the direct quote already reports them
        if not any(char.isalnum() for char in _outside(text, start, end, self.quoted)):
            return None
        end = self._past_closing_mark(start, end)
        return Quote(
            content=text[start:end], span=(start, end), speaker=speaker, cue=cue, kind="indirect"
        )

    def _past_closing_mark(self, start: int, end: int) -> int:
        """Keep a direct quote that ends the content whole: 'is ready "to act,"' not '"to act'."""
        text = text_of(self.doc)
        if not any(
            start < q_start and end <= q_end and not text[end:q_end].strip(",.;:!?")
            for q_start, q_end in self.quoted
        ):
            return end
        after = end
        while after < len(text) and text[after] in _INNER_PUNCTUATION:
            after += 1
        return after + 1 if after < len(text) and text[after] in _CLOSING_MARKS else end


def _names_as(verb: Token) -> bool:
    """'X called the decision a mistake': a naming verb with an object and its predicate."""
    if verb.pos_ not in _VERB_POS or verb.lemma_.lower() not in NAMING_VERBS:
        return False
    return any(child.dep_ == "oprd" for child in verb.children)


def _is_content_preposition(token: Token) -> bool:
    """'warned of war', 'described X as Y'; not 'announced on Tuesday'."""
    if token.dep_ != "prep" or token.lower_ not in CONTENT_PREPOSITIONS:
        return False
    return not any(child.ent_type_ in _TEMPORAL for child in token.children)


def _subtree_span(heads: Sequence[Token], *, skip_marker: bool) -> Span:
    """Characters from the first to the last token of some subtrees (less a leading 'that')."""
    tokens = sorted({token for head in heads for token in head.subtree}, key=lambda t: t.i)
    if skip_marker:
        tokens = [t for t in tokens if not (t.dep_ == "mark" and t.head in heads)] or tokens
    return (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _outside(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> str:
    """The text from `start` to `end` without the quoted stretches inside it."""
    pieces, at = [], start
    for q_start, q_end in sorted(quoted):
        if q_end <= at or q_start >= end:
            continue
        pieces.append(text[at : max(at, q_start)])
        at = max(at, q_end)
    pieces.append(text[at:end] if at < end else "")
    return "".join(pieces)
