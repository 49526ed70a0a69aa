"""Finding toponyms: spans found, before any resolution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.gazetteer import load_gazetteer
from dyads.stages.place_finders import ToponymFinder

from .event_helpers import by_rule


@pytest.fixture(scope="module")
def finder() -> ToponymFinder:
    return ToponymFinder(load_gazetteer())


def found(nlp: Language, finder: ToponymFinder, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[m.start : m.end].text for m in finder.find(doc)]


# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "toponyms come in text order": (
        "A US-based firm opened offices in Kenya and the Kursk region.",
        ["US", "Kenya", "Kursk region"],
    ),
    "names of persons and newspapers are not toponyms": (
        "The Washington Post said Jordan Peterson would speak.",
        [],
    ),
    "churches as bodies and sums are no places": (
        "The Catholic Church sold the hall at N60 million, the Anglican Church said.",
        [],
    ),
    "towns between and along are places": (
        "Buses run between Tralee and Killarney every hour.",
        ["Tralee", "Killarney"],
    ),
    "a continent adjective before a thing names the continent": (
        "Passenger numbers at European airports rose sharply.",
        ["European"],
    ),
    "a continent adjective before a people names no place": ("African leaders met on Sunday.", []),
    "names joined before a plural feature noun are each a place: streets": (
        "Police closed Oak and Elm streets after the crash.",
        ["Oak", "Elm"],
    ),
    "names joined before a plural feature noun are each a place: provinces": (
        "Floods hit Hunan and Jiangxi provinces.",
        ["Hunan", "Jiangxi"],
    ),
    "a venue after at and before in a town is a place": (
        "She performed at Afrika Shrine in Lagos on Friday.",
        ["Afrika Shrine", "Lagos"],
    ),
    "a region named before a noun keeps its article": (
        "The Ontario government announced new rent rules.",
        ["Ontario"],
    ),
    # ... but "the Centre" said alone is a government, not a place.
    "a region named before a noun keeps its article: the Centre alone": (
        "Farmers blamed the Centre for the price of seed.",
        [],
    ),
    "a building before in and a place is a place whatever the verb": (
        "Lawyers filed an appeal with the Lahore High Court in Pakistan on Monday.",
        ["Lahore High Court", "Pakistan"],
    ),
    "a continent adjective hyphened to a people names no place": (
        "African-American voters turned out in force.",
        [],
    ),
    "a town's name that sues is a company, even repeated after the town": (
        "Officials in Tyler met on Monday. Later, Tyler sued the contractor over the delays.",
        ["Tyler"],
    ),
    "a town's name that states something is a person": (
        "Henderson stated that the plant in Lansing would stay open.",
        ["Lansing"],
    ),
    "an unknown name in brand case is no place": (
        "Boeing delivered the jet to AirTran, ending years of delays.",
        [],
    ),
    "an event held in a town is no venue": (
        "The phone was shown at the Mobile World Congress in Barcelona.",
        ["Barcelona"],
    ),
    "a country before its currency is money": (
        "Exporters in Chile complained about the strong US dollar.",
        ["Chile"],
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
    "a place before a lower case feature word keeps its own name": (
        "Rescuers searched the coast near Brighton and at Hackney beach.",
        "Hackney",
    ),
    "towns between and along are places: a river": (
        "Barges moved slowly along the Severn past Worcester.",
        "Severn",
    ),
    "a name described or qualified as a place: on the border": (
        "Officials said Kasese, a town on the border, had been cut off.",
        "Kasese",
    ),
    "a name described or qualified as a place: a town": (
        "Rescuers reached Tenom, a small farming town, by boat.",
        "Tenom",
    ),
    "a name described or qualified as a place: a country after it": (
        "Flooding destroyed homes at Umuokpara, Nigeria, on Monday.",
        "Umuokpara",
    ),
    "a line in capitals yields its countries": (
        "FLOODS HIT NORTHERN ITALY AS RIVERS BURST THEIR BANKS",
        "ITALY",
    ),
    "a line in capitals yields its countries: another": (
        "HEATWAVE GRIPS SPAIN AS TEMPERATURES SOAR",
        "SPAIN",
    ),
    "a continent adjective hyphened to a region name": (
        "China wants a bigger role in the Asian-Pacific region.",
        "Asian",
    ),
}


@pytest.mark.parametrize(("text", "toponyms"), by_rule(FOUND_EXACTLY))
def test_toponyms_found(
    nlp: Language, finder: ToponymFinder, text: str, toponyms: list[str]
) -> None:
    assert found(nlp, finder, text) == toponyms


@pytest.mark.parametrize(("text", "toponym"), by_rule(FOUND_AMONG))
def test_toponym_among_those_found(
    nlp: Language, finder: ToponymFinder, text: str, toponym: str
) -> None:
    assert toponym in found(nlp, finder, text)


@pytest.mark.parametrize(
    ("text", "toponym"),
    [
        ("A cyclist was hurt in a crash on the A120 near the village.", "A120"),
        ("Prisoners rioted at Evin prison on Saturday.", "Evin prison"),
        ("Trucks queued at the Torkham border crossing for days.", "Torkham border crossing"),
        ("He survived the shooting at Marjory Stoneman Douglas High School.", "Douglas"),
        ("Wildfire Forces Evacuations Near Flagstaff, Arizona", "Flagstaff"),
        ("Two Killed in Shooting at Memphis Gas Station", "Memphis"),
        ("Floods hit Emilia-Romagna on Sunday.", "Emilia-Romagna"),
        ("Boys train in the home village of Nagrig every week.", "Nagrig"),
        ("Divers recovered a body from the Danube on Monday.", "Danube"),
        ("Thousands of residents fled from Kharkiv overnight.", "Kharkiv"),
        ("Police searched the shore of Lake Kivu for survivors.", "Lake Kivu"),
    ],
)
def test_kinds_of_toponyms_the_model_misses(
    nlp: Language, finder: ToponymFinder, text: str, toponym: str
) -> None:
    assert any(toponym in name for name in found(nlp, finder, text))


def test_a_direction_word_before_a_qualified_town_is_part_of_its_name(
    nlp: Language, finder: ToponymFinder
) -> None:
    doc = nlp("A chemical spill forced evacuations in East Palestine, Ohio.")
    mentions = {doc[m.start : m.end].text: m for m in finder.find(doc)}
    assert not mentions["East Palestine"].area_only


def test_streets_joined_by_and_are_not_looked_up_as_towns(
    nlp: Language, finder: ToponymFinder
) -> None:
    doc = nlp("Police closed Oak and Elm streets after the crash.")
    oak = next(m for m in finder.find(doc) if doc[m.start].text == "Oak")
    assert oak.candidates == ()
