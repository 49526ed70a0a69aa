"""Places under other labels: names the model reads as persons, organisations, dates or works
kept where the words around them say "place" ("in Klamath Falls", "fired on Khan Younis", "the
State of Tamil Nadu"), venues in a town but not events held there, and places run into words
of time."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.place_misread import place_before_time_words, venue

from .event_helpers import by_rule
from .place_helpers import (
    KNOWN,
    PlaceFacts,
    by_text,
    found_among_test,
    found_exactly_test,
    model_misses_test,
    no_places_test,
    places,
    resolved_test,
    shared_lookup,
)

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a county read as a firm after a town of it and a comma is the county": (
        "Police in Newport, Isle of Wight, closed the high street.",
        {"Newport": {"country": "GBR", "admin1": "England"}, "Isle of Wight": {"country": "GBR"}},
    ),
    "a large town read as a language after near is a place": (
        "Both inmates are serving time in a jail near Tunis.",
        {"Tunis": {"country": "TUN"}},
    ),
    "the Gulf alone is the Persian Gulf, not a province of Papua New Guinea": (
        "Tankers were attacked in the Gulf on Monday.",
        {"Gulf": {"name": "Persian Gulf"}},
    ),
    "a place read as a person after in is a place": (
        "Volunteers in Klamath Falls opened a shelter on Monday.",
        {"Klamath Falls": {"country": "USA"}},
    ),
    "a place read as an organisation before a state is a place": (
        "The scheme started in Boise, Idaho, two years ago.",
        {"Boise": {"admin1": "Idaho"}},
    ),
    "a town read as a date after in is a place": (
        "He was embedded with forces in Manbij last year.",
        {"Manbij": {"country": "SYR"}},
    ),
    "the state of a region read as an organisation": (
        "The ruling plainly hurt growers of State of Tamil Nadu.",
        {"Tamil Nadu": {"country": "IND"}},
    ),
    "to before a region misread as a person": (
        "The cycling race comes back to Hampshire in late May.",
        {"Hampshire": {"country": "GBR"}},
    ),
    "region names misread as persons": (
        "Tamil Nadu asked the Centre for more funds.",
        {"Tamil Nadu": {"country": "IND"}},
    ),
    "attacked town labelled person is a place": (
        "Israel fired on Khan Younis and other towns.",
        {"Khan Younis": {"country": "PSE"}},
    ),
    "person shot at is no place": (
        "Police fired at Johnson as he ran.",
        {"Johnson": None},
    ),
    "attacked town named without the arabic article": (
        "Officials said Turkey fired on Qamishli and nearby border towns.",
        {"Qamishli": {"country": "SYR"}},
    ),
    "from after a noun for people is a place": (
        "Doctors from Kenema treated most of the patients.",
        {"Kenema": {"country": "SLE"}},
    ),
    "a site's name read as a person is the site": (
        "A rocket lifted off from Vandenberg Space Force Base on Friday.",
        {"Vandenberg Space Force Base": {"country": "USA", "lat": KNOWN}},
    ),
    "a site's name read as a person before a site noun is the site": (
        "Drones targeted Ain al-Asad air base on Sunday.",
        {"Ain al-Asad": {"country": "IRQ", "name": "Ain al-Asad Air Base"}},
    ),
    "a site's name read as a person after a verb of motion and to": (
        "Marines were flown to Diego Garcia last year.",
        {"Diego Garcia": {"country": "IOT"}},
    ),
    "a site's name that is a person's name with no place cue is the person": (
        "Diego Garcia scored twice for the visitors.",
        {"Diego Garcia": None},
    ),
    "a site's name that is a person's name after a letter to is the person": (
        "A letter to Diego Garcia was read aloud.",
        {"Diego Garcia": None},
    ),
    "unknown name described as suburb": (
        "Nyamirambo, a suburb of Kigali, had no power.",
        {"Nyamirambo": {"country": "RWA"}},
    ),
}

# Sentences in which no place may be found, by the rule that keeps each one out.
NO_PLACES: dict[str, tuple[str]] = {
    "a town read as a date after in is a place: not a season": (
        "The plan will be ready in Spring and the vote in March.",
    ),
    "to before a region misread as a person": ("According to Davis, the vote was close.",),
}

# Sentences with exactly these places (by their words) and no others.
ONLY: dict[str, tuple[str, set[str]]] = {
    "acronyms and months are not towns": (
        "According to the UN, arrivals in Greece fell in March.",
        {"Greece"},
    ),
    "region names misread as persons": (
        "Tamil Nadu asked the Centre for more funds.",
        {"Tamil Nadu"},
    ),
    "region names misread as persons: the state of": (
        "The plan hurts growers of State of Tamil Nadu, the judges were told.",
        {"Tamil Nadu"},
    ),
}

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "churches as bodies and sums are no places": (
        "The Catholic Church sold the hall at N60 million, the Anglican Church said.",
        [],
    ),
    "towns between and along are places": (
        "Buses run between Tralee and Killarney every hour.",
        ["Tralee", "Killarney"],
    ),
    "a venue after at and before in a town is a place": (
        "She performed at Afrika Shrine in Lagos on Friday.",
        ["Afrika Shrine", "Lagos"],
    ),
    "a building before in and a place is a place whatever the verb": (
        "Lawyers filed an appeal with the Lahore High Court in Pakistan on Monday.",
        ["Lahore High Court", "Pakistan"],
    ),
    "an event held in a town is no venue": (
        "The phone was shown at the Mobile World Congress in Barcelona.",
        ["Barcelona"],
    ),
}

# One toponym a sentence must yield, among any others.
FOUND_AMONG: dict[str, tuple[str, str]] = {
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
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a building's name read as an organisation after at": (
        "He survived the shooting at Marjory Stoneman Douglas High School.",
        "Douglas",
    ),
    "a river's own name read as a person after the": (
        "Divers recovered a body from the Danube on Monday.",
        "Danube",
    ),
}


test_places_resolved = resolved_test(RESOLVED)
test_no_places = no_places_test(NO_PLACES)


@pytest.mark.parametrize(("text", "names"), by_rule(ONLY))
def test_only_these_places(nlp: Language, text: str, names: set[str]) -> None:
    assert set(by_text(places(nlp, text))) == names


test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
test_toponym_among_those_found = found_among_test(FOUND_AMONG)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


def test_a_lower_case_direction_makes_a_name_a_place(nlp: Language) -> None:
    found = by_text(places(nlp, "The offensive in eastern Ghouta has killed 160."))
    assert "Ghouta" in found or "eastern Ghouta" in found


# Words of a sentence with their entity tags, and whether the name after "at" is a venue.
VENUES: dict[str, tuple[list[str], list[str], bool]] = {
    "a hall at which something happens in a town is a venue": (
        ["She", "sang", "at", "Afrika", "Shrine", "in", "Lagos"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        True,
    ),
    "a conference held in a town is no venue": (
        ["He", "spoke", "at", "Cloud", "Expo", "in", "Lisbon"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        False,
    ),
    "a summit held in a town is no venue": (
        ["They", "met", "at", "Fintech", "Summit", "in", "Oslo"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE"],
        False,
    ),
}


@pytest.mark.parametrize(("words", "ents", "is_venue"), by_rule(VENUES))
def test_a_venue_but_not_an_event(
    nlp: Language, words: list[str], ents: list[str], is_venue: bool
) -> None:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    assert (venue(doc, 3, 5) is not None) is is_venue


@pytest.mark.parametrize(
    ("words", "ents", "place"),
    [
        (
            ["Missiles", "hit", "Kyiv", "overnight", "."],
            ["O", "O", "B-TIME", "I-TIME", "O"],
            "Kyiv",
        ),
        (
            ["Rebels", "entered", "Hama", "days", "later", "."],
            ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O"],
            "Hama",
        ),
        (["This", "year", "was", "calm", "."], ["B-DATE", "I-DATE", "O", "O", "O"], None),
        (["It", "is", "Moscow", "time", "."], ["O", "O", "B-TIME", "I-TIME", "O"], None),
        (["Kyiv", "Tuesday", "said", "."], ["B-DATE", "I-DATE", "O", "O"], None),
    ],
)
def test_a_place_before_words_of_time_in_one_entity(
    nlp: Language, words: list[str], ents: list[str], place: str | None
) -> None:
    doc = Doc(nlp.vocab, words=words, ents=ents)
    found = place_before_time_words(shared_lookup(), doc, doc.ents[0])
    assert (found and doc[found.start : found.end].text) == place


def test_a_town_with_an_arabic_article_read_as_a_person(nlp: Language) -> None:
    # "Ras al-Ain" is four tokens, three words, one of them the lower-case article "al".
    found = by_text(places(nlp, "Turkish troops and allied fighters entered Ras al-Ain on Monday."))
    assert found["Ras al-Ain"].country == "SYR"
