"""A country's initials after the article has named it in full ("South Africa ... SA",
"Papua New Guinea ... PNG", "the Central African Republic ... CAR"), or its people by a
demonym of two or more words ("South Africans ... SA", "New Zealanders ... NZ").

News writes a long country name once and its initials after; the initials alone are too
ambiguous to look up ("SA" is also a company's legal form, "CAR" a word), so they are a place
only in an article that names the country in full, and never inside a longer name ("Renault SA").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.gazetteer import GazEntry, Gazetteer, fold
from dyads.stages.place_resolution import Mention

# Words of a country's name that its initials leave out: "the Democratic Republic of the Congo".
SKIPPED_WORDS = frozenset({"the", "of", "and", "&"})
MIN_INITIALS = 2


def initials_of(name: str) -> str:
    """'Papua New Guinea' -> 'PNG'; '' for a one-word name (its initial says nothing)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in SKIPPED_WORDS]
    if len(words) < MIN_INITIALS or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def initials_mentions(
    gazetteer: Gazetteer,
    doc: Doc,
    words: Sequence[str],
    found: Sequence[Mention],
    taken: list[bool],
) -> list[Mention]:
    """Initials of the countries found already, or named by their people, later in the
    article, as those countries."""
    countries = _demonym_initials(gazetteer, words)
    for mention in found:
        areas = tuple(e for e in mention.candidates if e.kind == "country")
        if not areas:
            continue
        names = {doc[mention.start : mention.end].text, *(e.name for e in areas)}
        for name in names:
            short = initials_of(name)
            if short and short not in countries:
                countries[short] = (mention.end, areas)
    if not countries:
        return []
    mentions = []
    for i, word in enumerate(words):
        short = word.replace(".", "")
        if short not in countries or not short.isupper() or taken[i]:
            continue
        named_at, areas = countries[short]
        if i < named_at or _inside_longer_name(doc, i):
            continue
        mentions.append(Mention(i, i + 1, areas, key=fold(short), area_only=True))
    return mentions


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """'Renault SA', 'Banco Santander SA': a capitalised word before the initials within the
    sentence makes them part of a name."""
    token = doc[i]
    if token.is_sent_start or i == 0:
        return False
    before = doc[i - 1]
    if before.is_sent_start and before.lower_ in {"that", "the", "in", "but", "and"}:
        return False
    return before.text[:1].isupper() and before.is_alpha


def _demonym_initials(
    gazetteer: Gazetteer, words: Sequence[str]
) -> dict[str, tuple[int, tuple[GazEntry, ...]]]:
    """'South African(s)' -> {'SA': (where it ends, South Africa)}: demonyms of two words."""
    countries: dict[str, tuple[int, tuple[GazEntry, ...]]] = {}
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not (first[:1].isupper() and second[:1].isupper()):
            continue
        demonym = f"{first} {second.removesuffix('s')}"
        area = gazetteer.demonym(demonym)
        short = initials_of(demonym)
        if area is not None and area.kind == "country" and short and short not in countries:
            countries[short] = (i + 2, (area,))
    return countries
