"""Capitals and their namesakes: a main town of the country the article is about before a
capital abroad ("Tripoli" beside "Beirut"), a capital before a lesser namesake in a sentence of
capitals ("Washington ... Athens and Ankara")."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import GazEntry, load_gazetteer
from dyads.stages.place_capitals import fits_capitals, main_towns, only_capitals

from .place_helpers import by_text, places


def _town(name: str, country: str, population: int, capital: bool = False) -> GazEntry:
    return GazEntry("city", name, country, None, 0.0, 0.0, population, None, capital)


def test_main_towns_hold_a_share_of_their_country() -> None:
    large = _town("Tripoli", "LBN", 230_000)
    small = _town("Athens", "USA", 120_000)
    assert main_towns(load_gazetteer(), [large, small]) == frozenset({large})


def test_only_capitals_needs_a_town_and_every_town_a_capital() -> None:
    assert only_capitals([_town("Ankara", "TUR", 3_500_000, capital=True), None])
    assert not only_capitals([_town("Ankara", "TUR", 3_500_000, True), _town("Izmir", "TUR", 1)])
    assert not only_capitals([])


def test_a_capital_abroad_yields_to_a_main_town_where_the_article_is() -> None:
    capital = _town("Tripoli", "LBY", 1_100_000, capital=True)
    namesake = _town("Tripoli", "LBN", 230_000)
    candidates = (capital, namesake)
    main = frozenset({namesake})
    assert not fits_capitals(capital, candidates, main, frozenset({"LBN"}), False)
    assert fits_capitals(capital, candidates, main, frozenset({"LBY"}), False)
    assert fits_capitals(namesake, candidates, main, frozenset({"LBN"}), True)


def test_a_lesser_namesake_yields_among_capitals() -> None:
    capital = _town("Athens", "GRC", 660_000, capital=True)
    namesake = _town("Athens", "USA", 120_000)
    candidates = (capital, namesake)
    assert not fits_capitals(namesake, candidates, frozenset(), frozenset({"USA"}), True)
    assert fits_capitals(namesake, candidates, frozenset(), frozenset({"USA"}), False)


def test_tripoli_beside_beirut_and_athens_beside_washington(nlp: Language) -> None:
    lebanon = by_text(
        places(nlp, "Troops deployed in Tripoli after clashes, officials in Beirut said.")
    )
    assert lebanon["Tripoli"].country == "LBN"
    capitals = by_text(
        places(nlp, "Officials in Washington said the envoy would fly to Athens and Ankara.")
    )
    assert capitals["Athens"].country == "GRC"


def test_athens_beside_atlanta_stays_in_georgia(nlp: Language) -> None:
    found = by_text(places(nlp, "Storms hit Atlanta and Athens on Monday."))
    assert found["Athens"].country == "USA"
