"""Split a hyphen that joins an abbreviation to a capitalised word: "U.S.-Soviet talks".

The tokenizer splits "US-Soviet" at the hyphen but keeps "U.S.-Soviet", "U.N.-Iraqi" and
"U.S.-South Korean" whole, since no letter comes before the hyphen; the two parties such a
modifier joins are then no names at all. Splitting there as it splits "US-Soviet" lets each be
read. A lower-case word after the hyphen stays joined ("U.S.-led", "U.N.-run"), as the stages
that read such participles expect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language

_ABBREVIATION_HYPHEN = re.compile(r"(?<=[A-Z]\.)-(?=[A-Z])")

Finditer = Callable[[str], Iterator[re.Match[str]]]


def split_hyphens_after_abbreviations(nlp: Language) -> None:
    """Add the split to the pipeline's tokenizer, beside its own infix rules."""
    tokenizer: Any = nlp.tokenizer  # spaCy's tokenizer is a Cython class with no type stubs
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a pipeline with a tokenizer of its own keeps it
    stock: Finditer | None = tokenizer.infix_finditer

    def finditer(text: str) -> Iterator[re.Match[str]]:
        found = list(stock(text)) if stock is not None else []
        taken = {m.start() for m in found}
        found += [m for m in _ABBREVIATION_HYPHEN.finditer(text) if m.start() not in taken]
        return iter(sorted(found, key=lambda m: m.start()))

    tokenizer.infix_finditer = finditer
