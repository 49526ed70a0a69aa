"""Local features: names before a word for a feature ("Evin prison", "the Ghulam Khan border
crossing", "Oak and Elm streets"), untagged streets and towns named like features."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .place_helpers import (
    by_text,
    found_exactly_test,
    model_misses_test,
    places,
    shared_finder,
    shared_geoparser,
    span_of,
)

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "names joined before a plural feature noun are each a place: streets": (
        "Police closed Oak and Elm streets after the crash.",
        ["Oak", "Elm"],
    ),
    "names joined before a plural feature noun are each a place: provinces": (
        "Floods hit Hunan and Jiangxi provinces.",
        ["Hunan", "Jiangxi"],
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a numbered road": (
        "A cyclist was hurt in a crash on the A120 near the village.",
        "A120",
    ),
    "a name before a lower case word for a building": (
        "Prisoners rioted at Evin prison on Saturday.",
        "Evin prison",
    ),
    "a name before lower case words for a feature": (
        "Trucks queued at the Ghulam Khan border crossing for days.",
        "Ghulam Khan border crossing",
    ),
}


test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


def test_streets_joined_by_and_are_not_looked_up_as_towns(nlp: Language) -> None:
    doc = nlp("Police closed Oak and Elm streets after the crash.")
    start, _ = span_of(doc, "Oak")
    oak = next(m for m in shared_finder().find(doc) if m.start == start)
    assert oak.candidates == ()


# A feature's words with no entity on them (the model tags the town alone), by whether the
# gazetteer knows the whole name as a region: the region, else a local feature of the town.
UNTAGGED_FEATURES: dict[str, tuple[str, str, str, str | None]] = {
    "a peninsula the gazetteer knows": (
        "The Korean Peninsula crisis dominated the talks in Beijing on Monday.",
        "Korean Peninsula",
        "Beijing",
        None,
    ),
    "a sea the gazetteer knows": (
        "Fishermen said the Black Sea blockade had ruined their season in Odessa.",
        "Black Sea",
        "Odessa",
        None,
    ),
    "a street, placed at its town": (
        "Police closed Bourbon Street in New Orleans on Saturday after a shooting.",
        "Bourbon Street",
        "New Orleans",
        "USA",
    ),
    "a road, placed at its town": (
        "Crews cleared debris from Harbour Road in Mombasa after the floods.",
        "Harbour Road",
        "Mombasa",
        "KEN",
    ),
}


@pytest.mark.parametrize("case", UNTAGGED_FEATURES)
def test_an_untagged_feature_known_whole_is_its_region(nlp: Language, case: str) -> None:
    text, feature, town, country = UNTAGGED_FEATURES[case]
    doc = nlp(text)
    doc.ents = [ent for ent in doc.ents if ent.text == town]
    found = by_text(shared_geoparser().process(doc, []))
    placed = found[feature]
    if country is None:  # the region itself, not the town's point
        assert (placed.name, placed.country) == (feature, None)
        assert (placed.lat, placed.lon) != (found[town].lat, found[town].lon)
    else:
        assert placed.country == country and placed.geonameid is None
        assert (placed.lat, placed.lon) == (found[town].lat, found[town].lon)


def test_a_towns_own_name_ending_in_a_feature_word_is_the_town(nlp: Language) -> None:
    found = by_text(places(nlp, "Deputies in Grants Pass arrested a man after a chase."))
    assert (found["Grants Pass"].country, found["Grants Pass"].admin1) == ("USA", "Oregon")


def test_a_creek_is_one_feature_not_two_towns(nlp: Language) -> None:
    text = "Volunteers from Chillicothe filled sandbags along Paint Creek."
    assert "Paint Creek" in by_text(places(nlp, text))
