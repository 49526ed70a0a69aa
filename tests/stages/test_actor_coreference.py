"""Tests for later mentions of a person (``actor_coreference``): on hand-built mentions, and
through the actor stage on sentences written for each rule."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_coreference import (
    consistent_people,
    name_words,
    named_later,
    pronouns,
    surname_keys,
    surnames,
    with_gender,
)
from dyads.stages.actor_patterns import Mention

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def person(start: int, end: int, name: str, code: str | None, sector: str | None) -> Mention:
    return Mention(start, end, name, "person", code, sector)


def test_a_lone_name_takes_the_one_full_name_after_it(nlp: Language) -> None:
    doc = nlp("Kim met envoys . Later , North Korean leader Kim Jong Un and Kim Yo Jong spoke .")
    kim = person(0, 1, "Kim", "PRK", None)
    full = person(10, 13, "Kim Jong Un", "PRK", "GOV")
    assert named_later(doc, [kim, full])[0].sector == "GOV"
    other_state = person(0, 1, "Kim", "KOR", None)
    assert named_later(doc, [other_state, full])[0].sector is None  # the states disagree
    two = [kim, full, person(14, 17, "Kim Yo Jong", "PRK", "GOV")]
    assert named_later(doc, two)[0].name == "Kim"  # two full names: no choice


def test_a_full_name_later_overrides_a_surname_resolved_by_date(nlp: Language) -> None:
    doc = nlp("Castro spoke . Later , Raul Castro said more .")
    guess = Mention(0, 1, "Fidel Castro", "person", "CUB", "ELI", by_surname=True)
    full = person(6, 8, "Raul Castro", "CUB", "GOV")
    first = named_later(doc, [guess, full])[0]
    assert (first.name, first.sector, first.by_surname) == ("Raul Castro", "GOV", False)


def test_a_bare_later_mention_keeps_the_first_coding(nlp: Language) -> None:
    doc = nlp("Former Prime Minister Ana Ruiz spoke. Ana Ruiz said more.")
    first = person(0, 5, "Ana Ruiz", "CHL", "ELI")
    later = person(7, 9, "Ana Ruiz", "CHL", "GOV")
    assert consistent_people(doc, [first, later])[1].sector == "ELI"


def test_surnames_resolve_to_the_full_name_before(nlp: Language) -> None:
    doc = nlp("Ana Ruiz arrived. Ruiz said the talks went well.")
    found = surnames(doc, [person(0, 2, "Ana Ruiz", "CHL", "GOV")], lambda word: False)
    assert [(m.start, m.name, m.code) for m in found] == [(4, "Ana Ruiz", "CHL")]


def test_gender_from_an_honorific_or_a_given_name(nlp: Language) -> None:
    doc = nlp("Mrs Ruiz met Carlos Ruiz.")
    assert with_gender(doc, person(1, 2, "Ruiz", None, None), {}).gender == "f"
    carlos = with_gender(doc, person(3, 5, "Carlos Ruiz", None, None), {"carlos": "m"})
    assert carlos.gender == "m"


def test_pronouns_take_the_person_before_them(nlp: Language) -> None:
    doc = nlp("Ana Ruiz arrived on Monday. She met the press.")
    found = pronouns(doc, [person(0, 2, "Ana Ruiz", "CHL", "GOV")])
    assert [(doc[m.start].text, m.code) for m in found] == [("She", "CHL")]


# ---- through the actor stage ------------------------------------------------------------


def test_later_surname_resolves_to_full_name(code: ActorCoder) -> None:
    text = (
        "Chilean Foreign Minister Marta Quintanilla met her counterpart. "
        "Quintanilla said the talks went well."
    )
    actors = code(text)
    later = [a for a in actors if a.text == "Quintanilla"]
    assert later and (later[0].name, *coded(later[0])) == ("Marta Quintanilla", "CHL", "GOV")


def test_a_surname_with_an_apostrophe_resolves_to_the_full_name(code: ActorCoder) -> None:
    text = (
        "Senegalese Foreign Minister Awa N'Doye met her counterpart. "
        "N'Doye said the talks went well."
    )
    later = [a for a in code(text) if a.text == "N'Doye"]
    assert later and (later[0].name, *coded(later[0])) == ("Awa N'Doye", "SEN", "GOV")


def test_titles_are_not_surnames(code: ActorCoder) -> None:
    text = "King Charles III met the prime minister. King Abdullah arrived later."
    actors = code(text)
    assert all(a.name != "King Charles III" for a in actors if a.text.startswith("King Abdullah"))
    assert all(a.text != "King" for a in actors)


def test_pronouns_follow_the_topic_person(code: ActorCoder) -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba met Emmanuel Macron in Paris on Monday. "
        "He said the meeting was useful."
    )
    actors = code(text, dt.date(2025, 3, 1))
    pronoun = find(actors, "He")
    assert (pronoun.name, *coded(pronoun)) == ("Shigeru Ishiba", "JPN", "GOV")


def test_object_pronoun_is_not_the_subject(code: ActorCoder) -> None:
    text = "Xi Jinping called Narendra Modi and congratulated him on the election."
    pronoun = find(code(text), "him")
    assert pronoun.name == "Narendra Modi"


def test_object_pronoun_in_a_relative_clause(code: ActorCoder) -> None:
    text = "Narendra Modi met Pakistani officials, who told him the border was calm."
    assert find(code(text), "him").name == "Narendra Modi"


def test_unresolved_pronoun_is_not_emitted(code: ActorCoder) -> None:
    actors = code("She said the border would stay closed.")
    assert all(a.text != "She" for a in actors)


def test_she_skips_a_man_known_from_the_table(code: ActorCoder) -> None:
    text = "Olaf Scholz met Kristalina Georgieva on Monday. She said growth was weak."
    pronoun = find(code(text, dt.date(2023, 5, 1)), "She")
    assert pronoun.name == "Kristalina Georgieva"


def test_he_skips_a_woman_known_by_her_given_name(code: ActorCoder) -> None:
    text = (
        "Chilean Defence Minister Ana Torres met Peruvian Foreign Minister Pedro Quispe. "
        "He said the border talks went well."
    )
    pronoun = find(code(text), "He")
    assert (pronoun.name, pronoun.code) == ("Pedro Quispe", "PER")


def test_honorific_gives_the_gender(code: ActorCoder) -> None:
    text = (
        "Peruvian President Mr Rojas Vela met Bolivian Foreign Minister Mrs Quispe Mamani. "
        "She thanked him for the visit."
    )
    actors = code(text)
    assert find(actors, "She").code == "BOL"
    assert find(actors, "him").code == "PER"


def test_later_bare_name_keeps_the_first_coding(code: ActorCoder) -> None:
    text = "Former Prime Minister Boris Johnson criticised the plan. Johnson said it would fail."
    actors = code(text, dt.date(2023, 3, 1))
    assert coded(find(actors, "Former Prime Minister Boris Johnson")) == ("GBR", "ELI")
    assert coded(find(actors, "Johnson")) == ("GBR", "ELI")


def test_lone_word_of_an_earlier_name_is_that_person(code: ActorCoder) -> None:
    text = "Jordan's King Abdullah II met Egyptian officials. Abdullah said he was pleased."
    actors = code(text, dt.date(2019, 1, 1))
    lone = find(actors, "Abdullah")
    assert (lone.name, *coded(lone)) == ("Abdullah II", "JOR", "GOV")


def test_a_headline_name_is_the_person_named_in_full_later(code: ActorCoder) -> None:
    text = "DPRK's Kim inspects missile launch. Leader Kim Jong Un watched the test."
    actors = code(text)
    assert coded(find(actors, "DPRK's Kim")) == ("PRK", "GOV")


def test_surname_keys_cover_particles_hyphens_and_double_surnames() -> None:
    def never_title(word: str) -> bool:
        return False

    assert "de mistura" in surname_keys("Staffan de Mistura", never_title)
    assert "van der bellen" in surname_keys("Alexander van der Bellen", never_title)
    assert "kosiniak kamysz" in surname_keys("Wladyslaw Kosiniak-Kamysz", never_title)
    assert "bashir" in surname_keys("Omar al-Bashir", never_title)
    assert "lopez obrador" in surname_keys("Andres Manuel Lopez Obrador", never_title)
    assert "manuel lopez" not in surname_keys("Andres Manuel Lopez Obrador", never_title)


def test_a_generations_mark_is_no_surname(code: ActorCoder) -> None:
    def never_title(word: str) -> bool:
        return False

    assert "marcos" in surname_keys("Ferdinand Marcos Jr", never_title)
    assert "jr" not in surname_keys("Ferdinand Marcos Jr", never_title)
    assert "charles" in surname_keys("King Charles III", never_title)
    text = (
        "Philippine President Ferdinand Marcos Jr. spoke on Monday. "
        "Marcos is expected to meet Kishida in Tokyo next month."
    )
    marcos = find(code(text, dt.date(2024, 6, 17)), "Marcos")
    assert (marcos.name, *coded(marcos)) == ("Ferdinand Marcos Jr", "PHL", "GOV")


def test_a_surname_of_several_words_is_the_person_named_before(code: ActorCoder) -> None:
    on = dt.date(2024, 5, 20)
    text = (
        "Polish Defence Minister Wladyslaw Kosiniak-Kamysz visited the border. "
        "Kosiniak-Kamysz said the fence would be reinforced."
    )
    later = [a for a in code(text, on) if a.text == "Kosiniak-Kamysz"]
    assert [coded(a) for a in later] == [("POL", "GOV")]
    text = "UN envoy Staffan de Mistura opened the talks. De Mistura said both sides had come."
    assert coded(find(code(text, dt.date(2016, 2, 1)), "De Mistura")) == ("IGOUNO", None)


def test_a_surname_before_its_full_name_is_not_resolved(code: ActorCoder) -> None:
    text = "De Mistura arrived on Monday. UN envoy Staffan de Mistura opened the talks."
    assert "De Mistura" not in [a.text for a in code(text, dt.date(2016, 2, 1))]


def test_an_earlier_full_name_beats_the_dictionarys_namesake(code: ActorCoder) -> None:
    text = (
        "Tanzanian President Samia Suluhu Hassan swore in a new cabinet. "
        "Hassan told the ministers to fight corruption."
    )
    hassan = [a for a in code(text, dt.date(2021, 4, 6)) if a.text == "Hassan"]
    assert [coded(a) for a in hassan] == [("TZA", "GOV")]


def test_the_name_as_written_gives_surnames_too(code: ActorCoder) -> None:
    text = (
        "Ethiopian Prime Minister Abiy Ahmed Ali met Eritrean officials. "
        "Ali said the border would reopen."
    )
    ali = [a for a in code(text, dt.date(2019, 3, 12)) if a.text == "Ali"]
    assert [coded(a) for a in ali] == [("ETH", "GOV")]


def test_a_pronoun_with_no_person_before_takes_an_office_named_by_title(code: ActorCoder) -> None:
    text = "Cuba's foreign minister arrived in Caracas on Thursday. He signed an oil deal."
    pronoun = find(code(text, dt.date(2000, 1, 1)), "He")
    assert coded(pronoun) == ("CUB", "GOV")


def test_a_person_named_before_still_wins_over_an_office_named_by_title(
    code: ActorCoder,
) -> None:
    text = (
        "Japan's foreign minister met Emmanuel Macron in Paris on Monday. "
        "He said the meeting was useful."
    )
    pronoun = find(code(text, dt.date(2025, 3, 1)), "He")
    assert pronoun.name == "Emmanuel Macron"


def test_a_body_named_by_title_takes_no_pronoun(code: ActorCoder) -> None:
    actors = code("Cuba's foreign ministry issued a statement. He said talks would go on.")
    assert all(a.text != "He" for a in actors)


def test_name_words_drop_the_arabic_article() -> None:
    assert name_words("Hafez al-Assad") == {"Hafez", "al-Assad", "Assad"}
    assert name_words("Benita Ferrero-Waldner") == {"Benita", "Ferrero-Waldner"}


def test_a_surname_after_a_full_name_is_that_person_before_a_namesake(nlp: Language) -> None:
    code = ActorCoder(nlp)
    text = "Syrian President Hafez al-Assad met Lebanese leaders. Assad said the talks were useful."
    assert coded(code.by_text(text, OLD_WIRE)["Assad"]) == ("SYR", "GOV")
    text = "OSCE chairman Benita Ferrero-Waldner visited Belgrade. Ferrero-Waldner urged calm."
    assert coded(code.by_text(text, OLD_WIRE)["Ferrero-Waldner"]) == ("IGOEUROSC", None)


def test_a_pronoun_takes_an_office_holder_named_after_the_last_person(code: ActorCoder) -> None:
    text = (
        "Interior Minister Rosa Medina called the man a fugitive. Colombia's foreign minister "
        "said the man was safe. He added that talks would follow."
    )
    he = [coded(a) for a in code(text, OLD_WIRE) if a.text == "He"]
    assert he == [("COL", "GOV")]
