"""Small helpers to move between character spans (records) and tokens (the spaCy Doc)."""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import NamedTuple, TypeVar

from spacy.tokens import Doc, Span, Token

from dyads.records import Span as CharSpan


def tokens_of(doc: Doc, span: CharSpan) -> Span:
    """The tokens covering a character span (expanded to whole tokens)."""
    start, end, _ = _token_bounds(doc, span)
    return doc[start:end]


def token_bounds(doc: Doc, span: CharSpan) -> tuple[int, int, int]:
    """(start, end, head) token indices of a character span: what `tokens_of` and `head_token`
    give, without building the span."""
    return _token_bounds(doc, span)


def head_token(doc: Doc, span: CharSpan) -> Token:
    """The syntactic head of the tokens covering a character span."""
    return doc[_token_bounds(doc, span)[2]]


# Key of the token bounds of character spans in `Doc.user_data`: every stage asks for the tokens
# and heads of the same actors' and places' spans.
_BOUNDS_KEY = "dyads.span_tokens"


def _token_bounds(doc: Doc, span: CharSpan) -> tuple[int, int, int]:
    """(start, end, head) token indices of a character span, found once per Doc."""
    known: dict[tuple[int, int], tuple[int, int, int]] = doc.user_data.setdefault(_BOUNDS_KEY, {})
    bounds = known.get((span[0], span[1]))
    if bounds is None:
        result = doc.char_span(span[0], span[1], alignment_mode="expand")
        if result is None:  # only when the span is empty or outside the text
            raise ValueError(f"span {span} does not cover any token")
        bounds = known[(span[0], span[1])] = (result.start, result.end, result.root.i)
    return bounds


def sentence_of(doc: Doc, span: CharSpan) -> Span:
    """The sentence that contains the start of a character span."""
    return tokens_of(doc, span)[0].sent


def char_span_of(tokens: Span | Token) -> CharSpan:
    """Character offsets of a token or token span."""
    if isinstance(tokens, Token):
        return (tokens.idx, tokens.idx + len(tokens.text))
    return (tokens.start_char, tokens.end_char)


# Every key the stages keep in `Doc.user_data` starts so.
CACHE_PREFIX = "dyads."


def forget_cached_readings(doc: Doc) -> None:
    """Drop every reading the stages keep on the Doc (token tables, lemmas, children, sentence
    starts, ...): after its annotations are rewritten they would describe the old parse."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        del doc.user_data[key]


_TEXT_KEY = "dyads.text"


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `Doc.text` from its tokens on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TABLE_KEY = "dyads.token_table"


class TokenTable(NamedTuple):
    """Per-token attributes read once per Doc in one array call, so that loops over every
    token need not build a spaCy Token object for each."""

    texts: list[str]
    lowers: list[str]
    is_space: list[bool]
    trailing: list[bool]  # whether whitespace follows the token
    tags: list[str]
    deps: list[str]
    starts: list[int]  # character offset of each token


def token_table(doc: Doc) -> TokenTable:
    """The Doc's ``TokenTable``, built on first use and kept in `Doc.user_data`."""
    table: TokenTable | None = doc.user_data.get(_TABLE_KEY)
    if table is None or len(table.texts) != len(doc):
        strings = doc.vocab.strings
        orth, lower, space, trailing, tag, dep, idx = _columns(
            doc, ["ORTH", "LOWER", "IS_SPACE", "SPACY", "TAG", "DEP", "IDX"]
        )
        table = TokenTable(
            [strings[h] for h in orth],
            [strings[h] for h in lower],
            [bool(v) for v in space],
            [bool(v) for v in trailing],
            [strings[h] for h in tag],
            [strings[h] for h in dep],
            idx,
        )
        doc.user_data[_TABLE_KEY] = table
    return table


def _columns(doc: Doc, names: list[int | str], signed: Container[str] = ()) -> list[list[int]]:
    """Token attributes as one list per attribute, those in `signed` read as signed numbers.
    Read column by column: a list per token would leave the garbage collector as many lists
    to walk as the Doc has tokens."""
    if not len(doc):
        return [[] for _ in names]
    array = doc.to_array(names)
    return [
        (array[:, k].astype("int64") if name in signed else array[:, k]).tolist()
        for k, name in enumerate(names)
    ]


_PARSE_KEY = "dyads.parse_table"


class ParseTable(NamedTuple):
    """The dependency parse as plain lists, read once per Doc, for walks over a subtree that
    would otherwise build a spaCy Token at every step."""

    pos: list[str]
    heads: list[int]  # a root is its own head
    lemmas: list[str]  # spaCy's `lemma_`, as the model gives it
    children: list[list[int]]  # in text order, as `Token.children`


def parse_table(doc: Doc) -> ParseTable:
    """The Doc's ``ParseTable``, built on first use and kept in `Doc.user_data`."""
    table: ParseTable | None = doc.user_data.get(_PARSE_KEY)
    if table is None or len(table.heads) != len(doc):
        strings = doc.vocab.strings
        # Heads are stored as signed offsets in an unsigned array: read them back as signed.
        pos, lemma, offsets = _columns(doc, ["POS", "LEMMA", "HEAD"], signed={"HEAD"})
        heads = [i + offset for i, offset in enumerate(offsets)]
        children: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(i)
        table = ParseTable([strings[h] for h in pos], heads, [strings[h] for h in lemma], children)
        doc.user_data[_PARSE_KEY] = table
    return table


_SENTENCES_KEY = "dyads.sentence_bounds"


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence holding token i, as `doc[i].sent` gives them (the whole
    text when unsplit), from a table built once per Doc: `Token.sent` walks the sentence and
    builds a span on every call."""
    bounds: list[tuple[int, int]] | None = doc.user_data.get(_SENTENCES_KEY)
    if bounds is None or len(bounds) != len(doc):
        if doc.has_annotation("SENT_START"):
            bounds = []
            for sentence in doc.sents:
                bounds += [(sentence.start, sentence.end)] * len(sentence)
        else:
            bounds = [(0, len(doc))] * len(doc)
        doc.user_data[_SENTENCES_KEY] = bounds
    return bounds[i]


_Reading = TypeVar("_Reading")


def doc_reading(doc: Doc, key: str, read: Callable[[Doc], _Reading]) -> _Reading:
    """What `read` finds in the Doc, found once and kept in `Doc.user_data` under `key` (which
    starts with `CACHE_PREFIX`, so that `forget_cached_readings` drops it): for a test of the
    whole text that the rules would otherwise repeat at every word."""
    found: _Reading | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = read(doc)
    return found


_WORDS_KEY = "dyads.words"


def doc_words(doc: Doc) -> frozenset[str]:
    """Every token's `lower_` once, as a set kept in `Doc.user_data`: a rule that needs a word
    can tell at once that the Doc has none of its words."""
    words = doc.user_data.get(_WORDS_KEY)
    if not isinstance(words, frozenset):
        words = doc.user_data[_WORDS_KEY] = frozenset(token_lowers(doc))
    return words


def token_lowers(doc: Doc) -> list[str]:
    """Every token's `lower_` (see ``TokenTable``)."""
    return token_table(doc).lowers


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` cut from the Doc's text at the ``TokenTable``'s offsets, without
    building the tokens (the tokens and the white space after them make up the whole text)."""
    if end <= start:
        return ""
    table = token_table(doc)
    return text_of(doc)[table.starts[start] : table.starts[end - 1] + len(table.texts[end - 1])]


def has_child(token: Token, deps: Container[str], words: Container[str] | None = None) -> bool:
    """Whether a token has a child along one of `deps` (whose `lower_` is one of `words`, when
    given), read from the Doc's lists without building the children."""
    doc = token.doc
    table = token_table(doc)
    dep_of, lowers = table.deps, table.lowers
    return any(
        dep_of[c] in deps and (words is None or lowers[c] in words)
        for c in parse_table(doc).children[token.i]
    )


def preposition_objects(token: Token, *words: str) -> list[Token]:
    """The objects of a token's prepositions among `words` ("to" of "opened ... to inspectors")."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in words
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
