"""Plural names after "the" are regions: "the Hamptons", "the Highlands", "the Keys".

The press names island groups, ranges and parts of a country by a plural with "the"; a town of
the same name elsewhere ("Highlands", Texas; "Hamptons", a part of Calgary) is seldom written so.
Where such a name may denote a region or a country as well as a town, only the areas are kept.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.place_resolution import AREA_KINDS, Mention


def plural_areas(doc: Doc, mention: Mention) -> Mention:
    """The mention with only its areas as candidates when it is a plural name after "the"."""
    if mention.area_only or not _plural_after_the(doc, mention.start, mention.end):
        return mention
    areas = tuple(e for e in mention.candidates if e.kind in AREA_KINDS)
    if not areas or len(areas) == len(mention.candidates):
        return mention
    return replace(mention, candidates=areas, area_only=True)


def plural_area_after_the(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is a capitalised plural after a lower-case "the" that may denote an
    area ("the Canaries", "the Azores"): a place, though the model reads it as a person and
    the same word in lower case is a common noun (canaries, keys)."""
    return _plural_after_the(doc, mention.start, mention.end) and any(
        e.kind in AREA_KINDS for e in mention.candidates
    )


def _plural_after_the(doc: Doc, start: int, end: int) -> bool:
    # A lower-case "the": in a title-case headline ("The Keys To Success") it says nothing.
    if start == 0 or doc[start - 1].text != "the":
        return False
    last = doc[end - 1].text
    return len(last) > 3 and last[0].isupper() and last.endswith("s") and not last.endswith("ss")
