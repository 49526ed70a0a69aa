"""Sports reports, where places' names stand for teams ("the Boston Celtics edged the Miami
Heat", "Real Madrid went top")."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import PlaceFacts, resolved_test, toponyms

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "teams in a sports report are no places": (
        "The Boston Celtics edged the Miami Heat 102-99. Notre Dame won 91-89 in Columbus.",
        {"Boston": None, "Miami": None, "Notre Dame": None, "Columbus": {"country": "USA"}},
    ),
    "club names in a report full of sport words": (
        "The striker scored twice as Real Madrid went top of the league. "
        "The coach praised the fans at the stadium.",
        {"Madrid": None},
    ),
    "club names in a report full of sport words: no sport": (
        "Real Madrid opened a store in Madrid.",
        {"Madrid": {}},  # no sport: the place inside stays
    ),
}


test_places_resolved = resolved_test(RESOLVED)


def test_a_team_that_suffers_a_result_is_no_place(nlp: Language) -> None:
    assert "Liverpool" not in toponyms(nlp, "Liverpool were held 1-1 at Anfield on Sunday.")
    assert "Leeds" in toponyms(nlp, "Two men were held in Leeds after a 2-1 vote.")
