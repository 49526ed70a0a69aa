"""A town the article names once with its state or country is that town at its bare mentions."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.gazetteer import GazEntry
from dyads.stages.place_qualified_repeats import with_qualified_readings
from dyads.stages.place_resolution import Context, Mention

from .place_helpers import places

LEBANON = GazEntry("country", "Lebanon", "LBN", None, 33.8, 35.8, 6_000_000, 1)
LEBANON_IN = GazEntry("city", "Lebanon", "USA", "Indiana", 40.0, -86.5, 15_000, 2)
LEBANON_TN = GazEntry("city", "Lebanon", "USA", "Tennessee", 36.2, -86.3, 26_000, 3)
INDIANA = GazEntry("admin1", "Indiana", "USA", "Indiana", 39.9, -86.2, 6_000_000, 4)
TENNESSEE = GazEntry("admin1", "Tennessee", "USA", "Tennessee", 35.8, -86.4, 6_000_000, 5)
CANDIDATES = (LEBANON, LEBANON_IN, LEBANON_TN)


def _mention(start: int) -> Mention:
    return Mention(start, start + 1, CANDIDATES, key="lebanon")


def test_a_dateline_town_is_the_same_town_later_in_the_article(nlp: Language) -> None:
    text = (
        "LEBANON, Ind. — The council met on Monday. "
        "Residents of Lebanon asked the Indianapolis office for sidewalks."
    )
    later = [p for p in places(nlp, text) if p.text == "Lebanon"]
    assert [(p.country, p.admin1) for p in later] == [("USA", "Indiana")]


def test_a_bare_mention_takes_the_qualified_reading_beside_a_place_of_its_country() -> None:
    resolved = [(_mention(0), LEBANON_IN, INDIANA), (_mention(9), LEBANON, None)]
    in_usa = {resolved[1][0]: Context(frozenset({"USA"}), frozenset(), frozenset({"USA"}))}
    assert [entry for _, entry, _ in with_qualified_readings(resolved, in_usa)] == [LEBANON_IN] * 2
    # A country's name with no place of the town's country in its sentence stays the country.
    assert with_qualified_readings(resolved, {})[1][1] == LEBANON


def test_a_name_qualified_as_two_towns_keeps_its_bare_reading() -> None:
    resolved = [
        (_mention(0), LEBANON_IN, INDIANA),
        (_mention(5), LEBANON_TN, TENNESSEE),
        (_mention(9), LEBANON, None),
    ]
    in_usa = {resolved[2][0]: Context(frozenset({"USA"}), frozenset(), frozenset({"USA"}))}
    assert with_qualified_readings(resolved, in_usa)[2][1] == LEBANON


def test_a_country_named_town_needs_a_place_of_its_country_in_the_sentence(
    nlp: Language,
) -> None:
    dateline = "MEXICO, Mo. — The plant opened on Monday. "
    beside_a_river = dateline + "Flooding near Mexico closed the Salt River bridge."
    bare = dateline + "Its owners also ship to Mexico."
    beside_monterrey = dateline + "Its owners also run a factory in Monterrey, Mexico."
    assert [p.country for p in places(nlp, beside_a_river) if p.text == "Mexico"] == ["USA"]
    assert [p.country for p in places(nlp, bare) if p.text == "Mexico"] == ["MEX"]
    assert [p.country for p in places(nlp, beside_monterrey) if p.text == "Mexico"] == ["MEX"]
