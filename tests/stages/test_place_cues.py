"""Token tests for toponyms, on hand-built Docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.stages.place_cues import (
    after_locative,
    attack_target,
    before_common_word,
    before_geographic_noun,
    before_resident_noun,
    bracketed,
    building_of_name,
    cued_by_of,
    described_as_settlement,
    exchanged_with_person,
    from_people,
    has_city_cue,
    has_score,
    hometown,
    in_capitals_line,
    in_title_case_headline,
    is_brand_case,
    is_capitals,
    is_direction,
    measured_from,
    moving_to_or_from,
    names_a_building,
    names_a_facility,
    names_a_feature,
    names_a_standing_building,
    part_of_longer_name,
    starts_a_feature,
    too_short,
    used_as_team,
    whole_entity,
)

from .place_helpers import span_of


def doc_of(nlp: Language, words: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos or ["PROPN"] * len(words))


def test_a_proper_noun_next_to_a_match_makes_it_part_of_a_longer_name(nlp: Language) -> None:
    words = ["She", "met", "Ankara", "Kebab", "House", "staff", "in", "Ankara", "."]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = doc_of(nlp, words, pos)
    assert part_of_longer_name(doc, 2, 3)
    assert not part_of_longer_name(doc, 7, 8)


@pytest.mark.parametrize(
    ("text", "capitals"),
    [("WINNIPEG", True), ("N.C.", True), ("Winnipeg", False), ("A", False), ("3", False)],
)
def test_words_in_capitals(text: str, capitals: bool) -> None:
    assert is_capitals(text) is capitals


def test_short_names_must_be_abbreviations() -> None:
    assert too_short("No") and not too_short("UK") and not too_short("Oslo")


def test_locative_prepositions_allow_an_article_between(nlp: Language) -> None:
    doc = doc_of(nlp, ["fighting", "in", "the", "Hague"], ["NOUN", "ADP", "DET", "PROPN"])
    assert after_locative(doc, 3)
    assert not after_locative(doc, 1)
    assert not after_locative(doc, 3, frozenset({"at"}))


def test_brackets_and_hometowns(nlp: Language) -> None:
    shop = doc_of(nlp, ["Acme", "(", "Maywood", ")", "sells"])
    assert bracketed(shop, 2, 3) and not bracketed(shop, 0, 1)
    words = ["Jo", "Smith", ",", "of", "Hayes", ",", "said"]
    person = Doc(nlp.vocab, words=words, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert hometown(person, 4)
    assert not hometown(doc_of(nlp, ["the", "Bank", "of", "England"]), 3)


def test_a_geographic_noun_after_a_demonym(nlp: Language) -> None:
    words = ["the", "Syrian", "-", "Turkish", "border"]
    doc = doc_of(nlp, words, ["DET", "ADJ", "PUNCT", "ADJ", "NOUN"])
    assert before_geographic_noun(doc, 2)
    officials = doc_of(nlp, ["Turkish", "officials"], ["ADJ", "NOUN"])
    assert not before_geographic_noun(officials, 1)


def test_building_names(nlp: Language) -> None:
    doc = doc_of(nlp, ["Alder", "Hey", "Children", "'s", "Hospital", "staff"])
    assert names_a_building(doc[0:5])
    assert not names_a_building(doc[4:5])  # the word alone is no name


def test_whole_entities(nlp: Language) -> None:
    words = ["Michael", "Jordan", "visited", "Paris"]
    doc = Doc(nlp.vocab, words=words, ents=["B-PERSON", "I-PERSON", "O", "B-GPE"])
    assert whole_entity(doc[0:2]) and whole_entity(doc[3:4]) and whole_entity(doc[2:3])
    assert not whole_entity(doc[1:2]) and not whole_entity(doc[0:1])


def test_directions_and_city_cues(nlp: Language) -> None:
    doc = doc_of(nlp, ["in", "western", "Iraq", "and", "the", "city", "of", "Kuwait"])
    assert is_direction(doc, 1) and not is_direction(doc, 2)
    assert has_city_cue(doc, 7, 8) and not has_city_cue(doc, 2, 3)


def test_a_demonym_before_something_situated_in_a_territory(nlp: Language) -> None:
    economy = doc_of(nlp, ["the", "American", "economy"], ["DET", "ADJ", "NOUN"])
    diplomats = doc_of(nlp, ["the", "Russian", "diplomats"], ["DET", "ADJ", "NOUN"])
    assert before_geographic_noun(economy, 2)
    assert not before_geographic_noun(diplomats, 2)


def test_a_name_ending_in_a_capitalised_feature_word_names_a_feature(nlp: Language) -> None:
    street = doc_of(nlp, ["Royal", "Street"])
    assert names_a_feature(street[0:2])
    assert not names_a_feature(street[0:1])
    lower = doc_of(nlp, ["Royal", "street"], ["PROPN", "NOUN"])
    assert not names_a_feature(lower[0:2])


def test_a_lower_case_facility_word_after_a_name(nlp: Language) -> None:
    airport = doc_of(nlp, ["at", "Heathrow", "airport"], ["ADP", "PROPN", "NOUN"])
    assert names_a_facility(airport, 2)
    assert not names_a_facility(airport, 1)
    assert not names_a_facility(airport, 3)


# -- cues added for recall on unseen news ----------------------------------------------------


def test_a_noun_for_a_settlement_and_of_cue_the_name_after_them(nlp: Language) -> None:
    doc = nlp("Rescuers reached the island of Leyte and the outskirts of Goma.")
    assert cued_by_of(doc, [t.text for t in doc].index("Leyte"))
    assert cued_by_of(doc, [t.text for t in doc].index("Goma"))
    doc = nlp("The price of Brent rose.")
    assert not cued_by_of(doc, [t.text for t in doc].index("Brent"))


@pytest.mark.parametrize(
    ("text", "name", "cued"),
    [
        ("Violence spread to the rural areas of Malawi.", "Malawi", True),
        ("Shelling hit parts of Kharkiv overnight.", "Kharkiv", True),
        ("A truce held in the West African country of Mali.", "Mali", True),
        ("Leaders of the island nation of Mauritius met.", "Mauritius", True),
        ("Strikes halted cargo at the ports of Durban and Richards Bay.", "Durban", True),
        ("Protests spread to the cities of Lyon and Marseille.", "Lyon", True),
        ("Parts of Johnson's plan were rejected.", "Johnson", False),
        ("She disagreed with areas of Warren's platform.", "Warren", False),
    ],
)
def test_parts_and_states_before_of(nlp: Language, text: str, name: str, cued: bool) -> None:
    doc = nlp(text)
    assert cued_by_of(doc, span_of(doc, name)[0]) is cued


def test_a_sentence_opening_noun_before_of_is_a_cue_too(nlp: Language) -> None:
    doc = nlp("Residents of Ballarat were told to leave.")
    assert cued_by_of(doc, 2)


def test_feature_prefixes_and_standing_buildings(nlp: Language) -> None:
    doc = doc_of(nlp, ["Lake", "Kivu", "Evin", "Prison", "Avenida", "Paulista", "Kivu", "Lake"])
    assert starts_a_feature(doc[0:2])
    assert starts_a_feature(doc[4:6])
    assert names_a_standing_building(doc[2:4])
    assert not starts_a_feature(doc[6:8])


def test_a_church_of_believers_is_no_building(nlp: Language) -> None:
    doc = nlp("Leaders of the Catholic Church met in Rome.")
    church = [t.text for t in doc].index("Catholic")
    assert not names_a_standing_building(doc[church : church + 2])


def test_a_building_word_of_a_name(nlp: Language) -> None:
    doc = doc_of(nlp, ["the", "University", "of", "Perpetual", "Help"])
    assert building_of_name(doc[0:5])
    assert not building_of_name(doc[0:2])


def test_numbered_streets_are_features(nlp: Language) -> None:
    doc = doc_of(nlp, ["14th", "St.", "22nd", "Avenue"])
    assert names_a_feature(doc[0:2])
    assert names_a_feature(doc[2:4])


def test_title_case_headlines(nlp: Language) -> None:
    headline = nlp("Two Killed in Shooting at Memphis Gas Station")
    prose = nlp("Two people were killed in a shooting at a Memphis gas station.")
    capitals = nlp("FLOODS HIT KERALA AS RAINS INTENSIFY")
    assert in_title_case_headline(headline[:])
    assert not in_title_case_headline(prose[:])
    assert not in_title_case_headline(capitals[:])  # datelines and capitals: their own rules


def test_to_and_from_after_a_verb_of_motion(nlp: Language) -> None:
    doc = nlp("Thousands fled from Kharkiv as he wrote a letter to Poltava.")
    words = [t.text for t in doc]
    assert moving_to_or_from(doc, words.index("Kharkiv"))
    assert not moving_to_or_from(doc, words.index("Poltava"))


def test_out_of_after_a_verb_of_motion_is_from(nlp: Language) -> None:
    doc = nlp("The fleet moved its ships out of Sevastopol, a sign of many fears out of Odesa.")
    words = [t.text for t in doc]
    assert moving_to_or_from(doc, words.index("Sevastopol"))
    assert not moving_to_or_from(doc, words.index("Odesa"))


def test_a_noun_for_residents_after_a_name(nlp: Language) -> None:
    doc = nlp("A Leesburg man was charged, Leesburg Police said.")
    assert before_resident_noun(doc, 2)
    assert not before_resident_noun(doc, 6)


def test_a_name_described_as_a_settlement(nlp: Language) -> None:
    doc = nlp("Tenom, a small farming town, and Lee, a tall man, met.")
    assert described_as_settlement(doc, 1)
    assert not described_as_settlement(doc, [t.text for t in doc].index("Lee") + 1)


def test_a_line_in_capitals_needs_every_longer_word_in_capitals(nlp: Language) -> None:
    assert in_capitals_line(next(nlp("PROTESTS SPREAD ACROSS CHILE").sents))
    assert not in_capitals_line(next(nlp("The band CHAD played on Friday.").sents))
    assert not in_capitals_line(next(nlp("NEW YORK").sents))  # a dateline: too few words


def test_a_common_word_after_a_continent_adjective_but_no_people(nlp: Language) -> None:
    doc = nlp("European airports and European leaders")
    assert before_common_word(doc, 1)
    assert not before_common_word(doc, 4)


def test_has_score_needs_short_numbers(nlp: Language) -> None:
    assert has_score(nlp("They won 2-0 at home.")[:])
    assert not has_score(nlp("The 2017-18 season ended early.")[:])


def test_described_as_settlement_needs_the_noun_as_head(nlp: Language) -> None:
    doc = nlp("Gyumri, a city of 120,000, lies near the border.")
    assert described_as_settlement(doc, 1)
    doc = nlp("said Okafor, a city housing officer for the council.")
    assert not described_as_settlement(doc, 2)


def from_people_at(doc: Doc, start: int, end: int) -> bool:
    """`from_people` asks only where the name starts."""
    return from_people(doc, start)


SpanCue = Callable[[Doc, int, int], bool]

# Whether each cue holds for a name (by its words) in a sentence.
SPAN_CUES: dict[SpanCue, list[tuple[str, str, bool]]] = {
    attack_target: [
        ("Russian forces shelled Kupiansk for a third day.", "Kupiansk", True),
        ("Israel fired on Khan Younis and other towns.", "Khan Younis", True),
        ("Israeli jets struck Rafah and Deir al-Balah overnight.", "Deir al-Balah", True),
        ("Officials in Kupiansk said the market reopened.", "Kupiansk", False),
        ("Reporters asked Duterte about the speech.", "Duterte", False),
        ("The cyclone flattened Beira overnight.", "Beira", True),
        ("The storm destroyed much of Tacloban.", "Tacloban", True),
        ("Landslides cut off Shimla from the plains.", "Shimla", True),
        ("The storm cut Jones from the shortlist.", "Jones", False),
        ("The quake destroyed his trust in Smith.", "Smith", False),
        ("The naval blockade of Mombasa entered its third week.", "Mombasa", True),
        ("The siege of Bihac by Serb forces went on.", "Bihac", True),
        ("A biography of Mandela came out in May.", "Mandela", False),
    ],
    from_people_at: [
        ("Doctors from Kenema treated most of the patients.", "Kenema", True),
        ("A nurse from Kumasi was among the dead.", "Kumasi", True),
        ("A letter from Allen arrived on Monday.", "Allen", False),
    ],
    used_as_team: [
        ("Notre Dame won 91-89 on Sunday.", "Notre Dame", True),
        ("Notre Dame coach Muffet McGraw praised her players.", "Notre Dame", True),
        ("Fans watched the Notre Dame-UConn game in a bar.", "Notre Dame", True),
        ("Police in Columbus closed two roads on Sunday.", "Columbus", False),
        ("Texas won the right to build the wall in 2019.", "Texas", False),
    ],
    measured_from: [
        ("The farm lies 12 miles from Centreville.", "Centreville", True),
        ("The camp is 40 km west of Aleppo.", "Aleppo", True),
        ("Trains run from Centreville, 12 miles away.", "Centreville", True),
        ("A letter from Allen arrived on Monday.", "Allen", False),
        ("Centreville, 12, was the youngest.", "Centreville", False),
    ],
    exchanged_with_person: [
        ("The bill passed with support from Warren on Tuesday.", "Warren", True),
        ("Johnson said he had spoken to Carson about the plan.", "Carson", True),
        ("The company moved its headquarters from Austin to Dallas.", "Austin", False),
        ("Flooding closed roads in Warren on Monday.", "Warren", False),
    ],
}


def span_cue_cases() -> list[object]:
    """One case per row, named by the cue and the sentence."""
    return [
        pytest.param(cue, *row, id=f"{cue.__name__}: {row[0]}")
        for cue, rows in SPAN_CUES.items()
        for row in rows
    ]


@pytest.mark.parametrize(("cue", "text", "name", "expected"), span_cue_cases())
def test_cues_on_a_name(nlp: Language, cue: SpanCue, text: str, name: str, expected: bool) -> None:
    doc = nlp(text)
    assert cue(doc, *span_of(doc, name)) is expected


@pytest.mark.parametrize(
    ("word", "brand"),
    [("AirTran", True), ("JetBlue", True), ("McAllen", False), ("DeKalb", False), ("Oslo", False)],
)
def test_brand_case_but_not_name_prefixes(word: str, brand: bool) -> None:
    assert is_brand_case(word) is brand


def test_a_continent_adjective_before_modifiers_of_a_people(nlp: Language) -> None:
    words = ["European", "trade", "officials", "and", "European", "trade", "routes"]
    pos = ["ADJ", "NOUN", "NOUN", "CCONJ", "ADJ", "NOUN", "NOUN"]
    deps = ["amod", "compound", "ROOT", "cc", "amod", "compound", "conj"]
    heads = [2, 2, 2, 2, 6, 6, 2]
    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads)
    assert not before_common_word(doc, 1)  # "trade officials": people
    assert before_common_word(doc, 5)  # "trade routes": a thing


def test_a_local_court_is_a_building_one_appears_at(nlp: Language) -> None:
    doc = doc_of(nlp, ["Tallaght", "District", "Court", "Westminster", "Magistrates", "'", "Court"])
    assert names_a_standing_building(doc[0:3])
    assert names_a_standing_building(doc[3:7])  # the possessive apostrophe is part of the name


def test_a_court_of_the_state_names_no_place(nlp: Language) -> None:
    doc = doc_of(nlp, ["Supreme", "Court", "High", "Court", "District", "Court"])
    assert not names_a_standing_building(doc[0:2])
    assert not names_a_standing_building(doc[2:4])
    assert not names_a_standing_building(doc[4:6])  # no place's name before "District"
