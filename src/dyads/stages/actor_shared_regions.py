"""A region that speaks, named with its state: "Iraq's Kurdistan region said", "Pakistan's
Punjab province announced", "India's Punjab state government banned", "Iran's East Azerbaijan
province said". The region's authorities are its state's government (GOV), whichever states
share the region's name, and a state's name inside a province's name ("East Azerbaijan") is
the province, not that state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention

REGION_NOUNS = frozenset({"region", "province", "state", "regional", "autonomous"})
AUTHORITY_NOUNS = frozenset({"government", "authorities", "administration", "authority"})
COMPASS_WORDS = frozenset({"East", "West", "North", "South", "Northern", "Southern"})
REGION_KINDS = frozenset({"place", "country"})
STATE_KINDS = frozenset({"country"})
POSSESSIVE = ("'s", "’s")


def speaking_regions(doc: Doc, mentions: list[Mention], regions: set[str]) -> list[Mention]:
    """Regions named with a region noun after them that act as their authorities, coded as
    the state named before them ("Iraq's") or, for a region of several states, the one in view."""
    by_end = {m.end: m for m in mentions}
    replaced: dict[int, Mention] = {}
    for mention in mentions:
        if mention.kind not in REGION_KINDS or mention.entry is None:
            continue
        start = mention.start
        if start > 0 and doc[start - 1].text in COMPASS_WORDS:
            start -= 1  # "East Azerbaijan": the province of that name
        owner = by_end.get(start - 1) if start >= 2 and doc[start - 1].text in POSSESSIVE else None
        if owner is not None and (owner.kind not in STATE_KINDS or not owner.code):
            owner = None
        shared = mention.entry.name in regions
        if owner is None and not (shared and mention.code):
            continue
        end = _body_end(doc, mention.end)
        if end is None:
            continue
        code = owner.code if owner is not None else mention.code
        replaced[mention.start] = replace(
            mention, start=start, end=end, kind="agent", code=code, sector="GOV"
        )
    return [replaced.get(m.start, m) for m in mentions]


def _body_end(doc: Doc, k: int) -> int | None:
    """The end of "region", "province", "state government", "regional government" after a
    region's name, when it names the region's authorities: a government noun, or a region noun
    that is the subject of a verb ("Kurdistan region said")."""
    nouns = 0
    while k < len(doc) and doc[k].lower_ in REGION_NOUNS and nouns < 2:
        k, nouns = k + 1, nouns + 1
    if k < len(doc) and doc[k].lower_ in AUTHORITY_NOUNS:
        return k + 1
    if nouns == 0 or doc[k - 1].lower_ not in REGION_NOUNS - {"regional", "autonomous"}:
        return None
    head = doc[k - 1]
    return k if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") else None
