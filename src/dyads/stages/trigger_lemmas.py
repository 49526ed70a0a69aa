"""Lemmas and word indexes of trigger words, shared by the trigger lexicon and its helpers.

The model's lemmatizer errs on some verbs of news ("staged" → "stag"), and on word forms whose
wrong lemma is itself a verb ("raped" → "rap", "hopes" → "hop", "raged" → "rag", which CAMEO
codes as a protest), and leaves some unknown forms as they are ("petitioned"); `lemma_of`
repairs them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.stages.doc_utils import parse_table, token_table

_LEMMA_REPAIRS = {"stag": "stage", "forgave": "forgive", "retook": "retake"}
_FORM_REPAIRS = {
    "raped": "rape",
    "raping": "rape",
    "hopes": "hope",
    "fined": "fine",
    "fining": "fine",
    "raged": "rage",
    "raging": "rage",
    "rages": "rage",
    "hoped": "hope",
    "hoping": "hope",
    "taped": "tape",
    "taping": "tape",
    "bided": "bide",
    "biding": "bide",
    "dined": "dine",
    "dining": "dine",
    "petitioned": "petition",
    "petitioning": "petition",
}
# Nouns whose plural names another thing: "sent a carrier to waters near Taiwan" is the sea,
# no water carried as relief.
_NOUN_FORM_REPAIRS = {"waters": "waters"}


# Key of the Doc's lemmas in `Doc.user_data`: the rules ask for the same words' lemmas many
# times, and each read of a Token's attribute is a lookup in the parse.
_LEMMAS_KEY = "dyads.lemmas"


def lemma_of(token: Token) -> str:
    """A token's lower-case lemma, repaired where the lemmatizer is known to err on a verb."""
    return doc_lemmas(token.doc)[token.i]


def doc_lemmas(doc: Doc) -> list[str]:
    """Every token's `lemma_of`, by index, computed once per Doc."""
    lemmas: list[str] | None = doc.user_data.get(_LEMMAS_KEY)
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = doc.user_data[_LEMMAS_KEY] = _doc_lemmas(doc)
    return lemmas


_LEMMA_SET_KEY = "dyads.lemma_set"


def doc_lemma_set(doc: Doc) -> frozenset[str]:
    """Every lemma of the Doc once: a rule that needs a word can tell at once that the Doc has
    none of its words."""
    found: frozenset[str] | None = doc.user_data.get(_LEMMA_SET_KEY)
    if found is None:
        found = doc.user_data[_LEMMA_SET_KEY] = frozenset(doc_lemmas(doc))
    return found


def _doc_lemmas(doc: Doc) -> list[str]:
    """Every token's `lemma_of`, from the parse's lists read once per Doc."""
    parse = parse_table(doc)
    lemmas: list[str] = []
    for raw, pos, lower in zip(parse.lemmas, parse.pos, token_table(doc).lowers, strict=True):
        lemma = raw.lower()
        if pos == "VERB":
            lemma = _FORM_REPAIRS.get(lower) or _LEMMA_REPAIRS.get(lemma, lemma)
        elif pos == "NOUN":
            lemma = _NOUN_FORM_REPAIRS.get(lower, lemma)
        lemmas.append(lemma)
    return lemmas


def word_index(tokens: list[Token]) -> dict[str, int]:
    """Word (text and lemma, lower case) → token index, for pattern matching."""
    index: dict[str, int] = {}
    if not tokens:
        return index
    doc = tokens[0].doc
    lemmas, lowers = doc_lemmas(doc), token_table(doc).lowers
    for token in tokens:
        i = token.i
        index.setdefault(lowers[i], i)
        index.setdefault(lemmas[i], i)
    return index
