"""A village in a first-level region the article never names, where its other places lie in
one other region: placed where the article is."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_region_strays import off_region_village
from dyads.stages.place_resolution import Mention

from .place_helpers import by_text, places


def test_a_village_in_another_state_is_placed_where_the_article_is(nlp: Language) -> None:
    text = "Police in Charlottesville and Culpeper said the van was found in Stonewall."
    found = by_text(places(nlp, text))
    assert found["Stonewall"].admin1 == "Virginia"


def test_a_village_whose_state_the_text_names_keeps_its_state(nlp: Language) -> None:
    text = "She grew up in Stonewall, Louisiana, before moving to Norfolk and Richmond."
    assert by_text(places(nlp, text))["Stonewall"].admin1 == "Louisiana"


def _town(name: str, admin1: str, pop: int) -> GazEntry:
    return GazEntry("city", name, "USA", admin1, 1.0, 2.0, pop, None)


def _read(*names: tuple[str, GazEntry]) -> list[tuple[Mention, GazEntry | None, None]]:
    return [(Mention(i, i + 1, (e,), key=key), e, None) for i, (key, e) in enumerate(names)]


VILLAGE = _town("Stonewall", "Louisiana", 2_000)
HOME = _town("Culpeper", "Virginia", 19_000)
OTHER = _town("Staunton", "Virginia", 24_000)


def test_two_places_of_the_articles_region_make_a_village_elsewhere_stray() -> None:
    resolved = _read(("culpeper", HOME), ("staunton", OTHER), ("stonewall", VILLAGE))
    mention = resolved[2][0]
    assert off_region_village(mention, VILLAGE, None, HOME, resolved)


def test_one_place_is_too_little_to_say_where_the_article_is() -> None:
    resolved = _read(("culpeper", HOME), ("stonewall", VILLAGE))
    assert not off_region_village(resolved[1][0], VILLAGE, None, HOME, resolved)


def test_a_village_with_a_place_of_its_region_beside_it_keeps_its_reading() -> None:
    shreveport = _town("Shreveport", "Louisiana", 190_000)
    resolved = _read(
        ("culpeper", HOME), ("staunton", OTHER), ("shreveport", shreveport), ("stonewall", VILLAGE)
    )
    assert not off_region_village(resolved[3][0], VILLAGE, None, HOME, resolved)


def test_a_town_of_some_size_keeps_its_reading() -> None:
    town = _town("Monroe", "Louisiana", 47_000)
    resolved = _read(("culpeper", HOME), ("staunton", OTHER), ("monroe", town))
    assert not off_region_village(resolved[2][0], town, None, HOME, resolved)
