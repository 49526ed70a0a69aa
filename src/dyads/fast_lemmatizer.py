"""The model's rule lemmatizer, with set look-ups and a cache that covers every token.

spaCy's rule lemmatizer keeps each part of speech's known lemmas as a list and tests
membership in it for every rule it tries, a scan of up to 57,000 words for each new word; and
its cache skips the most common case (base forms such as singular nouns). Here the same
lemmatizer runs with those lists turned into sets (membership is all it asks of them), and
each lemma is remembered by (word, part of speech, morphology) — all a rule or look-up
lemmatizer reads — so the lemmas are the stock component's own. Another lemmatizer
class or mode raises `NotCompilable`, and the caller keeps the stock component.
"""

from __future__ import annotations

import copy
from typing import cast

import numpy as np
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from dyads.fast_attribute_ruler import ATTR_IDS, NotCompilable

FACTORY = "dyads_fast_lemmatizer"

ORTH, POS, MORPH, LEMMA = (ATTR_IDS[name] for name in ("ORTH", "POS", "MORPH", "LEMMA"))
# Classes whose lemma depends only on the token's text, part of speech and morphology.
_KNOWN_CLASSES = (Lemmatizer, EnglishLemmatizer)
_KNOWN_MODES = ("rule", "lookup")
# A bound on the cache; a long run clears it rather than grow without end.
MAX_CACHED = 1_000_000


class FastLemmatizer:
    """Drop-in for a stock rule or look-up `Lemmatizer`: same lemmas, each computed once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if type(lemmatizer) not in _KNOWN_CLASSES or lemmatizer.mode not in _KNOWN_MODES:
            raise NotCompilable(f"unknown lemmatizer {type(lemmatizer).__name__}")
        # A copy, so that the stock component keeps its own tables and cache; its
        # `lemmatize` is a method bound at creation, so it is bound again to the copy.
        self.lemmatizer = copy.copy(lemmatizer)
        self.lemmatizer.lookups = with_index_sets(lemmatizer.lookups)
        self.lemmatizer.cache = {}
        self.lemmatizer.lemmatize = getattr(self.lemmatizer, f"{lemmatizer.mode}_lemmatize")
        self.overwrite = bool(lemmatizer.overwrite)
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        table = np.asarray(doc.to_array([ORTH, POS, MORPH, LEMMA]), dtype=np.uint64)
        lemmas = table[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                # A token without a part of speech warns each time in the stock component.
                if pos:
                    self._remember(key, found)
            lemmas[i] = found
        doc.from_array([LEMMA], cast(Ints2d, lemmas.reshape(-1, 1)))
        return doc

    def _remember(self, key: tuple[int, int, int], lemma: int) -> None:
        if len(self.cache) >= MAX_CACHED:
            self.cache.clear()
            self.lemmatizer.cache.clear()
        self.cache[key] = lemma


def with_index_sets(lookups: Lookups) -> Lookups:
    """A copy of `lookups` whose `lemma_index` lists (known lemmas per part of speech)
    are sets; the other tables are shared."""
    fast = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = Table.from_dict({pos: frozenset(words) for pos, words in table.items()}, name)
        fast.set_table(name, table)
    return fast


@Language.factory(FACTORY, default_config={"source": "lemmatizer"})
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    """Wrap the pipeline's own lemmatizer named `source` (which stays in place)."""
    lemmatizer = nlp.get_pipe(source)
    if not isinstance(lemmatizer, Lemmatizer):
        raise NotCompilable(f"pipe {source!r} is not a lemmatizer")
    return FastLemmatizer(lemmatizer)
