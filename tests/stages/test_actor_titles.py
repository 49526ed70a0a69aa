"""Tests for titles joined to the person they name, and people coded from them
(``actor_titles``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.records import Actor
from dyads.stages.actor_titles import title_before

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_titled_office_holder_is_one_mention(code: ActorCoder) -> None:
    actors = code("Russian Foreign Minister Sergey Lavrov arrived on Monday.")
    lavrov = find(actors, "Russian Foreign Minister Sergey Lavrov")
    assert (lavrov.name, *coded(lavrov)) == ("Sergey Lavrov", "RUS", "GOV")
    assert len([a for a in actors if a.code == "RUS"]) == 1  # "Russian" joined the name


def test_title_adds_a_role_but_not_an_office(code: ActorCoder) -> None:
    on = dt.date(2022, 6, 1)
    text = "Republican presidential candidate Donald Trump spoke in Ohio."
    mention = "Republican presidential candidate Donald Trump"
    assert coded(find(code(text, on), mention)) == ("USA", "PTY")
    text = "President Donald Trump spoke in Ohio."
    mention = "President Donald Trump"
    assert coded(find(code(text, on), mention)) == ("USA", None)


def test_title_in_text_codes_dictionary_people(code: ActorCoder) -> None:
    # People known only from the older dictionary take their sector from the title in the text.
    text = "Zimbabwean Prime Minister Robert Mugabe accused the opposition."
    actors = code(text, dt.date(1985, 1, 1))
    assert coded(find(actors, "Zimbabwean Prime Minister Robert Mugabe")) == ("ZWE", "GOV")


def test_former_title_is_not_government(code: ActorCoder) -> None:
    actors = code("Former President Barack Obama praised the deal.")
    obama = find(actors, "Former President Barack Obama")
    assert coded(obama) == ("USA", "ELI")


def test_unknown_person_takes_nationality_and_title(code: ActorCoder) -> None:
    actors = code("Hungarian Defence Minister Zoltan Vargaly met reporters.")
    person = find(actors, "Hungarian Defence Minister Zoltan Vargaly")
    assert (person.name, *coded(person)) == ("Zoltan Vargaly", "HUN", "GOV")


def test_a_title_keeps_its_office_before_the_table_is_complete(code: ActorCoder) -> None:
    text = "Prime Minister Nawaz Sharif said Pakistan would respond."
    old = code(text, OLD_WIRE)
    assert coded(find(old, "Prime Minister Nawaz Sharif")) == ("PAK", "GOV")
    later = code(text, dt.date(2020, 1, 1))
    assert coded(find(later, "Prime Minister Nawaz Sharif")) == ("PAK", None)


def test_title_before_scans_left_of_the_name(nlp: Language) -> None:
    doc = nlp("Former Foreign Minister Ana Ruiz spoke.")
    person = mention(3, 5, "person", None)
    assert title_before(doc, person, 0, {}, {3: (1, "GOV")}) == (0, None, "GOV", True)
    # A sentence starting at the name: nothing before it joins.
    assert title_before(doc, person, 3, {}, {3: (1, "GOV")}) == (3, None, None, False)
    assert title_before(doc, person, 0, {}, {}) == (3, None, None, False)  # no title known
    former = nlp("Former envoy Ana Ruiz spoke.")
    found = title_before(former, mention(2, 4, "person", None), 0, {}, {2: (1, "GOV")})
    assert found == (0, None, "GOV", True)


def test_head_or_envoy_of_an_international_body_is_coded_with_the_body(code: ActorCoder) -> None:
    # Dictionary people with national codes: the title in the text names the body they serve.
    on = dt.date(1986, 4, 1)
    actors = code("U.N. Secretary-General Javier Perez de Cuellar flew to Baghdad.", on)
    assert find(actors, "U.N. Secretary-General Javier Perez de Cuellar").code == "IGOUNO"
    actors = code("U.N. envoy Cyrus Vance met the Serbian president.", dt.date(1992, 1, 1))
    assert find(actors, "U.N. envoy Cyrus Vance").code == "IGOUNO"
    # An unknown person with such a title takes the body's code too.
    actors = code("NATO Secretary General Anna Berg warned Moscow.", OLD_WIRE)
    assert find(actors, "NATO Secretary General Anna Berg").code == "IGOWSTNAT"


def test_a_state_title_still_codes_a_dictionary_person_with_the_state(code: ActorCoder) -> None:
    actors = code("French Foreign Minister Roland Dumas arrived in Moscow.", dt.date(1989, 11, 1))
    assert coded(find(actors, "French Foreign Minister Roland Dumas")) == ("FRA", "GOV")


def test_a_head_of_state_as_chairman_of_a_body_speaks_for_the_body(code: ActorCoder) -> None:
    actors = code("OAU chairman Yoweri Museveni called for talks.", dt.date(1990, 9, 1))
    assert find(actors, "OAU chairman Yoweri Museveni").code == "IGOAFROAU"
    actors = code("Labour Party chairman John Smith resigned.", OLD_WIRE)
    assert coded(find(actors, "Labour Party chairman John Smith")) == ("GBR", "PTY")


def test_a_former_title_holds_where_the_table_has_no_office_for_the_date(
    code: ActorCoder,
) -> None:
    # Sacked on 2 September 1998, in a year the table does not cover in full.
    text = "Police arrested former deputy prime minister Anwar Ibrahim at his home."
    actors = code(text, dt.date(1998, 9, 20))
    assert coded(find(actors, "former deputy prime minister Anwar Ibrahim")) == ("MYS", "ELI")


def test_a_former_title_does_not_undo_a_current_office(code: ActorCoder) -> None:
    # Named by a past office while holding another one of the table: still the state's.
    on = dt.date(2025, 6, 1)
    text = "Former defence minister Sergei Shoigu flew to Beijing."
    assert coded(find(code(text, on), "Former defence minister Sergei Shoigu")) == ("RUS", "GOV")
    text = "Former President Joe Biden flew to Boston."
    assert coded(find(code(text, on), "Former President Joe Biden")) == ("USA", "ELI")


def test_a_former_title_in_apposition_is_elite(code: ActorCoder) -> None:
    on = dt.date(2025, 6, 1)
    text = "Antony Blinken, the former secretary of state, spoke at Yale."
    assert coded(find(code(text, on), "Antony Blinken")) == ("USA", "ELI")
    text = "Antony Blinken spoke at Yale."
    assert coded(find(code(text, on), "Antony Blinken")) == ("USA", None)
    text = "Sergei Shoigu, the former defence minister, spoke in Minsk."
    assert coded(find(code(text, on), "Sergei Shoigu")) == ("RUS", "GOV")


def test_a_state_title_of_another_state_names_a_namesake(code: ActorCoder) -> None:
    # The table's Pedro Sanchez is Spain's prime minister; a Colombian minister shares the name.
    text = "Colombian Defence Minister Pedro Sanchez visited the troops."
    assert coded(find(code(text), "Colombian Defence Minister Pedro Sanchez")) == ("COL", "GOV")
    text = "Spanish Prime Minister Pedro Sanchez visited the troops."
    assert coded(find(code(text), "Spanish Prime Minister Pedro Sanchez")) == ("ESP", "GOV")


def test_a_bare_title_in_apposition_before_a_name_serves_the_state_in_focus(
    code: ActorCoder,
) -> None:
    text = "Ankara rejected the claim. The ministry's spokesman, Ali Demir, called it baseless."
    demir = [a for a in code(text) if a.text.endswith("Ali Demir")]
    assert [coded(a) for a in demir] == [("TUR", "GOV")]


def test_the_head_of_an_international_body_in_apposition_is_the_bodys(code: ActorCoder) -> None:
    text = "Maria Ortega, the head of UNICEF, said schools had reopened."
    assert coded(find(code(text), "Maria Ortega")) == ("IGOUNOKID", None)


def test_a_former_title_does_not_undo_a_standing_of_the_people_table(code: ActorCoder) -> None:
    text = "Corneille Nangaa, the former head of the electoral commission, met the fighters."
    assert coded(find(code(text), "Corneille Nangaa")) == ("COD", "REB")


def test_the_state_a_title_is_posted_to_is_not_the_persons(code: ActorCoder) -> None:
    actors = code("Russia's ambassador to Britain Andrei Kelin was summoned.")
    assert [coded(a) for a in actors if a.text.endswith("Andrei Kelin")] == [("RUS", "GOV")]


def test_the_post_after_the_envoys_own_state_is_not_the_persons(code: ActorCoder) -> None:
    text = "By decree, Ambassador of the Republic of Peru to Spain Carla Mendez was given a medal."
    found = [coded(a) for a in code(text) if a.text.endswith("Carla Mendez")]
    assert found == [("PER", "GOV")]


def test_a_former_company_title_keeps_its_sector(code: ActorCoder) -> None:
    actors = code("Former Toyota chief executive Kenji Sato joined the board.")
    assert coded(find(actors, "Former Toyota chief executive Kenji Sato")) == ("JPN", "BUS")


def test_a_body_title_before_a_state_person_gives_the_body(code: ActorCoder) -> None:
    # The converted dictionary files her under South Africa; the title says whose office it is.
    text = "African Union Commission chairperson Nkosazana Dlamini-Zuma flew to Juba."
    actors = code(text, dt.date(2013, 6, 1))
    assert coded(find(actors, "African Union Commission chairperson Nkosazana Dlamini-Zuma")) == (
        "IGOAFRAFU",
        None,
    )


def test_a_state_title_gives_the_head_of_an_international_body_no_sector(
    code: ActorCoder,
) -> None:
    text = "President Wim Duisenberg defended the rate rise."
    duisenberg = next(a for a in code(text, dt.date(2000, 10, 10)) if "Duisenberg" in a.text)
    assert coded(duisenberg) == ("IGOEUREEC", None)
    # The same title still makes a state's own official of a person no body claims.
    text = "President Omar al-Bashir dissolved parliament."
    bashir = next(a for a in code(text, dt.date(2000, 10, 10)) if "Bashir" in a.text)
    assert coded(bashir) == ("SDN", "GOV")


def naming(actors: list[Actor], name: str) -> Actor:
    """The one actor whose words end with the name (its title joined before it)."""
    matches = [a for a in actors if a.text.endswith(name)]
    assert len(matches) == 1, [a.text for a in actors]
    return matches[0]


def test_a_military_title_in_the_text_overrides_the_tables_office(code: ActorCoder) -> None:
    on = dt.date(2025, 6, 15)
    text = "Sudan's army chief, General Abdel Fattah al-Burhan, visited troops on Monday."
    burhan = naming(code(text, on), "Abdel Fattah al-Burhan")
    assert coded(burhan) == ("SDN", "MIL")
    direct = "Army chief General Abdel Fattah al-Burhan said the war would go on."
    assert coded(naming(code(direct, on), "Abdel Fattah al-Burhan")) == ("SDN", "MIL")


def test_a_rank_alone_or_a_leaders_title_keeps_the_tables_office(code: ActorCoder) -> None:
    on = dt.date(2025, 6, 15)
    leader = "Sudanese leader General Abdel Fattah al-Burhan met Egyptian officials."
    assert coded(naming(code(leader, on), "Abdel Fattah al-Burhan")) == ("SDN", "GOV")
    ranked = code("General Abdel Fattah al-Burhan said the war would go on.", on)
    assert coded(naming(ranked, "Abdel Fattah al-Burhan")) == ("SDN", "GOV")
    # the rank belongs to the name's mention, not to a second person
    assert len([a for a in ranked if a.code == "SDN"]) == 1


def test_heads_of_international_bodies_carry_no_sector(code: ActorCoder) -> None:
    text = "World Bank President James Wolfensohn arrived in Nairobi."
    person = find(code(text, OLD_WIRE), "World Bank President James Wolfensohn")
    assert coded(person) == ("IGOUNODEVWBK", None)
    text = "IMF Managing Director Ana Duarte met Ghanaian officials."
    assert coded(find(code(text), "IMF Managing Director Ana Duarte")) == ("IGOBUSIMF", None)
    # An officer of another trade keeps the trade's sector.
    text = "ICC prosecutor Karim Khan sought arrest warrants."
    assert coded(find(code(text), "ICC prosecutor Karim Khan")) == ("IGOJUDICC", "JUD")


def test_a_religious_honorific_gives_a_sector_only_to_people_no_table_codes(
    code: ActorCoder,
) -> None:
    text = "Mullah Mohammad Omar ordered the destruction of the statues."
    assert coded(find(code(text, OLD_WIRE), "Mullah Mohammad Omar")) == ("AFG", "REB")
    text = "Imam Abdul Karim Musa called for peace in Kano."
    assert coded(find(code(text), "Imam Abdul Karim Musa")) == ("NGA", "REL")


def test_an_office_before_a_religious_honorific_is_the_title(code: ActorCoder) -> None:
    text = "Farmers met the governor of Ghazni. Governor Mullah Karim Haqqani reopened the road."
    governor = next(a for a in code(text) if a.text.startswith("Governor Mullah"))
    assert (governor.code, governor.sector) == ("AFG", "GOV")
    text = "Mullah Karim Haqqani preached to worshippers in Ghazni."
    mullah = next(a for a in code(text) if a.text.startswith("Mullah"))
    assert mullah.sector == "REL"


def test_a_title_after_the_name_codes_a_table_person_out_of_office(code: ActorCoder) -> None:
    # Viktor Orban, in the office table as prime minister, held no office in 2004.
    on = dt.date(2004, 5, 1)
    text = "Viktor Orban, the opposition leader, called the budget a disaster."
    assert coded(find(code(text, on), "Viktor Orban")) == ("HUN", "OPP")
    # An office from a title after the name counts before the table is complete, as before it.
    text = "Recep Tayyip Erdogan, the mayor of Istanbul, was sentenced to prison."
    erdogan = next(a for a in code(text, dt.date(1998, 4, 21)) if "Erdogan" in a.text)
    assert coded(erdogan) == ("TUR", "GOV")
    # In office by the table, the table decides.
    text = "Viktor Orban, the opposition leader, called the budget a disaster."
    assert coded(find(code(text, dt.date(2000, 5, 1)), "Viktor Orban")) == ("HUN", "GOV")


def test_exile_does_not_end_a_leadership_that_is_no_office(code: ActorCoder) -> None:
    on = dt.date(1997, 1, 1)
    text = "Sadiq al-Mahdi, the exiled opposition leader, called on the army to rise up."
    assert coded(find(code(text, on), "Sadiq al-Mahdi")) == ("SDN", "OPP")
    text = "Sadiq al-Mahdi, the exiled former prime minister, called on the army to rise up."
    assert coded(find(code(text, on), "Sadiq al-Mahdi")) == ("SDN", "ELI")


def test_a_participle_of_removal_before_a_title_makes_it_former(code: ActorCoder) -> None:
    on = dt.date(1999, 4, 14)
    text = "Anwar Ibrahim, the sacked deputy prime minister, was sentenced to six years."
    assert coded(find(code(text, on), "Anwar Ibrahim")) == ("MYS", "ELI")
    text = "The toppled president Samuel Doe was killed by rebels."
    doe = next(a for a in code(text, dt.date(1990, 9, 30)) if "Samuel Doe" in a.text)
    assert coded(doe) == ("LBR", "ELI")
    # The verb of the act is no modifier: the minister was in office until it.
    text = "Mahathir sacked Deputy Prime Minister Anwar Ibrahim on Wednesday."
    anwar = find(code(text, dt.date(1998, 9, 2)), "Deputy Prime Minister Anwar Ibrahim")
    assert coded(anwar) == ("MYS", "GOV")
