"""The places stage end to end: toponyms resolved in context (the choice among a name's
places, the article's countries, the actors' codes), exact spans, and the seed article. How
each finder finds or drops a toponym is tested in the file that mirrors its module
(`test_place_entities.py`, `test_place_phrases.py`...)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dyads.eval.geo import distance_km
from dyads.records import Actor, Place

from .place_helpers import (
    KNOWN,
    PlaceFacts,
    by_text,
    no_places_test,
    place_facts,
    places,
    resolved_test,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "country wins over homonymous town": (
        "Protesters gathered outside parliament in Jordan.",
        {"Jordan": {"country": "JOR", "name": "Jordan"}},
    ),
    "city cue selects the city": (
        "The city of Kuwait was quiet on Sunday.",
        {"Kuwait": {"name": "Kuwait City"}},
    ),
    "capital wins over small homonyms": (
        "Officials in Moscow rejected the proposal.",
        {"Moscow": {"country": "RUS"}},
    ),
    "qualifier after comma decides": (
        "A storm hit Moscow, Idaho, on Monday night.",
        {"Moscow": {"country": "USA", "admin1": "Idaho"}},
    ),
    "region named elsewhere is evidence": (
        "Students in Idaho held a rally. Police in Moscow said it was peaceful.",
        {"Moscow": {"admin1": "Idaho"}},
    ),
    "other places give the country": (
        "The Atlanta mayor said Georgia would vote in November.",
        {"Georgia": {"country": "USA"}},
    ),
    "other places give the country: alone": (
        "Georgia's president met the envoy in Tbilisi.",
        {"Georgia": {"country": "GEO"}},
    ),
    "abbreviations": (
        "Officials in the U.S. and the UK spoke with the UAE about B.C. exports.",
        {
            "U.S.": {"country": "USA"},
            "UK": {"country": "GBR"},
            "UAE": {"country": "ARE"},
            "B.C.": {"name": "British Columbia"},
        },
    ),
    "named regions": (
        "Fighting continued in the Gaza Strip and the West Bank, and drones hit Crimea.",
        {
            "Gaza Strip": {"country": "PSE"},
            "West Bank": {"country": "PSE"},
            "Crimea": {"country": "UKR"},
        },
    ),
    "continents have coordinates but no country": (
        "Leaders from Africa arrived in Brussels.",
        {"Africa": {"country": None, "lat": KNOWN}},
    ),
    "oceans are places without a country": (
        "Debris washed up on the shores of the Indian Ocean.",
        {"Indian Ocean": {"country": None, "lat": KNOWN}},
    ),
    "regions without the arabic article": (
        "Fighting raged in the Anbar province of western Iraq.",
        {"Anbar province": {"country": "IRQ"}, "western Iraq": {"name": "Iraq"}},
    ),
    "news agency state abbreviations qualify towns": (
        "A fire broke out in Paris, Tex., on Sunday.",
        {"Paris": {"country": "USA", "admin1": "Texas"}, "Tex.": {"name": "Texas"}},
    ),
    "a town by its own name beats an old name of a capital": (
        "Police cordoned off a park in Salisbury, a cathedral town in Wiltshire.",
        {"Salisbury": {"country": "GBR"}},
    ),
    "saint and st are the same name": (
        "The consulate in St. Petersburg will close.",
        {"St. Petersburg": {"country": "RUS"}},
    ),
    "a state is not a town of a region named elsewhere": (
        "A man in New York state won the lottery, and a woman in Florida won it in May.",
        {"Florida": {"name": "Florida", "admin1": "Florida"}},
    ),
    "countries have their conventional centre": (
        "She moved to Greece and then to Russia.",
        {"Greece": {"lat": 39.0, "lon": 22.0}, "Russia": {"lat": 60.0, "lon": 100.0}},
    ),
    "regions with numeric geonames codes have coordinates": (
        "Farmers in Ontario and Karnataka protested.",
        {
            "Ontario": {"country": "CAN", "lat": KNOWN},
            "Karnataka": {"country": "IND", "lat": KNOWN},
        },
    ),
    "a local feature takes its qualifier": (
        "Deputies in Walker County (Ga.) arrested two men.",
        {"Walker County": {"country": "USA", "admin1": "Georgia"}},
    ),
    "a qualifying name is the region that holds the town": (
        "He grew up in Oceanside, New York, and later moved.",
        {
            "Oceanside": {"admin1": "New York"},
            "New York": {"name": "New York", "admin1": "New York"},
        },
    ),
    "a facility named like a far town is placed where the article is": (
        "Police searched a plane at Heathrow airport in London.",
        {"Heathrow": {"country": "GBR"}},
    ),
    "a small town of a country never named is a local feature": (
        # Hackney is a small Australian town in the gazetteer; this Hackney is in England.
        "Rescuers searched the coast near Brighton, England, and at Hackney beach.",
        {"Hackney": {"country": "GBR"}, "beach": None},
    ),
    "a homonym in a country named in the sentence beats a larger town": (
        "There were 57 applications in Ballina, 48 in Newport and 36 in Cloughjordan.",
        {"Newport": {"country": "IRL"}},
    ),
    "a country name is the country before a city named after it": (
        "Benin closed its border with Nigeria after traders in Lagos protested.",
        {"Benin": {"country": "BEN", "name": "Benin"}},
    ),
    "context still decides between a country and a state": (
        "Voters in Georgia backed the governor, and turnout in Atlanta was high.",
        {"Georgia": {"country": "USA"}},
    ),
    "context still decides between a country and a state: the country": (
        "Protests spread from Tbilisi across Georgia.",
        {"Georgia": {"country": "GEO"}},
    ),
    "a town before the division of its name": (
        "Firefighters in Saskatoon put out a blaze.",
        {"Saskatoon": {"geonameid": 6141256}},  # the city
    ),
    "a town of the sentence before places a feature only in the articles country": (
        "Officials in Leeds, Sheffield and York met on Monday. "
        "The talks were held in Moscow last year. Repairs closed Harrow Lane on Tuesday.",
        {"Harrow Lane": {"country": "GBR"}},
    ),
    "an apposition naming the region that holds a namesake gives that namesake": (
        "Santa Rosa, the capital of La Pampa, recorded its coldest night.",
        {"Santa Rosa": {"country": "ARG", "admin1": "La Pampa"}},
    ),
    "a small state's parish yields to a town in the country the sentence names": (
        "Shipyard workers in Saint John went on strike, Canada's labour minister said.",
        {"Saint John": {"country": "CAN", "admin1": "New Brunswick"}},
    ),
    "a town before a county after a comma is the namesake near the county's centre": (
        "Police in Richmond, North Yorkshire, investigated the attack.",
        {"Richmond": {"geonameid": 2639388}},  # not Richmond in London, also in England
    ),
    "a county after a town and a comma is the county that holds the town": (
        "Police in Boston, Lincolnshire, said migrants were exploited.",
        {"Boston": {"country": "GBR"}, "Lincolnshire": {"country": "GBR"}},
    ),
    "a division whose name joins two towns' names, tagged as two places, is one": (
        "Severe storms hit Perth and Kinross on Monday.",
        {"Perth and Kinross": {"country": "GBR"}},
    ),
    "a people's adjective of a region in the sentence names the region that holds a town": (
        "Scottish police arrested a man in Perth on Monday.",
        {"Perth": {"country": "GBR", "admin1": "Scotland"}},
    ),
    "a region's adjective the model reads as a firm describes the town after it": (
        "Police in the Welsh town of Bangor arrested a man.",
        {"Welsh": {"country": "GBR"}, "Bangor": {"country": "GBR", "admin1": "Wales"}},
    ),
    "a people's adjective the model tags alone is no town of its name": (
        "A Canadian man was killed in a crash near Red Deer, police said.",
        {"Canadian": None, "Red Deer": {"country": "CAN"}},
    ),
    "a demonym describing the place gives its country": (
        "Gunmen attacked a cafe in the Lebanese port of Tripoli.",
        {"Tripoli": {"country": "LBN"}},
    ),
    "a demonym describing the place gives its country: after the place": (
        "Snow closed roads in Victoria, the southern Australian state, on Sunday.",
        {"Victoria": {"country": "AUS"}},
    ),
    "an apposition naming a country gives the country": (
        "Coffee growers met in Armenia, a town in Colombia, on Friday.",
        {"Armenia": {"country": "COL"}},
    ),
    "a capital listed with regions beside it stays the capital": (
        "Commuters in Washington, Maryland and Virginia faced long delays.",
        {"Washington": {"admin1": "District of Columbia"}},
    ),
    "congo alone is the democratic republic": (
        "Fighting displaced thousands in eastern Congo.",
        {"eastern Congo": {"country": "COD"}},
    ),
    "congo is the republic when brazzaville is in view": (
        "Pointe-Noire is Congo's oil hub, 500 km from Brazzaville.",
        {"Congo": {"country": "COG"}},
    ),
    "a large town abroad beats a small namesake in a country the sentence names by name": (
        "The United States and Iran held talks in Geneva.",
        {"Geneva": {"country": "CHE"}},
    ),
    "a namesake half the size in the country the sentence names wins": (
        "Police patrolled Córdoba in Argentina after the riots.",
        {"Córdoba": {"country": "ARG"}},
    ),
    "a country's possessive before a site names its builder, not its country": (
        "China's Colombo port project drew criticism from India.",
        {"Colombo": {"country": "LKA"}},
    ),
    "a city's possessive still places a site inside it": (
        "Flights were cancelled at London's Heathrow on Sunday.",
        {"Heathrow": {"country": "GBR"}},
    ),
    "a region with no point yields to the town of its name": (
        "Aid trucks arrived in Deir al-Balah on Friday.",
        {"Deir al-Balah": {"country": "PSE", "lat": KNOWN}},
    ),
    "a name after a word for a territory's standing is a place": (
        "Moscow recognised breakaway Abkhazia in 2008.",
        {"Abkhazia": {"country": "GEO"}},
    ),
    "a town read as an adjective before its people is the town": (
        "Uvalde families marched to the courthouse.",
        {"Uvalde": {"country": "USA"}},
    ),
    "part of a town is in that town": (
        "Gunmen attacked a market in the Dala area of Kano.",
        {"Dala": {"country": "NGA"}},
    ),
    "of seas sharing a name, the one nearest the article's places: beside Texas": (
        "Crews worked along the Gulf, and ships were kept in port in Texas.",
        {"Gulf": {"name": "Gulf of Mexico"}, "Texas": {"country": "USA"}},
    ),
    "of seas sharing a name, the one nearest the article's places: beside Bahrain": (
        "Warships patrolled the Gulf near Bahrain.",
        {"Gulf": {"name": "Persian Gulf"}},
    ),
    "a gulf of its own name is placed at its own point": (
        "Iran seized a tanker in the Gulf of Oman.",
        {"Gulf of Oman": {"name": "Gulf of Oman", "lat": 24.5}},
    ),
    "a lower-case compass word before a country: the country": (
        "Kidnappings have surged in northwest Nigeria.",
        {"northwest Nigeria": {"country": "NGA"}},
    ),
    "a lower-case part of a great city before its name: the city": (
        "Chilean students marched through central Santiago.",
        {"Santiago": {"country": "CHL"}},
    ),
    "a hotel named after its town is in the town": (
        "Talks were held at the Islamabad Marriott under tight security.",
        {"Islamabad Marriott": {"name": "Islamabad", "country": "PAK"}},
    ),
    "a school district named after its town is in the town": (
        "The Fresno Unified School District will close for the heat wave.",
        {"Fresno Unified School District": {"name": "Fresno", "country": "USA"}},
    ),
    "a large town the tagger reads as a common noun, attacked": (
        "Odesa was hit by a swarm of drones before dawn.",
        {"Odesa": {"country": "UKR"}},
    ),
    "a town in the region of the article's other towns before a capital abroad": (
        "Dallas police are helping. Officers in Paris found the truck near the courthouse.",
        {"Paris": {"country": "USA", "admin1": "Texas"}},
    ),
    "a mid-sized town abroad yields to a namesake where the other towns are": (
        "Police in Managua arrested two leaders. In Granada, officers fired tear gas.",
        {"Granada": {"country": "NIC"}},
    ),
    "a county after the comma chooses the town of its state": (
        "The crash closed the road near Lakewood, Ocean County officials said.",
        {"Lakewood": {"country": "USA", "admin1": "New Jersey"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "person and organisation names are not places": (
        "The Washington Post said Jordan Peterson would speak on Monday.",
    ),
    "no places in text without toponyms": ("",),
    "a town named like an adjective before people is the adjective": (
        "Young voters and Green voters queued for hours.",
    ),
    "a common noun that is a town's name, hit, is no town": ("Security was hit by budget cuts.",),
    "kin named like places are persons": (
        "She leaves her husband, Tom, and their children Dakota, Carolina and Troy.",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)


def test_spans_are_exact(nlp: Language) -> None:
    text = "Ministers met in Wonsan and later flew to the Kursk region in western Russia."
    found = places(nlp, text)
    assert found
    for place in found:
        assert text[place.span[0] : place.span[1]] == place.text


def test_us_actors_do_not_move_moscow_to_idaho(nlp: Language) -> None:
    text = "The US envoy travelled to Moscow for talks."
    us = Actor(text="US", name="United States", code="USA", sector="GOV", span=(4, 6))
    found = by_text(places(nlp, text, us))
    assert found["Moscow"].country == "RUS"


def test_accented_and_plain_spellings(nlp: Language) -> None:
    plain = by_text(places(nlp, "He moved to Montreal last year."))
    accented = by_text(places(nlp, "He moved to Montréal last year."))
    assert plain["Montreal"].country == accented["Montréal"].country == "CAN"
    assert plain["Montreal"].geonameid == accented["Montréal"].geonameid


# The places the seed article must resolve.
SEED_PLACES: PlaceFacts = {
    "Alaska": {"country": "USA", "admin1": "Alaska"},
    "Wonsan": {"country": "PRK"},
    "Kursk region": {"country": "RUS", "admin1": "Kursk Oblast"},
    "Moscow": {"country": "RUS"},
    "western Russia": {"country": "RUS"},
}


def test_seed_article(nlp: Language, shared_data: Path) -> None:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    found = by_text(places(nlp, body))
    assert place_facts(found, SEED_PLACES) == SEED_PLACES


def test_no_places_for_an_actor_that_is_no_place(nlp: Language) -> None:
    un = Actor(text="UN", name="United Nations", code="IGOUNO", sector=None, span=(0, 2))
    assert places(nlp, "UN staff said the talks went well.", un) == []


def test_a_building_after_at_is_a_place_near_the_articles_town(nlp: Language) -> None:
    text = (
        "A cyclist was hurt in Colchester on Monday. "
        "He was taken to Colchester General Hospital for treatment."
    )
    found = by_text(places(nlp, text))
    hospital = found["Colchester General Hospital"]
    assert hospital.geonameid is None and hospital.country == "GBR"
    assert (hospital.lat, hospital.lon) == (found["Colchester"].lat, found["Colchester"].lon)


def test_a_place_after_a_possessive_lies_within_it(nlp: Language) -> None:
    found = by_text(places(nlp, "Police searched a plane at London's Heathrow."))
    assert found["Heathrow"].country == "GBR"  # not the Florida town of that name
    assert _km(found["Heathrow"], found["London"]) < NEAR_KM  # the airport, or else London


def test_counties_have_their_own_points(nlp: Language) -> None:
    found = by_text(places(nlp, "Flooding hit Orange County, California, on Monday."))
    county = found["Orange County"]
    assert county.admin1 == "California"
    assert county.lat is not None and county.lon is not None
    assert 33 < county.lat < 34.5 and -118.5 < county.lon < -117  # not the state's centre


def test_a_local_feature_is_placed_at_the_town_named_next_to_it(nlp: Language) -> None:
    text = "Crowds gathered in Paris. Later a man was shot on Bourbon Street in New Orleans."
    found = by_text(places(nlp, text))
    street, town = found["Bourbon Street"], found["New Orleans"]
    assert street.country == "USA" and street.geonameid is None
    assert (street.lat, street.lon) == (town.lat, town.lon)


def test_a_state_named_only_as_an_acting_party_is_no_home_for_an_unknown_name(
    nlp: Language,
) -> None:
    text = "France expressed concern over the fighting in Herzegovina."
    assert by_text(places(nlp, text))["Herzegovina"].country is None  # not France
    # A state named as where things happen still holds a settlement the gazetteer lacks.
    text = "Fighting raged in Syria. Rebels shelled the village of Kafr Xyzta."
    assert by_text(places(nlp, text))["Kafr Xyzta"].country == "SYR"


def test_a_local_feature_takes_the_town_after_in_before_a_closer_one(nlp: Language) -> None:
    text = "She has cooked at Noma in Copenhagen and at the Sunset Grill in Toronto."
    found = by_text(places(nlp, text))
    grill, town = found["Sunset Grill"], found["Toronto"]
    assert grill.country == "CAN"  # not Copenhagen, named two words before it
    assert (grill.lat, grill.lon) == (town.lat, town.lon)


def test_a_possessors_full_reading_places_the_site(nlp: Language) -> None:
    text = (
        "Canadian officials visited London's Heathrow Animal Reception Centre. The centre "
        "checks pets flown to Britain, and most animals entering England pass through it."
    )
    # Read alone beside a Canadian actor, "London" would be the Ontario town; the article's
    # other places make it London, England, and the site after its possessive lies there.
    officials = Actor(
        text="Canadian officials", name="Canada", code="CAN", sector="GOV", span=(0, 18)
    )
    found = by_text(places(nlp, text, officials))
    assert found["London"].country == "GBR"
    assert found["Heathrow Animal Reception Centre"].country == "GBR"


def test_a_name_listed_with_regions_is_a_region(nlp: Language) -> None:
    found = by_text(places(nlp, "Snow fell in Oregon, Washington and Montana."))
    assert found["Washington"].admin1 == "Washington"
    assert found["Washington"].lat is not None and found["Washington"].lat > 45


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hail flattened crops across Georgia and the Dakotas.", "USA"),
        ("Hail flattened crops across Georgia and the Carolinas.", "USA"),
        ("Border guards from Georgia and Azerbaijan met in Baku.", "GEO"),
        ("Hail battered Alabama on Monday. Georgia escaped the worst of it.", "USA"),
        ("Clashes broke out in Adjara. Georgia blamed outside agitators.", "GEO"),
    ],
)
def test_georgia_beside_states_is_the_state_beside_its_regions_the_country(
    nlp: Language, text: str, country: str
) -> None:
    assert by_text(places(nlp, text))["Georgia"].country == country


def test_a_town_is_read_before_a_fort_named_after_it(nlp: Language) -> None:
    found = by_text(places(nlp, "Refugees fled El Geneina as the fighting spread."))
    assert found["El Geneina"].name == "Al-Junaynah"


def test_congo_follows_the_actor_stage_dated_code(nlp: Language) -> None:
    # The actor stage codes "Congo" by the article's date (the Republic before May 1997).
    text = "Refugees crossed the border from Congo into Uganda."
    start = text.index("Congo")
    congo = Actor(text="Congo", name="Congo", code="COG", sector=None, span=(start, start + 5))
    assert by_text(places(nlp, text, congo))["Congo"].country == "COG"


def test_a_town_named_as_a_persons_surname_is_no_place(nlp: Language) -> None:
    text = "Aides in the Clinton camp met donors in Ohio."
    start = text.index("Clinton")
    person = Actor(
        text="Clinton", name="Hillary Clinton", code="USA", sector=None, span=(start, start + 7)
    )
    found = by_text(places(nlp, text, person))
    assert "Clinton" not in found
    assert found["Ohio"].country == "USA"


def test_a_town_ending_a_bodys_name_after_in_stays_a_place(nlp: Language) -> None:
    text = "The government in Khartoum said it would resume talks."
    start = text.index("government")
    body = Actor(
        text=text[start:26],
        name="government in Khartoum",
        code="SDN",
        sector="GOV",
        span=(start, 26),
    )
    assert by_text(places(nlp, text, body))["Khartoum"].country == "SDN"


def test_a_capital_standing_for_its_state_stays_a_place(nlp: Language) -> None:
    text = "Officials in Moscow rejected the proposal."
    start = text.index("Moscow")
    state = Actor(text="Moscow", name="Russia", code="RUS", sector="GOV", span=(start, start + 6))
    assert by_text(places(nlp, text, state))["Moscow"].country == "RUS"


def test_an_actor_placed_by_a_towns_name_is_no_evidence_for_it(nlp: Language) -> None:
    text = "Separatist leaders in Lugansk announced a referendum."
    # As an actor stage might code it from the Kazakh village that the name also denotes.
    leaders = Actor(text=text[:29], name="Lugansk", code="KAZ", sector="REB", span=(0, 29))
    assert by_text(places(nlp, text, leaders))["Lugansk"].country == "UKR"


NEAR_KM = 50.0


def _km(one: Place, other: Place) -> float:
    assert None not in (one.lat, one.lon, other.lat, other.lon)
    return distance_km(one.lat or 0.0, one.lon or 0.0, other.lat or 0.0, other.lon or 0.0)


def test_an_actor_holding_a_towns_name_is_no_evidence_for_its_region(nlp: Language) -> None:
    text = "Gunmen in Tripoli clashed with Lebanese troops."
    # As an actor stage might code the gunmen from the Libyan region the name also denotes.
    gunmen = Actor(text=text[:17], name="Tripoli", code="LBY", sector="REB", span=(0, 17))
    start = text.index("Lebanese")
    troops = Actor(
        text="Lebanese troops", name="Lebanon", code="LBN", sector="MIL", span=(start, start + 15)
    )
    assert by_text(places(nlp, text, gunmen, troops))["Tripoli"].country == "LBN"


def test_a_large_town_after_in_is_kept_beside_a_person_of_its_name(nlp: Language) -> None:
    text = "A man was charged in Hamilton after the shooting in Toronto."
    start = text.index("Hamilton")
    person = Actor(
        text="Hamilton", name="Liam Hamilton", code="IRL", sector=None, span=(start, start + 8)
    )
    found = by_text(places(nlp, text, person))
    assert found["Hamilton"].country == "CAN"


def test_a_surname_after_in_with_a_noun_head_stays_a_person(nlp: Language) -> None:
    text = "Voters lost confidence in Hamilton after the vote in Toronto."
    start = text.index("Hamilton")
    person = Actor(
        text="Hamilton", name="Liam Hamilton", code="IRL", sector=None, span=(start, start + 8)
    )
    assert "Hamilton" not in by_text(places(nlp, text, person))


def test_a_feature_is_not_placed_at_a_small_town_in_another_region_of_the_country(
    nlp: Language,
) -> None:
    # "Walden" has no Oregon reading: the New York village it is read as is no place to put a
    # shopping centre in a story on Eugene, Oregon.
    text = (
        "Homes in the new subdivision near Eugene, Oregon, sell fast. Shopping: The Market at "
        "Walden sells produce; Cedar Hills Village Center houses a grocery."
    )
    centre = by_text(places(nlp, text))["Cedar Hills Village Center"]
    assert centre.lat is not None and abs(centre.lat - 44.05) < 1.0


def test_a_small_town_near_the_article_s_towns_across_a_border_is_no_stray(
    nlp: Language,
) -> None:
    # Sadakhlo, a Georgian village at the border, lies some 50 km from Vanadzor and Dilijan:
    # a neighbour abroad, not a namesake far from where the article is.
    text = "Lorries queued at the Sadakhlo checkpoint. Others went via Vanadzor and Dilijan."
    found = by_text(places(nlp, text))
    assert found["Sadakhlo"].country == "GEO"
    assert found["Vanadzor"].country == "ARM"


def test_a_town_across_a_border_beside_a_listed_anchor(nlp: Language) -> None:
    # Windsor, Ontario (230,000) faces Detroit across the river; the American Windsors are
    # far smaller and 1,000 km or more away.
    found = by_text(places(nlp, "Schools closed in Windsor and Detroit because of the blizzard."))
    assert found["Windsor"].country == "CAN"
    assert found["Detroit"].country == "USA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Trinidad's government declared an emergency in San Fernando.", "TTO"),
        ("Floods hit Trinidad, the capital of the Beni region of Bolivia.", "BOL"),
        ("Tourists crowded the colonial streets of Trinidad in central Cuba.", "CUB"),
    ],
)
def test_an_island_named_like_towns_abroad(nlp: Language, text: str, country: str) -> None:
    assert by_text(places(nlp, text))["Trinidad"].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The area after "in" holds one of the name's candidates: the namesake there.
        ("Divers explored the reefs off Santa Cruz in the Galápagos Islands.", "Santa Cruz", "ECU"),
        ("A tornado damaged homes in Paris in Texas overnight.", "Paris", "USA"),
        ("Students rallied in Cambridge in Massachusetts on Friday.", "Cambridge", "USA"),
        # No candidate there: the name keeps its own reading.
        ("Tourists flew from Madrid in the morning.", "Madrid", "ESP"),
        # A capital acting in a country it does not lie in is no namesake there.
        ("Analysts say the campaign Moscow waged in Ukraine has stalled.", "Moscow", "RUS"),
    ],
)
def test_an_area_after_in_qualifies_the_place_before_it(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


def test_a_town_before_a_saint_named_state_in_its_short_form(nlp: Language) -> None:
    found = by_text(places(nlp, "Flights to Castries, St. Lucia, resumed on Monday."))
    assert found["Castries"].country == "LCA"
    assert found["St. Lucia"].country == "LCA"


def test_a_small_town_across_a_strait_from_the_article_s_town_is_no_stray(
    nlp: Language,
) -> None:
    # Lampedusa lies some 190 km over the sea from Sfax: a neighbour, not a namesake far off.
    found = by_text(places(nlp, "A boat capsized near Lampedusa after leaving Sfax in Tunisia."))
    assert found["Lampedusa"].country == "ITA"
    assert found["Sfax"].country == "TUN"


def test_a_states_name_the_gazetteer_lacks_is_the_state_the_actor_stage_dates(
    nlp: Language,
) -> None:
    text = "NATO warplanes struck Yugoslavia on Wednesday. Russia accused the alliance."
    start = text.index("Yugoslavia")
    yugoslavia = Actor(
        text="Yugoslavia", name="Yugoslavia", code="SRB", sector=None, span=(start, start + 10)
    )
    found = by_text(places(nlp, text, yugoslavia))
    assert found["Yugoslavia"].country == "SRB"  # not placed by Russia beside it
    # A region the actor stage codes by its state is no state's name: the towns place it.
    text = "Syrian jets bombed Ghouta near Damascus on Monday."
    start = text.index("Ghouta")
    ghouta = Actor(text="Ghouta", name="Syria", code="SYR", sector=None, span=(start, start + 6))
    found = by_text(places(nlp, text, ghouta))
    assert found["Ghouta"].name != "Syria"


def test_a_party_of_another_state_named_like_a_town_is_no_place(nlp: Language) -> None:
    text = "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza."
    start = text.index("Hamas")
    hamas = Actor(text="Hamas", name="Hamas", code="PSE", sector="REB", span=(start, start + 5))
    assert "Hamas" not in by_text(places(nlp, text, hamas))
    # A body of the place's own state speaks from it and stays a place.
    text = "Moscow said the talks would resume."
    moscow = Actor(text="Moscow", name="Moscow", code="RUS", sector="GOV", span=(0, 6))
    assert by_text(places(nlp, text, moscow))["Moscow"].country == "RUS"


def test_a_neighbourhood_of_a_town_is_no_namesake_far_away(nlp: Language) -> None:
    text = "Residents of the Germantown neighborhood of Philadelphia say the center is shut."
    found = by_text(places(nlp, text))
    assert found["Germantown"].admin1 == "Pennsylvania"  # not Germantown, Maryland


def test_an_island_among_towns_abroad_is_no_division_named_like_it(nlp: Language) -> None:
    found = by_text(places(nlp, "Flooding in Lagos left Lekki and Victoria Island under water."))
    assert found["Victoria Island"].country == "NGA"  # not Victoria, Australia
    found = by_text(places(nlp, "Australia will fund a new naval base on Manus Island."))
    assert found["Manus Island"].country == "PNG"  # a country named beside it is no town


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Visitors to Yellowstone National Park face closures near Old Faithful.",
            "Old Faithful",
            "USA",
        ),
        (
            "A jury at Bristol Crown Court heard he was attacked near Temple Meads station.",
            "Temple Meads",
            "GBR",
        ),
    ],
)
def test_a_feature_with_no_town_beside_it_takes_the_sentences_site(
    nlp: Language, text: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, text))[name].country == country


def test_a_spelling_of_a_town_abroad_yields_to_the_sentences_country(nlp: Language) -> None:
    text = "Waterlogging was reported in Andheri, Kurla and Sion after heavy rain in Mumbai."
    assert by_text(places(nlp, text))["Kurla"].country == "IND"  # not Korla, China
    text = "Königsberg and Berlin were bombed in 1944."  # a name of another language stays
    assert by_text(places(nlp, text))["Königsberg"].country == "RUS"


def test_a_town_known_by_another_name_in_the_region_named_is_meant(nlp: Language) -> None:
    text = "The quake's epicentre was off the coast of Noto, in Ishikawa prefecture."
    assert by_text(places(nlp, text))["Noto"].country == "JPN"  # not Noto in Sicily
    text = "Officials in Washington and Albany, New York, met on Monday."
    assert by_text(places(nlp, text))["Washington"].admin1 == "District of Columbia"
