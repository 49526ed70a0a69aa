"""Sports reports, where places' names stand for teams ("Villanova won 78-70")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dyads.stages.place_cues import (
    MIN_SPORTS_WORDS,
    RESULT_LEMMAS,
    SPORTS_WORDS,
    has_score,
    used_as_team,
)
from dyads.stages.place_resolution import Mention


def sports_report(doc: Doc, words: Sequence[str], found: Sequence[Mention]) -> bool:
    """Whether the article reports sport: a place's name used as a team's, words of sport
    ("league", "striker", "coach"...), or a result such as "102-99" in a sentence with a verb
    of winning or losing."""
    if any(used_as_team(doc, m.start, m.end) for m in found if not _names_country(m)):
        return True
    if len(SPORTS_WORDS.intersection(w.lower() for w in words)) >= MIN_SPORTS_WORDS:
        return True
    for i in range(1, len(words) - 1):
        if words[i] in {"-", "–"} and words[i - 1].isdigit() and words[i + 1].isdigit():
            sentence = doc[i].sent
            if has_score(sentence) and any(t.lemma_ in RESULT_LEMMAS for t in sentence):
                return True
    return False


def without_teams(doc: Doc, found: list[Mention]) -> list[Mention]:
    """In a sports report, a name the article uses for a team ("Villanova won 78-70") is the
    team's wherever it is written, and "Michigan State" a university's; a country's name is
    left alone (its national team shares it, but so do the places of the report)."""
    teams = {
        m.key
        for m in found
        if m.key and not _names_country(m) and used_as_team(doc, m.start, m.end)
    }
    return [
        m
        for m in found
        if m.key not in teams
        and not (m.end < len(doc) and doc[m.end].text == "State" and not _names_country(m))
    ]


def _names_country(mention: Mention) -> bool:
    return any(e.kind == "country" for e in mention.candidates)
