"""Town names that join words with a lower-case particle: "Figueira da Foz", "Foz do Iguaçu",
"Santa Cruz de la Sierra", "Mocimboa da Praia", "Kingston upon Hull", "Newcastle upon Tyne".

The model tags such names in part ("Santa Cruz de la"), as persons ("João da Madeira") or
organisations, or not at all, and the finders that read capitalised words stop at the particle,
so a name's last word may be read alone as a town elsewhere ("Praia", Cape Verde's capital, for
"Mocimboa da Praia"), or its first ("Kingston", Jamaica's capital, for "Kingston upon Thames");
English names may join their words with hyphens ("Stoke-on-Trent", "Newcastle-under-Lyme"). The
whole name, where the gazetteer knows it, is taken first.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.gazetteer import fold
from dyads.stages.place_cues import PLACE_PREPOSITIONS, is_capitalised, part_of_longer_name
from dyads.stages.place_lookup import MAX_NAME_TOKENS, PlaceLookup
from dyads.stages.place_resolution import Mention, same_town_name

# Lower-case particles inside Portuguese, Spanish, Italian and French place names.
PLACE_PARTICLES = frozenset(
    {
        *("da", "do", "das", "dos", "de", "del", "della", "delle", "di", "du", "des"),
        *("la", "las", "los", "le", "el"),
        # English, French and German ones: "Kingston upon Hull", "Newcastle-under-Lyme",
        # "Boulogne-sur-Mer", "Aix-en-Provence", "Frankfurt an der Oder", "Halle am See".
        *("upon", "on", "under", "sur", "en", "am", "an", "der", "im"),
        # French contractions: "Port-au-Prince", "Anse-à-Galets".
        *("au", "aux", "à"),
    }
)
# Words of place before a name the model tags as a person, that make it the town ("in São
# João da Madeira"); a person's name with a particle ("Vasco da Gama") is also a town's.
PERSON_PLACE_WORDS = PLACE_PREPOSITIONS | {"from", "to", "off", "of"}


def particle_name_mentions(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool]
) -> list[Mention]:
    """Whole names with a lower-case particle inside that the gazetteer knows as a town or an
    area, longest first."""
    found: list[Mention] = []
    for i, word in enumerate(words[1:-1], start=1):
        before = words[i - 2] if words[i - 1] == "-" and i >= 2 else words[i - 1]
        if word not in PLACE_PARTICLES or taken[i] or not is_capitalised(before):
            continue
        if found and found[-1].end > i:
            continue  # "de la" inside a name found already
        mention = _whole_name(lookup, doc, words, taken, i)
        if mention is not None:
            found.append(mention)
    return found


def _whole_name(
    lookup: PlaceLookup, doc: Doc, words: Sequence[str], taken: list[bool], particle: int
) -> Mention | None:
    starts = range(particle - 1, max(-1, particle - MAX_NAME_TOKENS), -1)
    best: Mention | None = None
    for start in starts:
        if words[start] == "-" and not taken[start]:
            continue  # "Stoke-on-Trent": a hyphen inside the name
        if taken[start] or not is_capitalised(words[start]):
            break
        for end in range(min(len(doc), start + MAX_NAME_TOKENS + 1), particle + 1, -1):
            if best is not None and end - start <= best.end - best.start:
                break
            if any(taken[start:end]) or not is_capitalised(words[end - 1]):
                continue
            if not all(
                is_capitalised(w) or w in PLACE_PARTICLES or w == "-" for w in words[start:end]
            ):
                continue
            mention = _known_name(lookup, doc, start, end)
            if mention is not None:
                best = mention
    return best


def _known_name(lookup: PlaceLookup, doc: Doc, start: int, end: int) -> Mention | None:
    name = doc[start:end].text
    key = fold(name)
    candidates = tuple(e for e in lookup.gazetteer.lookup(name) if same_town_name(e, key))
    if not candidates or part_of_longer_name(doc, start, end):
        return None
    person = all(t.ent_type_ == "PERSON" for t in doc[start:end])
    if person and not (start > 0 and doc[start - 1].lower_ in PERSON_PLACE_WORDS):
        return None  # "the explorer Vasco da Gama"
    return Mention(start, end, candidates, key=key)
