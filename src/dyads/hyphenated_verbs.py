"""Keep whole the verbs of violence news writes with a hyphen: "soldiers machine-gunned the
crowd", "police pistol-whipped two reporters", "settlers fire-bombed a car".

The tokenizer splits every hyphen between letters, so "machine-gunned" becomes "machine - gunned":
the parser then reads a noun with a participle on it, the sentence has no verb, and no event is
found. Such verbs are a closed class of a few compounds; their verbal forms (and the capitalised
forms, as a sentence's first word) are made one token, which the tagger reads as a verb, and
given its stem as lemma ("machine-gun").
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

# Stem, and whether its last consonant doubles before "-ed" and "-ing" ("gunned", "whipped").
HYPHENATED_VERBS: dict[str, bool] = {
    "machine-gun": True,
    "pistol-whip": True,
    "fire-bomb": False,
    "petrol-bomb": False,
    "car-bomb": False,
}


def inflections(stem: str, doubles: bool) -> tuple[str, ...]:
    """The stem's forms that are verbs wherever they stand: the past ("machine-gunned"), and the
    participle of the stems whose "-ing" form is no noun ("machine-gunning", not "fire-bombing",
    which names a bombing). The stem and its "-s" form are more often nouns ("machine-guns
    seized"), whose last word the lexicon reads ("guns"), and stay split."""
    if doubles:
        doubled = stem + stem[-1]
        return (doubled + "ed", doubled + "ing")
    return (stem + "ed",)


def keep_hyphenated_verbs(nlp: Language) -> None:
    """Make each form of the verbs one token, in lower case and capitalised."""
    tokenizer: Any = nlp.tokenizer  # spaCy's tokenizer is a Cython class with no type stubs
    if not hasattr(tokenizer, "add_special_case"):
        return  # a pipeline with a tokenizer of its own keeps it
    # The lemmatizer's rules guess at an unknown word ("fire-bombed" as "fire-bombe"): the stem is
    # set before it runs, and it keeps a lemma already set.
    ruler: Any = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for stem, doubles in HYPHENATED_VERBS.items():
        for form in inflections(stem, doubles):
            for written in (form, form[0].upper() + form[1:]):
                tokenizer.add_special_case(written, [{"ORTH": written}])
            if ruler is not None:
                ruler.add([[{"LOWER": form}]], {"LEMMA": stem})
