"""Toponyms by their company: names listed beside a place found already ("Žilina, Nitra,
Prešov and Košice", "in Ikeja, Yaba and Surulere"), and a place's name repeated in the
article."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.place_lists import repeated_mentions

from .place_helpers import PlaceFacts, by_text, places, resolved_test, shared_lookup, span_of

# Places found in a sentence, by their words, with the fields each rule decides; None: not found.
RESOLVED: dict[str, tuple[str, PlaceFacts]] = {
    "a town listed with other places is a place": (
        "A bakery group opened shops in Žilina, Nitra, Prešov and Košice this spring.",
        {name: {"country": "SVK"} for name in ("Žilina", "Nitra", "Prešov", "Košice")},
    ),
    "unknown name listed after in is a place": (
        "Protesters gathered in Ikeja, Yaba and Surulere.",
        {"Ikeja": {}, "Yaba": {}, "Surulere": {}},
    ),
    "unknown name listed after from beside a place": (
        "Volunteers from New Quay and Gwbert cleared litter off the beach.",
        {"Gwbert": {}},
    ),
    "unknown destination listed with known towns": (
        "Refugees were sent to Kakuma, Lodwar and Loitokitok, all in Kenya.",
        {"Loitokitok": {"country": "KEN"}},
    ),
    "unknown name after to without sending is no place": (
        "She wrote to Kakuma, Lodwar and Loitokitok officials.",
        {"Loitokitok": None},
    ),
    "name after comma and before a verb is no listed place": (
        "At a meeting in Clarinda, Dorrance said taxes were too high.",
        {"Dorrance": None},
    ),
    "name after comma and before a verb is no listed place: after a clause": (
        "Without papers to stay in Greece, Rostam and his brothers may be sent back.",
        {"Rostam": None},
    ),
    "a name the model mostly reads as a person is not repeated": (
        "Tyler Smith was sentenced on Monday. Tyler's lawyer appealed, and Tyler said "
        "nothing. The judge told Tyler to stand.",
        {"Tyler": None},
    ),
    "a dateline in capitals names the town written in title case later": (
        "ZWEDRU, Liberia — Crews reopened the road linking Zwedru to Greenville.",
        {"Zwedru": {"country": "LBR"}},
    ),
}


test_places_resolved = resolved_test(RESOLVED)


def repeats(nlp: Language, text: str, first: str) -> list[int]:
    """The starts of the repeats of the name found first at the word `first`."""
    doc = nlp(text)
    lookup = shared_lookup()
    start, end = span_of(doc, first)
    found = lookup.mention_at(doc, start, end, tagged=True)
    assert found is not None
    taken = [False] * len(doc)
    taken[start] = True
    words = [t.text for t in doc]
    return [m.start for m in repeated_mentions(lookup, doc, words, [found], taken)]


def test_a_place_name_repeated_is_the_place_again(nlp: Language) -> None:
    text = "Floods hit Tyler on Monday. Schools in Tyler stayed shut."
    assert repeats(nlp, text, "Tyler") == [8]  # the second "Tyler"


def test_a_repeat_that_sues_is_a_company(nlp: Language) -> None:
    text = "Floods hit Tyler on Monday. Tyler sued the builder of the levee."
    assert repeats(nlp, text, "Tyler") == []


def test_a_place_named_once_is_a_place_wherever_it_is_repeated(nlp: Language) -> None:
    text = (
        "Rebels left the town of Douma on Sunday. Douma's fall would end the siege. "
        "Douma is surrounded by government forces."
    )
    found = [place for place in places(nlp, text) if place.text == "Douma"]
    assert len(found) == 3
    assert {place.country for place in found} == {"SYR"}


def test_a_name_listed_beside_an_untagged_town_is_a_place(nlp: Language) -> None:
    text = "Ferries from Piraeus to Santorini and Mykonos were cancelled because of gales."
    assert by_text(places(nlp, text))["Mykonos"].country == "GRC"
    text = "Residents of Lismore and Murwillumbah are cleaning up after the floods."
    assert by_text(places(nlp, text))["Murwillumbah"].country == "AUS"
