"""Sentence spans for reported speech, repaired where the parser's sentences go wrong.

Attribution is decided within a sentence, so a sentence must neither run over a line break
(captions, headings) nor stop before its end: the parser may cut "The envoy met the king
(Jordan) Abdullah on Monday, the ministry announced" in two, which would part a claim from its
source. A parser sentence that does not end in . ! ? (or one followed by closing marks) is
therefore joined to the next one on the same line, and a sentence is always cut at a line break.
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.tokens import Doc

from dyads.records import Span
from dyads.stages.doc_utils import text_of

_TERMINAL = frozenset(".!?…")
_CLOSERS = "\"'”’»)]"


class Statements:
    """The repaired sentences of a Doc, looked up by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = _repaired_sentences(doc)
        self._starts = [start for start, _ in self.spans]

    def index_at(self, offset: int) -> int | None:
        """The index of the sentence containing a character offset, if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.spans[index][1]:
            return index
        return None

    def span_at(self, offset: int) -> Span | None:
        """The sentence containing a character offset, if any."""
        index = self.index_at(offset)
        return None if index is None else self.spans[index]


_LINE_BREAK = re.compile("\n")


def _repaired_sentences(doc: Doc) -> list[Span]:
    text = text_of(doc)
    line_breaks = {match.end() for match in _LINE_BREAK.finditer(text)}
    parser_starts = {sent.start_char for sent in doc.sents}
    cuts = sorted({0, len(text)} | line_breaks | parser_starts)
    spans: list[Span] = []
    for start, end in itertools.pairwise(cuts):
        piece_start, piece_end = _strip(text, start, end)
        if piece_start >= piece_end:
            continue
        if (
            spans
            and start not in line_breaks
            and _continues(text, spans[-1], (piece_start, piece_end))
        ):
            spans[-1] = (spans[-1][0], piece_end)
        else:
            spans.append((piece_start, piece_end))
    return spans


def _continues(text: str, previous: Span, piece: Span) -> bool:
    """Whether a piece goes on the previous sentence (no line break lies between them)."""
    if "\n" in text[previous[1] : piece[0]]:
        return False
    if not any(char.isalnum() for char in text[piece[0] : piece[1]]):
        return True  # a stray closing mark or punctuation belongs to what precedes it
    ending = text[previous[0] : previous[1]].rstrip(_CLOSERS)
    return not ending or ending[-1] not in _TERMINAL


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
