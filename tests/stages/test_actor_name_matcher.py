"""Tests for dictionary names found in a text and coded for the date (``actor_name_matcher``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.actor_name_matcher import NameMatcher, phrase_keys

from .actor_helpers import MID_2025, OLD_WIRE, ActorCoder, coded, find, shared_recognizer


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_office_depends_on_the_coding_date(code: ActorCoder) -> None:
    text = "Donald Trump spoke to supporters in Ohio."
    assert coded(find(code(text, MID_2025), "Donald Trump")) == ("USA", "GOV")
    assert coded(find(code(text, dt.date(2022, 6, 1)), "Donald Trump")) == ("USA", None)


def test_prime_minister_putin_is_government(code: ActorCoder) -> None:
    actors = code("Vladimir Putin visited Beijing.", dt.date(2010, 3, 1))
    assert coded(find(actors, "Vladimir Putin")) == ("RUS", "GOV")


def test_countries_by_name_acronym_and_metonym(code: ActorCoder) -> None:
    text = (
        "North Korea and the DPRK are one state. The Kremlin and the White House traded "
        "warnings, and Washington said Beijing must act."
    )
    actors = code(text)
    assert coded(find(actors, "North Korea")) == ("PRK", None)
    assert coded(find(actors, "DPRK")) == ("PRK", None)
    assert coded(find(actors, "Kremlin")) == ("RUS", "GOV")
    assert find(actors, "White House").code == "USA"
    assert coded(find(actors, "Washington")) == ("USA", "GOV")
    assert coded(find(actors, "Beijing")) == ("CHN", "GOV")


def test_country_names_keep_todays_code(code: ActorCoder) -> None:
    actors = code("Serbia held talks with Montenegro.", dt.date(2000, 5, 1))
    assert [a.code for a in actors] == ["SRB", "MNE"]


def test_organisations_and_media(code: ActorCoder) -> None:
    text = (
        "The UN and NATO criticised the strike, the IAEA sent inspectors, and the "
        "Red Cross and Amnesty International asked for access, Reuters and KCNA reported."
    )
    actors = code(text)
    assert (find(actors, "UN").name, find(actors, "UN").code) == ("United Nations", "IGOUNO")
    assert find(actors, "NATO").code == "IGOWSTNAT"
    assert find(actors, "IAEA").code.startswith("IGO")  # type: ignore[union-attr]
    assert find(actors, "Red Cross").code.startswith("NGO")  # type: ignore[union-attr]
    assert find(actors, "Amnesty International").code.startswith("NGO")  # type: ignore[union-attr]
    assert coded(find(actors, "Reuters")) == ("GBR", "MED")
    assert coded(find(actors, "KCNA")) == ("PRK", "MED")


def test_a_name_listed_in_two_cases_is_found_in_either(code: ActorCoder) -> None:
    on = dt.date(1987, 3, 26)
    assert coded(find(code("Tass said the talks went well.", on), "Tass")) == ("SUN", "MED")
    assert coded(find(code("TASS said the talks went well.", on), "TASS")) == ("SUN", "MED")
    # A short name stays case-bound: neither listed form is the lower-case word.
    assert not [a for a in code("The tass said nothing.", on) if a.text.lower() == "tass"]


def test_rebel_groups(code: ActorCoder) -> None:
    text = "Hezbollah fired rockets and the Taliban seized a town."
    actors = code(text, dt.date(2010, 6, 1))
    assert coded(find(actors, "Hezbollah")) == ("LBN", "REB")
    assert coded(find(actors, "Taliban")) == ("AFG", "REB")


def test_taliban_govern_after_august_2021(code: ActorCoder) -> None:
    text = "The Taliban banned girls from secondary schools."
    assert coded(find(code(text), "Taliban")) == ("AFG", "GOV")
    before = code(text, dt.date(2021, 8, 1))
    assert coded(find(before, "Taliban")) == ("AFG", "REB")


def test_lower_case_words_are_not_names(code: ActorCoder) -> None:
    actors = code("Let us ask who will win, the officials said.")
    assert [(a.text, a.code) for a in actors] == [("officials", None)]  # a speaker, no name


def test_longer_name_after_the_beats_a_shorter_one(code: ActorCoder) -> None:
    actors = code("Dozens were hurt, the UN refugee agency reported.")
    agency = find(actors, "UN refugee agency")
    assert (agency.name, agency.code) == ("UNHCR", "IGOUNOREFHCR")


def test_shared_demonym_goes_to_the_more_reported_state(code: ActorCoder) -> None:
    actors = code("Congolese soldiers crossed the river.")
    assert coded(find(actors, "Congolese soldiers")) == ("COD", "MIL")


def test_places_named_after_countries_are_not_actors(code: ActorCoder) -> None:
    text = (
        "The ship sailed across the Indian Ocean to North America, then docked in the "
        "Turkish capital."
    )
    actors = code(text)
    assert all(a.code not in ("IND", "USA") for a in actors), actors
    assert all("capital" not in a.text for a in actors), actors


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Kosovo Albanians marched in Pristina.", "Kosovo Albanians", "XKX"),
        ("Kosovo Serbs blocked the road.", "Kosovo Serbs", "XKX"),
        ("Krajina Serbs shelled Karlovac.", "Krajina Serbs", "HRV"),
        ("Krajina rejected the plan.", "Krajina", "HRV"),
        ("Herceg-Bosna rejected the plan.", "Herceg-Bosna", "BIH"),
        ("Macedonian Albanians rallied in Skopje.", "Macedonian Albanians", "MKD"),
        ("Greek Cypriot police arrested two men.", "Greek Cypriot police", "CYP"),
        ("Turkish Cypriots rallied in Nicosia.", "Turkish Cypriots", "CYP"),
    ],
)
def test_peoples_and_breakaway_states_of_former_yugoslavia(
    code: ActorCoder, text: str, surface: str, expected: str
) -> None:
    # Named with two words, or by a self-declared state, they are of the state whose land it is.
    assert find(code(text, dt.date(1995, 6, 1)), surface).code == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("UNPROFOR said its convoy was stopped.", "UNPROFOR", ("IGOUNO", "MIL")),
        ("UNAMSIL troops left Kailahun.", "UNAMSIL troops", ("IGOUNO", "MIL")),
        ("UNIKOM monitors patrolled the border.", "UNIKOM", ("IGOUNO", "MIL")),
        ("UNSCOM said Iraq had hidden missiles.", "UNSCOM", ("IGOUNO", None)),
        ("UNMOVIC asked Iraq for documents.", "UNMOVIC", ("IGOUNO", None)),
    ],
)
def test_un_missions_and_inspection_commissions(
    code: ActorCoder, text: str, surface: str, expected: tuple[str, str | None]
) -> None:
    # Every U.N. peacekeeping operation is the U.N.'s armed force; its weapons inspectors the U.N.
    assert coded(find(code(text, OLD_WIRE), surface)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("JNIM fighters attacked a convoy near Gao.", "JNIM fighters", ("MLI", "REB")),
        ("M23 rebels seized the town.", "M23 rebels", ("COD", "REB")),
        ("The Liberation Tigers denied the report.", "Liberation Tigers", ("LKA", "REB")),
        ("Hezbollah fired rockets.", "Hezbollah", ("LBN", "REB")),
        ("The Kosovo Liberation Army ambushed a patrol.", "Kosovo Liberation Army", ("XKX", "REB")),
    ],
)
def test_rebel_and_militant_groups(
    code: ActorCoder,
    text: str,
    surface: str,
    expected: tuple[str, str],
) -> None:
    assert coded(find(code(text), surface)) == expected


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        ("Abdourahamane Tchiani", dt.date(2024, 6, 1), ("NER", "GOV")),
        ("Abdourahamane Tchiani", dt.date(2020, 6, 1), ("NER", None)),
        ("Mark Rutte", dt.date(2020, 6, 1), ("NLD", "GOV")),
        ("Mark Rutte", dt.date(2025, 6, 1), ("IGOWSTNAT", None)),
        ("Sanae Takaichi", dt.date(2025, 12, 1), ("JPN", "GOV")),
        ("Yoav Gallant", dt.date(2025, 6, 1), ("ISR", None)),
    ],
)
def test_office_table_follows_the_date(
    code: ActorCoder,
    name: str,
    on: dt.date,
    expected: tuple[str, str | None],
) -> None:
    actors = code(f"{name} arrived in Geneva on Monday.", on)
    assert coded(find(actors, name)) == expected


def test_hyphenated_given_names_match_the_dictionary(code: ActorCoder) -> None:
    actors = code("Jean-Bertrand Aristide returned to Haiti.", OLD_WIRE)
    assert find(actors, "Jean-Bertrand Aristide").code == "HTI"


def test_congo_is_the_state_that_bore_the_name_on_the_date(code: ActorCoder) -> None:
    text = "Congo accused Rwanda of backing the rebels."
    assert find(code(text, dt.date(1995, 6, 1)), "Congo").code == "COG"
    assert find(code(text, dt.date(2005, 6, 1)), "Congo").code == "COD"
    text = "Congo said rebels had attacked Brazzaville."  # the capital in view decides
    assert find(code(text, dt.date(2005, 6, 1)), "Congo").code == "COG"


def test_a_region_of_two_states_is_the_one_in_view(code: ActorCoder) -> None:
    text = "The governor of Punjab resigned after the riots in Lahore."
    assert coded(find(code(text), "governor of Punjab")) == ("PAK", "GOV")
    text = "The governor of Punjab resigned after the riots in Amritsar."
    assert coded(find(code(text), "governor of Punjab")) == ("IND", "GOV")
    text = "The governor of Punjab resigned."
    assert all(a.code is None for a in code(text))


def test_phrase_keys_grow_token_by_token(nlp: Language) -> None:
    doc = nlp("the United Nations said")
    assert phrase_keys(doc, 0, 3) == [(1, "the"), (2, "the united"), (3, "the united nations")]
    assert phrase_keys(doc, 3, 5) == [(4, "said")]  # stops at the end of the Doc


def test_longest_name_and_modifiers(nlp: Language) -> None:
    names = NameMatcher(shared_recognizer().dictionary)
    doc = nlp("Dozens were hurt, the UN refugee agency reported.")
    found = names.longest(doc, 5)
    assert found is not None and (found[0], found[1].name) == (8, "UNHCR")
    assert [(m.start, m.end, m.code) for m in names.mentions(doc, None)] == [(5, 8, "IGOUNOREFHCR")]
    tamil = shared_recognizer().dictionary.lookup("tamil")
    russia = shared_recognizer().dictionary.lookup("russia")
    assert tamil is not None and names.is_modifier(tamil)
    assert russia is not None and not names.is_modifier(russia)


def test_a_name_given_once_for_two_states(code: ActorCoder) -> None:
    actors = code("South and North Korea signed a pact.", OLD_WIRE)
    assert find(actors, "South").code == "KOR"
    assert find(actors, "North Korea").code == "PRK"
    actors = code("North and South Korea met.", OLD_WIRE)
    assert find(actors, "North").code == "PRK"
    assert [a.text for a in code("Bosnia and Herzegovina voted.", OLD_WIRE)] == [
        "Bosnia and Herzegovina"
    ]


def test_a_state_name_inside_a_person_name_is_no_state(code: ActorCoder) -> None:
    actors = code("Basketball star Michael Jordan visited a hospital in Chicago.", OLD_WIRE)
    assert all(a.code != "JOR" for a in actors)
    assert find(code("Jordan closed its border.", OLD_WIRE), "Jordan").code == "JOR"


def test_former_states_and_their_peoples(code: ActorCoder) -> None:
    on = dt.date(1989, 11, 20)
    by_text = code.by_text(
        "Czechoslovaks marched. East Germans fled west. West German officials met them. "
        "The Vatican appealed for calm.",
        on,
    )
    assert by_text["Czechoslovaks"].code == "CSK"
    assert by_text["East Germans"].code == "DDR"
    assert coded(by_text["West German officials"]) == ("DEU", "GOV")
    assert by_text["Vatican"].code == "VAT"
    # A former state's name keeps its code after the state is gone.
    assert find(
        code("Czechoslovakia split in two.", dt.date(2000, 1, 1)), "Czechoslovakia"
    ).code == ("CSK")


def test_a_dictionary_name_runs_on_over_the_rest_of_the_written_name(code: ActorCoder) -> None:
    text = "Tunisian President Zine el-Abidine Ben Ali blamed gangs. Ben Ali promised jobs."
    actors = code(text, dt.date(2011, 1, 10))
    assert find(actors, "Tunisian President Zine el-Abidine Ben Ali").name.endswith("Ben Ali")
    assert [coded(a) for a in actors if a.text == "Ben Ali"] == [("TUN", "GOV")]


def test_an_organisations_british_name_is_not_a_country(code: ActorCoder) -> None:
    actors = code("The Organisation of American States refused to recognise the vote.")
    assert coded(find(actors, "Organisation of American States")) == ("IGOAMROAS", None)
    assert "American" not in [a.text for a in actors]


def test_phrase_keys_count_hyphened_words_as_one(nlp: Language) -> None:
    doc = nlp("Organisation for Security and Co-operation in Europe sent observers")
    keys = [key for _, key in phrase_keys(doc, 0, 7)]
    assert keys[-1] == "organisation for security and co-operation in europe"
    assert len([key for _, key in phrase_keys(doc, 0, 2)]) == 2


def test_body_named_in_one_word_before_a_participle(code: ActorCoder) -> None:
    actors = code("A U.N.-chartered ship docked at the port.", OLD_WIRE)
    assert coded(find(actors, "U.N.-chartered")) == ("IGOUNO", None)


def test_hyphened_word_of_no_body_is_no_actor(code: ActorCoder) -> None:
    assert code("A Dr.-led team examined the samples.", OLD_WIRE) == []


def test_a_place_ending_a_persons_name_is_a_surname(code: ActorCoder) -> None:
    text = "Warlord Mohamed Abdi Farah said his militia had taken the airport in Mogadishu."
    actors = code(text, OLD_WIRE)
    assert all(a.code != "AFG" for a in actors)


def test_name_spans_are_the_dictionarys_names_uncoded(nlp: Language) -> None:
    doc = nlp("United States Warns Cuba Over Migrants")
    spans = shared_recognizer().name_spans(doc, 0, len(doc))
    assert (0, 2) in spans  # "United States", whose "States" is no verb
    assert (3, 4) in spans


def test_a_firm_named_like_a_verb_stays_a_name_as_a_subject(code: ActorCoder) -> None:
    # Only a one-word name the parse reads as a verb after its subject is left to the verb
    # ("Malian Rebels Shell Army Post", test_title_headlines.py); as the subject it is the firm.
    actors = code("Shell shut two pipelines in the delta after attacks.")
    assert coded(find(actors, "Shell")) == ("GBR", "BUS")


def test_a_full_name_two_leaders_share_is_the_one_in_office(code: ActorCoder) -> None:
    text = "George Bush spoke with the Mexican president by phone."
    father = find(code(text, dt.date(1990, 4, 2)), "George Bush")
    son = find(code(text, dt.date(2003, 4, 2)), "George Bush")
    assert (father.name, coded(father)) == ("George H. W. Bush", ("USA", "GOV"))
    assert (son.name, coded(son)) == ("George W. Bush", ("USA", "GOV"))


def test_a_shared_name_with_neither_in_office_is_the_last_to_leave(code: ActorCoder) -> None:
    actor = find(code("George Bush opened a library in Texas.", dt.date(1997, 4, 2)), "George Bush")
    assert (actor.name, coded(actor)) == ("George H. W. Bush", ("USA", "ELI"))


def test_a_name_only_one_of_them_goes_by_is_never_the_other(code: ActorCoder) -> None:
    actor = find(code("George W. Bush toured a factory.", dt.date(1990, 4, 2)), "George W. Bush")
    assert (actor.name, coded(actor)) == ("George W. Bush", ("USA", None))


def test_two_namesakes_in_office_are_told_apart_by_the_state_named(code: ActorCoder) -> None:
    on = dt.date(2010, 5, 4)
    saudi = find(code("King Abdullah opened a university near Jeddah.", on), "King Abdullah")
    assert coded(saudi) == ("SAU", "GOV")
    plain = find(code("King Abdullah opened a new university.", on), "King Abdullah")
    assert coded(plain) == ("JOR", "GOV")


def test_a_bodys_name_ending_a_longer_proper_name_is_not_that_body(code: ActorCoder) -> None:
    text = "The court lifted the ban on the Islamic Renaissance Party in Dushanbe."
    actors = code(text, dt.date(1999, 8, 11))
    assert all(a.code != "FRA" for a in actors)
    # The body's own name, alone, is still that body.
    actors = code("Macron's Renaissance party lost seats.", MID_2025)
    assert find(actors, "Renaissance party").code == "FRA"


def test_serbia_and_montenegro_is_the_federation_then_the_state_union(code: ActorCoder) -> None:
    text = "The Security Council imposed sanctions on Serbia and Montenegro."
    assert find(code(text, dt.date(1992, 5, 30)), "Serbia and Montenegro").code == "SRB"
    assert find(code(text, dt.date(2004, 5, 30)), "Serbia and Montenegro").code == "SCG"
