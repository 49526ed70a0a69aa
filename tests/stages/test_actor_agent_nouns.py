"""Tests for agent nouns and their sectors (``actor_agent_nouns``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_agent_nouns import AgentNouns
from dyads.stages.actor_patterns import Mention

from .actor_helpers import OLD_WIRE, ActorCoder, coded, find, shared_recognizer


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_place_nouns_are_not_agents(code: ActorCoder) -> None:
    actors = code("Serbian cities voted for the opposition.")
    assert ("Serbian", None) in [(a.text, a.sector) for a in actors]
    assert not any("cities" in a.text for a in actors)


def test_agent_span_leaves_out_a_trailing_preposition(code: ActorCoder) -> None:
    actors = code("Baku's ambassador to Kyiv was summoned on Monday.")
    assert coded(find(actors, "Baku's ambassador")) == ("AZE", "GOV")


def test_agent_span_leaves_out_the_to_of_an_infinitive_after_it(code: ActorCoder) -> None:
    actors = code("The junta ordered the French ambassador to leave the country.")
    assert coded(find(actors, "French ambassador")) == ("FRA", "GOV")
    assert not any(a.text.endswith(" to") for a in actors)


def test_a_chief_delegate_speaks_for_a_government_not_a_legislature(code: ActorCoder) -> None:
    actors = code("Iran's chief delegate walked out of the talks.")
    assert coded(find(actors, "Iran's chief delegate")) == ("IRN", "GOV")


def test_a_spokesman_speaks_for_the_body_before_him(code: ActorCoder) -> None:
    text = "Kenyan police spokesman Jo Example said two suspects were held."
    actors = code(text, OLD_WIRE)
    assert coded(find(actors, "Kenyan police spokesman Jo Example")) == ("KEN", "COP")


def test_trades_serving_in_an_armed_body_take_its_sector(code: ActorCoder) -> None:
    actors = code("Ecuadorian army engineers rebuilt the bridge near the border.")
    assert coded(find(actors, "Ecuadorian army engineers")) == ("ECU", "MIL")
    # Outside an armed body the trade keeps its own sector.
    actors = code("Ecuadorian engineers rebuilt the bridge near the border.")
    assert coded(find(actors, "Ecuadorian engineers")) == ("ECU", "CVL")


def test_makers_of_goods_are_businesses_and_of_policy_officials(code: ActorCoder) -> None:
    # A weapon's name before "makers" names what they make, not a military.
    actors = code("The United States sanctioned two Iranian drone makers.")
    assert coded(find(actors, "Iranian drone makers")) == ("IRN", "BUS")
    assert coded(find(code("Washington sanctioned a Chinese chipmaker."), "Chinese chipmaker")) == (
        "CHN",
        "BUS",
    )
    actors = code("Japanese policymakers met on Tuesday.")
    assert coded(find(actors, "Japanese policymakers")) == ("JPN", "GOV")


def test_a_body_listed_with_its_article_is_the_state_in_view(code: ActorCoder) -> None:
    # "the court" is listed whole: "the" stays the determiner that points to the state in view.
    actors = code("Ghana's opposition boycotted the vote. The court ordered a recount.")
    assert coded(find(actors, "court")) == ("GHA", "JUD")


@pytest.fixture(scope="module")
def agent_nouns() -> AgentNouns:
    return AgentNouns(shared_recognizer().dictionary)


def test_agent_nouns_are_keyed_by_their_end(nlp: Language, agent_nouns: AgentNouns) -> None:
    doc = nlp("Russian forces shelled the deputy energy minister's office.")
    assert agent_nouns.find(doc, []) == {2: (1, "MIL"), 7: (6, "GOV")}  # no "deputy"
    russian = Mention(0, 2, "Russia", "agent", "RUS", "MIL")
    assert 2 not in agent_nouns.find(doc, [russian])  # not inside a mention


def test_agent_after_modifiers(nlp: Language, agent_nouns: AgentNouns) -> None:
    doc = nlp("Ana Ruiz, Chile's deputy foreign minister, said.")
    assert agent_nouns.at(doc, 5, skip=2) == (8, "GOV")  # "foreign minister", not "deputy"
    assert agent_nouns.at(doc, 0, skip=2) is None


def test_titles_are_office_nouns_or_heads(nlp: Language, agent_nouns: AgentNouns) -> None:
    envoy, chief, plan = nlp("envoy chief plan")
    assert agent_nouns.is_title(envoy) and agent_nouns.is_title(chief)
    assert not agent_nouns.is_title(plan)
    assert agent_nouns.is_title_word("minister") and not agent_nouns.is_title_word("plan")


def test_a_name_already_found_is_no_agent_noun(code: ActorCoder) -> None:
    # "Dumas" is also the plural of "Duma" (a legislature) in the agent list: as the end of a
    # dictionary name it must not stop "Foreign Minister" from being the title before it.
    actors = code("Foreign Minister Roland Dumas said France would stay.", OLD_WIRE)
    assert find(actors, "Foreign Minister Roland Dumas").sector == "GOV"


def test_state_ending_a_regions_name_is_no_agent_noun(nlp: Language) -> None:
    actors = shared_recognizer().process(nlp("Floods hit Niger State on Monday."), None)
    assert not any(a.text.endswith("State") for a in actors), actors


def test_officers_are_soldiers_unless_the_service_is_named(code: ActorCoder) -> None:
    actors = code("Iraqi officers protested against the decision.", OLD_WIRE)
    assert coded(find(actors, "Iraqi officers")) == ("IRQ", "MIL")
    actors = code("Egyptian police officers fired tear gas.", OLD_WIRE)
    assert coded(find(actors, "Egyptian police officers")) == ("EGY", "COP")
    actors = code("Russian customs officers seized the shipment.", OLD_WIRE)
    assert coded(find(actors, "Russian customs officers")) == ("RUS", "GOV")


def test_a_title_before_a_verb_is_no_modifier_of_the_noun_after_it(code: ActorCoder) -> None:
    # The parser may read "police chief ordered officers" as one noun phrase.
    actors = code("Nigeria's police chief ordered officers to protect polling stations.")
    assert coded(find(actors, "Nigeria's police chief")) == ("NGA", "COP")


def test_officers_in_a_story_about_the_police_are_police(code: ActorCoder) -> None:
    actors = code("Police sealed off the area. Officers arrested a man in Manchester.", OLD_WIRE)
    assert coded(find(actors, "Officers")) == ("GBR", "COP")


def test_a_convoy_of_aid_is_no_armed_force(nlp: Language) -> None:
    coder = ActorCoder(nlp)
    assert ("TUR", None) in {coded(a) for a in coder("A convoy of Turkish aid crossed into Idlib.")}
    assert all(a.sector != "MIL" for a in coder("A Jordanian relief convoy reached Syria."))
    military = coder("A U.S. military convoy came under fire.")
    assert ("USA", "MIL") in {coded(a) for a in military}


def test_the_convoy_named_again_is_the_relief_convoy_before(nlp: Language) -> None:
    coder = ActorCoder(nlp)
    text = "A convoy of grain trucks left Juba. South Sudan said rebels ambushed the convoy."
    assert not any("convoy" in a.text for a in coder(text))
    armed = "An armoured convoy left Juba. South Sudan said rebels ambushed the convoy."
    assert [coded(a) for a in coder(armed) if "convoy" in a.text] == [("SSD", "MIL")]


def test_tribal_leaders_are_civilians(nlp: Language) -> None:
    actors = ActorCoder(nlp)("Libyan tribal leaders handed him to the authorities.")
    assert coded(find(actors, "Libyan tribal leaders")) == ("LBY", "CVL")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Syrian air defences fired at targets over Homs.", "Syrian air defences"),
        ("Iranian air defense systems were switched on.", "Iranian air defense systems"),
    ],
)
def test_air_defences_are_the_military(code: ActorCoder, text: str, words: str) -> None:
    assert coded(find(code(text), words))[1] == "MIL"


def test_a_countrys_football_federation_is_its_ngo(code: ActorCoder) -> None:
    actors = code("The Nigerian Football Federation sacked the coach.")
    assert coded(find(actors, "Nigerian Football Federation")) == ("NGA", "NGO")
    actors = code("Brazil's football confederation fined the club.")
    assert coded(find(actors, "Brazil's football confederation")) == ("BRA", "NGO")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("General Elections Commission", "GOV"),
        ("National Electoral Council", "GOV"),
        ("electoral board", "GOV"),
        ("Shura Council", "LEG"),
        ("lower house", "LEG"),
        ("provincial assembly", "LEG"),
        ("First Minister", "GOV"),
    ],
)
def test_bodies_that_run_elections_and_legislatures_by_kind_are_agents(
    phrase: str, sector: str
) -> None:
    nouns = AgentNouns(shared_recognizer().dictionary)
    words = phrase.split()
    # The kind words, without the modifiers news puts before them ("General", "National").
    kind = " ".join(words[1:]) if words[0] in ("General", "National") else phrase
    assert nouns.sector(kind) == sector
