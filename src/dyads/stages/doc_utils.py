"""Small helpers to move between character spans (records) and tokens (the spaCy Doc)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyads.records import Span as CharSpan


def tokens_of(doc: Doc, span: CharSpan) -> Span:
    """The tokens covering a character span (expanded to whole tokens)."""
    result = doc.char_span(span[0], span[1], alignment_mode="expand")
    if result is None:  # only when the span is empty or outside the text
        raise ValueError(f"span {span} does not cover any token")
    return result


def head_token(doc: Doc, span: CharSpan) -> Token:
    """The syntactic head of the tokens covering a character span."""
    return tokens_of(doc, span).root


def sentence_of(doc: Doc, span: CharSpan) -> Span:
    """The sentence that contains the start of a character span."""
    return tokens_of(doc, span)[0].sent


def char_span_of(tokens: Span | Token) -> CharSpan:
    """Character offsets of a token or token span."""
    if isinstance(tokens, Token):
        return (tokens.idx, tokens.idx + len(tokens.text))
    return (tokens.start_char, tokens.end_char)


_TEXT_KEY = "dyads.text"


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `Doc.text` from its tokens on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
