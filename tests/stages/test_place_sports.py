"""Sports reports, where places' names stand for teams ("the Boston Celtics edged the Miami
Heat", "Real Madrid went top")."""

from __future__ import annotations

from .place_helpers import PlaceFacts, resolved_test

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
