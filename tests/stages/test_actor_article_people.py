"""Tests for people placed by the article though their sentence does not place them
(``actor_article_people``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_article_people import acts, role_beside, speaking_names
from dyads.stages.actor_patterns import Mention

from .actor_helpers import ActorCoder, coded, find


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def _person(start: int, end: int) -> Mention:
    return Mention(start, end, "", "person", None, None)


def test_a_subject_acts_and_an_object_does_not(nlp: Language) -> None:
    doc = nlp("Dizon opposed the bill. Police questioned Hartono.")
    assert acts(doc, _person(0, 1))
    assert not acts(doc, _person(7, 8))


def test_the_agent_of_a_passive_acts(nlp: Language) -> None:
    doc = nlp("The bill was opposed by Dizon.")
    assert acts(doc, _person(5, 6))


def test_the_role_beside_a_name_is_found(nlp: Language) -> None:
    doc = nlp("Lindqvist, a researcher for the rights group Amnesty International, said so.")
    role = role_beside(doc, _person(0, 1))
    assert role is not None and role.text == "researcher"


def test_an_untagged_name_that_speaks_is_a_candidate(nlp: Language) -> None:
    doc = nlp("Nigeria's commission postponed the vote. Okonkwo warned that it would anger voters.")
    okonkwo = next(t.i for t in doc if t.text == "Okonkwo")
    assert doc[okonkwo].ent_type_ == ""  # the tagger leaves it out
    assert [(m.start, m.end) for m in speaking_names(doc, [])] == [(okonkwo, okonkwo + 1)]
    covered = [Mention(okonkwo, okonkwo + 1, "Okonkwo", "person", "NGA", None)]
    assert speaking_names(doc, covered) == []


def test_a_handle_is_no_name(nlp: Language) -> None:
    doc = nlp(
        "NAIROBI (Reuters) - Kenya's treasury raised taxes. @kenyawatch said the plan was bad."
    )
    assert all(not doc[m.start].text.startswith("@") for m in speaking_names(doc, []))


def test_the_dateline_state_codes_an_untitled_speaker(code: ActorCoder) -> None:
    actors = code(
        "ACCRA (Reuters) - Ghana's central bank raised its main rate on Monday, a move Kwabena "
        "Mensah of the University of Ghana called overdue. Mensah warned that prices would "
        "keep rising. He said the cedi had fallen."
    )
    assert coded(find(actors, "Kwabena Mensah")) == ("GHA", None)
    assert coded(find(actors, "Mensah")) == ("GHA", None)
    assert coded(find(actors, "He")) == ("GHA", None)


def test_a_lone_word_never_named_in_full_is_left_out(code: ActorCoder) -> None:
    actors = code(
        "NAIROBI (Reuters) - Kenya's treasury raised fuel taxes on Monday. "
        "Varnek warned of power cuts. Twitter said the posts were removed."
    )
    assert not {"Varnek", "Twitter"} & {a.text for a in actors}


def test_the_body_in_the_role_codes_the_person_and_a_later_surname(code: ActorCoder) -> None:
    actors = code(
        "Taiwan's coast guard chased two Chinese boats away. Wu Mei-ling, a spokeswoman for "
        "the Taiwanese coast guard, said the boats had ignored warnings. Wu said crews were freed."
    )
    assert coded(find(actors, "Wu Mei-ling")) == ("TWN", "MIL")
    assert coded(find(actors, "Wu")) == ("TWN", "MIL")


def test_several_states_none_dominant_leave_the_person_out(code: ActorCoder) -> None:
    actors = code(
        "Germany and France signed a defence pact on Monday, while Spain and Italy stayed "
        "away. Moreau said the pact was long overdue."
    )
    assert all(a.text != "Moreau" for a in actors)


def test_a_person_only_acted_upon_is_left_out(code: ActorCoder) -> None:
    actors = code(
        "JAKARTA (Reuters) - Indonesia's trade ministry capped palm oil exports. "
        "Police later questioned Hartono, a palm oil trader, about hoarding."
    )
    assert all(a.text != "Hartono" for a in actors)


def test_an_unknown_body_named_after_the_charity_is_an_ngo(code: ActorCoder) -> None:
    actors = code(
        "Hungarian police raided two newspapers in Budapest. Katalin Varga, a researcher for "
        "the watchdog Hungarian Press Freedom Centre, said the raids were meant to frighten."
    )
    assert coded(find(actors, "Katalin Varga")) == ("NGO", None)


def test_a_rebel_group_is_no_ngo(code: ActorCoder) -> None:
    actors = code(
        "Colombian troops clashed with guerrillas in Cauca province on Saturday. Camilo Reyes, a "
        "commander of the rebel group Frente Andino, said his fighters had lost four men."
    )
    assert coded(find(actors, "Camilo Reyes")) == ("COL", "REB")


def test_a_town_in_the_role_gives_the_state_not_the_government(code: ActorCoder) -> None:
    texts = (
        "Minh Tran, a Hanoi baker, said bread prices had doubled.",
        "Ilya Sorin, a Kremlin spokesman, said talks had stalled.",
    )
    found = [next(a for a in code(t) if a.text.startswith(t[:9])) for t in texts]
    assert [(a.code, a.sector) for a in found] == [("VNM", "CVL"), ("RUS", "GOV")]
