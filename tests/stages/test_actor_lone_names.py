"""Tests for people named by one word in a text, resolved by the date (``actor_lone_names``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from .actor_helpers import ActorCoder

D = dt.date


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def codes(code: ActorCoder, text: str, on: D) -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.code, a.sector) for a in code(text, on)}


def test_wire_style_surnames_are_coded_for_the_date(code: ActorCoder) -> None:
    text = "Mobutu accused Belgium of plotting against him."
    assert codes(code, text, D(1991, 5, 2))["Mobutu"] == ("COD", "GOV")
    text = "Prime Minister Thatcher rejected the plan."
    assert codes(code, text, D(1989, 11, 20))["Prime Minister Thatcher"] == ("GBR", "GOV")


def test_the_date_picks_among_holders_of_a_dictionary_name(code: ActorCoder) -> None:
    text = "Assad received the Iranian foreign minister in Damascus."
    assert codes(code, text, D(1986, 5, 1))["Assad"] == ("SYR", "GOV")


def test_no_date_guess_for_common_words_namesakes_or_longer_names(code: ActorCoder) -> None:
    assert "Bush" not in codes(code, "Bush fires destroyed homes.", D(2005, 6, 1))
    text = "Police arrested Maria Castro in Madrid. Castro denied the charges."
    found = codes(code, text, D(1991, 5, 1))
    assert all(code != "CUB" for code, _ in found.values())
    text = "Juan Ortega, a farmer, was killed."
    assert "Juan Ortega" not in codes(code, text, D(1986, 1, 1))


def test_a_given_name_after_a_title_needs_the_leaders_state_in_view(code: ActorCoder) -> None:
    on = dt.date(2001, 1, 1)
    # "Hassan" names a Somali leader of the date; with only Egypt in view it is not him.
    found = codes(code, "Egyptian police guarded Interior Minister Hassan Abdel.", on)
    assert all(c != ("SOM", "GOV") for c in found.values())
    # "Hassan al-Alfi": a particle and a hyphen go on with the name, so "Hassan" is not alone.
    found = codes(code, "Militants tried to kill Interior Minister Hassan al-Alfi.", on)
    assert all(c[0] != "SOM" for c in found.values())


def test_a_surname_the_tagger_takes_for_a_plural_noun(code: ActorCoder) -> None:
    found = codes(code, "Rawlings accused the opposition of sabotage.", dt.date(1995, 12, 1))
    assert found["Rawlings"] == ("GHA", "GOV")


def test_office_holders_named_put_their_state_in_view(code: ActorCoder) -> None:
    # "Vance" is a minister-rank office holder: named alone only with his state in view, and
    # the president named beside him puts it there.
    on = D(2025, 3, 1)
    assert codes(code, "Trump and Vance met the Ukrainian delegation.", on)["Vance"] == (
        "USA",
        "GOV",
    )
    assert "Vance" not in codes(code, "Vance spoke at a dinner.", on)


def test_the_subject_of_a_verb_of_speech_shows_a_person(code: ActorCoder) -> None:
    # The tagger leaves "Choe" untagged; as the subject of "told" it is a person's name.
    on = D(2025, 7, 13)
    found = codes(code, "Choe told Russian officials that Pyongyang backed Moscow.", on)
    assert found["Choe"] == ("PRK", "GOV")
    assert "Choe" not in codes(code, "Choe backed the plan for Pyongyang.", on)


def test_a_leaders_surname_after_another_given_name_is_someone_else(code: ActorCoder) -> None:
    coded = codes(code, "Local grocer Rita Lula said the storm wrecked her shop.", D(2024, 2, 3))
    assert "Lula" not in coded
    coded = codes(code, "President Lula met the Chilean president.", D(2024, 2, 3))
    assert coded["President Lula"] == ("BRA", "GOV")


def test_a_surname_before_a_noun_of_followers_is_the_leader(code: ActorCoder) -> None:
    text = "Thousands of Aidid supporters marched through Mogadishu."
    assert codes(code, text, D(1993, 6, 19))["Aidid"][0] == "SOM"
    # A surname before a thing stays no one's.
    assert "Bush" not in codes(code, "Bush fires raged near the town.", D(2002, 1, 5))


def test_a_trade_noun_used_as_a_surname_names_the_leader(code: ActorCoder) -> None:
    on = D(1989, 9, 22)
    assert codes(code, "Baker met Shevardnadze in Wyoming.", on)["Baker"] == ("USA", "GOV")
    text = "Cook and Vedrine opened the talks at Rambouillet."
    assert codes(code, text, D(1999, 2, 6))["Cook"] == ("GBR", "GOV")
    # The trade itself, with an article, or a trade before another person's name, is not.
    assert codes(code, "The baker said flour costs had risen.", on).get("baker", (None,))[0] is None
    found = codes(code, "Baker Nguyen Van Hai said flour costs had risen.", D(2023, 6, 10))
    assert all(key != "USA" for key, _ in found.values())


def test_a_surname_the_tagger_reads_as_a_common_noun_is_still_named(code: ActorCoder) -> None:
    # "Sharaa" is tagged a singular noun of a place; mid-sentence only a name is capitalised.
    found = codes(code, "Barak and Sharaa met Clinton at the White House.", D(1999, 12, 15))
    assert found["Sharaa"] == ("SYR", "GOV")


def test_a_leader_of_a_state_in_view_outranks_a_foreign_rebel_of_the_name(code: ActorCoder) -> None:
    # In 2000 the Zapatistas' spokesman leads a rebellion and Ferdinand Marcos holds no office.
    on = D(2000, 1, 1)
    text = "Marcos claimed victory in the snap election in the Philippines."
    assert codes(code, text, on)["Marcos"] == ("PHL", "ELI")
    text = "Marcos said the Mexican army had surrounded the Zapatistas."
    assert codes(code, text, on)["Marcos"] == ("MEX", "REB")
    # A rebel with no namesake of a state in view keeps the name.
    assert codes(code, "Savimbi met Clinton in Washington.", D(1998, 12, 1))["Savimbi"] == (
        "AGO",
        "REB",
    )


def test_an_untagged_subject_names_a_recent_leader_out_of_office(code: ActorCoder) -> None:
    # Klaus Kinkel left office in 1998; the tagger leaves "Kinkel" untagged.
    found = codes(code, "Kinkel urged Belgrade to stop the fighting in Croatia.", D(2000, 1, 1))
    assert found["Kinkel"] == ("DEU", "ELI")
    # A minister among many still needs a person's evidence ("Choe backed the plan": none).
    assert "Choe" not in codes(code, "Choe backed the plan for Pyongyang.", D(2025, 7, 13))


def test_a_surname_the_tagger_makes_a_persons_common_noun_opens_a_sentence(
    code: ActorCoder,
) -> None:
    text = "Rabin ordered troops to use force against stone-throwers in the West Bank."
    assert codes(code, text, D(1988, 2, 25))["Rabin"] == ("ISR", "GOV")
