"""Tests for the recipient implied when a sentence names none."""

from __future__ import annotations

from typing import Any

import pytest

from dyads.records import Actor, Place
from dyads.stages.implied_recipient import implied_actor, implied_recipient, place_party


def place_at(name: str, country: str | None, span: tuple[int, int]) -> Place:
    return Place(
        text=name,
        name=name,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=span,
    )


def code_of(party: Actor | None) -> str | None:
    """The party's code; None only when there is no party ("?" for a party without a code)."""
    return None if party is None else (party.code or "?")


STUDENTS = Actor(text="Chilean students", name="students", code="CHL", sector="CVL", span=(0, 16))
UN = Actor(text="the UN", name="United Nations", code="IGOUNO", sector=None, span=(0, 6))
MINISTER = Actor(text="the minister", name="minister", code="CHL", sector="GOV", span=(0, 12))
AT_HOME = Actor(text="the minister", name="minister", code="PER", sector="GOV", span=(0, 12))
LIMA = place_at("Lima", "PER", (30, 34))
BOSNIA = place_at("Bosnia", None, (40, 46))
SQUARE = place_at("Independence Square", None, (30, 49))


@pytest.mark.parametrize(
    ("event", "actor", "place", "options", "expected"),
    [
        pytest.param("CONSULT", STUDENTS, LIMA, {}, None, id="no implied party for consultations"),
        pytest.param("SUPPORT", STUDENTS, LIMA, {}, None, id="no implied party for support"),
        pytest.param("COOPERATE", STUDENTS, LIMA, {}, None, id="no implied party for cooperation"),
        pytest.param("AGREE", STUDENTS, LIMA, {}, "PER", id="a promise is kept where it says"),
        pytest.param("AGREE", STUDENTS, None, {}, "CHL", id="a promise is else kept at home"),
        pytest.param("PROTEST", None, LIMA, {}, None, id="no implied recipient without an actor"),
        pytest.param("PROTEST", UN, None, {}, None, id="no implied recipient for a body alone"),
        pytest.param("AID", STUDENTS, None, {}, None, id="aid is aimed at no one when nowhere"),
        pytest.param("AID", STUDENTS, LIMA, {}, "PER", id="aid is aimed where it is delivered"),
        pytest.param("AID", UN, LIMA, {}, "PER", id="the place is implied for a body"),
        pytest.param(
            "AID", UN, BOSNIA, {}, None, id="a place without country and no actor named by it"
        ),
        pytest.param(
            "CONSULT", MINISTER, LIMA, {"mode": "visit"}, "PER", id="a visit is aimed at the host"
        ),
        pytest.param("CONSULT", MINISTER, LIMA, {}, None, id="a consultation that is no visit"),
        pytest.param(
            "CONSULT", AT_HOME, LIMA, {"mode": "visit"}, None, id="a visit at home has no host"
        ),
        pytest.param(
            "PROTEST",
            STUDENTS,
            SQUARE,
            {},
            "CHL",
            id="a place of no known country leaves the actor's own country",
        ),
    ],
)
def test_implied_recipient(
    event: str,
    actor: Actor | None,
    place: Place | None,
    options: dict[str, Any],
    expected: str | None,
) -> None:
    assert code_of(implied_recipient(event, actor, place, **options)) == expected


def test_actors_own_government_when_no_place() -> None:
    implied = implied_recipient("PROTEST", STUDENTS, None)
    assert implied is not None
    assert (implied.code, implied.sector, implied.name) == ("CHL", "GOV", "Chile")
    assert implied.span == STUDENTS.span


def test_a_demand_to_ease_sanctions_implies_no_recipient() -> None:
    # Whoever holds the sanctions must yield, not the place or the actor's own country.
    held = implied_recipient("REQUEST", STUDENTS, LIMA, mode="yield", context=("economic",))
    assert held is None
    own = implied_recipient("REQUEST", STUDENTS, None, mode="yield", context=("legal",))
    assert code_of(own) == "CHL"


def test_aid_cut_is_cut_to_others_not_at_home() -> None:
    chile = Actor(text="Chile", name="Chile", code="CHL", sector=None, span=(0, 5))
    assert implied_recipient("SANCTION", chile, None, mode="withdraw", cameo="1621") is None
    assert code_of(implied_recipient("SANCTION", chile, LIMA, cameo="162")) == "PER"


def test_a_blockade_is_laid_on_another_party_not_at_home() -> None:
    navy = Actor(text="the Chilean navy", name="navy", code="CHL", sector="MIL", span=(0, 16))
    options: dict[str, Any] = {"mode": "restrict", "context": ("military",)}
    assert implied_recipient("COERCE", navy, None, **options) is None
    assert code_of(implied_recipient("COERCE", navy, LIMA, **options)) == "PER"
    # A restriction that is no blockade (a curfew, a ban) stays at home.
    assert code_of(implied_recipient("COERCE", navy, None, mode="restrict")) == "CHL"


def test_a_ban_by_military_hands_stays_at_home() -> None:
    junta = Actor(text="the military junta", name="junta", code="THA", sector="GOV", span=(0, 18))
    options: dict[str, Any] = {"mode": "restrict", "context": ("military",)}
    # An administrative restriction (CAMEO 172: a ban, a curfew) is no blockade.
    assert code_of(implied_recipient("COERCE", junta, None, cameo="172", **options)) == "THA"
    assert implied_recipient("COERCE", junta, None, cameo="191", **options) is None


def test_a_curfew_or_emergency_eased_stays_at_home_whoever_else_is_named() -> None:
    algeria = Actor(text="Algeria", name="Algeria", code="DZA", sector=None, span=(0, 7))
    tunisia = Actor(text="Tunisia", name="Tunisia", code="TUN", sector=None, span=(90, 97))
    # A state of emergency lifted (CAMEO 0814) is lifted for the state's own people.
    eased = implied_recipient("CONCEDE", algeria, None, cameo="0814", bystanders=[tunisia])
    assert code_of(eased) == "DZA"
    # Another concession beside another state's name implies no home target.
    assert implied_recipient("CONCEDE", algeria, None, cameo="080", bystanders=[tunisia]) is None


def test_an_act_away_from_home_implies_no_own_country() -> None:
    navy = Actor(text="the Chilean navy", name="navy", code="CHL", sector="MIL", span=(0, 16))
    assert implied_recipient("MOBILIZE", navy, None, away_from_home=True) is None
    assert code_of(implied_recipient("MOBILIZE", navy, None)) == "CHL"
    # Where the place gives a country, that country is still the target.
    assert code_of(implied_recipient("COERCE", navy, LIMA, away_from_home=True)) == "PER"


def test_country_of_the_place_where_it_happens() -> None:
    implied = implied_recipient("COERCE", STUDENTS, LIMA)
    assert implied is not None
    assert (implied.code, implied.span, implied.text) == ("PER", LIMA.span, "Lima")


def test_a_place_without_country_takes_the_actor_its_words_name() -> None:
    named = Actor(text="Bosnia", name="Bosnia", code="BIH", sector=None, span=(40, 46))
    assert implied_recipient("AID", UN, BOSNIA, named) is named


def test_the_actor_stages_reading_of_the_place_comes_first() -> None:
    # A capital of a former state: the gazetteer knows today's country, the actor stage the
    # state of the article's time.
    capital = place_at("Berlin", "DEU", (30, 36))
    named = Actor(text="Berlin", name="East Germany", code="DDR", sector="GOV", span=(30, 36))
    assert implied_recipient("PROTEST", STUDENTS, capital, named) is named


@pytest.mark.parametrize(
    ("event", "actor", "place", "expected"),
    [
        pytest.param("PROTEST", None, LIMA, "PER", id="uncoded protesters are the place's own"),
        pytest.param(
            "PROTEST", STUDENTS, None, None, id="coded protesters nowhere imply no other actor"
        ),
        pytest.param(
            "COERCE", STUDENTS, LIMA, "PER", id="arrests by unnamed authorities are the place's own"
        ),
        pytest.param("COERCE", STUDENTS, None, None, id="arrests nowhere imply no authority"),
        pytest.param("ACCUSE", STUDENTS, LIMA, None, id="no implied actor for other types"),
        pytest.param("ASSAULT", UN, None, None, id="no implied actor for bodies"),
    ],
)
def test_implied_actor(
    event: str, actor: Actor | None, place: Place | None, expected: str | None
) -> None:
    assert code_of(implied_actor(event, actor, place)) == expected


def test_unattributed_violence_is_domestic() -> None:
    soldiers = Actor(
        text="Peruvian soldiers", name="soldiers", code="PER", sector="MIL", span=(0, 8)
    )
    where = implied_actor("ASSAULT", STUDENTS, LIMA)
    assert where is not None and where.code == "PER" and where.span == LIMA.span
    victims = implied_actor("ASSAULT", soldiers, None)
    assert victims is not None and victims.code == "PER" and victims.sector is None


POLISH = Actor(text="Polish", name="Poland", code="POL", sector=None, span=(50, 56))
CHILEAN_MINISTER = Actor(text="Chilean", name="Chile", code="CHL", sector="GOV", span=(50, 57))


def test_no_own_state_when_another_states_party_holds_no_role() -> None:
    # "The minister signed the order after meeting a Polish envoy": the act concerns or was
    # prompted by the other state, so a domestic target would be a guess.
    assert implied_recipient("AGREE", MINISTER, None, bystanders=[POLISH]) is None


def test_a_bystander_of_the_actors_own_state_keeps_the_own_state() -> None:
    implied = implied_recipient("AGREE", MINISTER, None, bystanders=[CHILEAN_MINISTER])
    assert code_of(implied) == "CHL"


def test_a_bystander_leaves_the_place_where_it_happens() -> None:
    # "police arrested students in Lima after a protest at a Polish firm": arrests where they
    # happen are domestic whoever else is named.
    assert code_of(implied_recipient("COERCE", AT_HOME, LIMA, bystanders=[POLISH])) == "PER"


def test_arrests_and_violence_keep_the_own_state_beside_another_states_party() -> None:
    # "Chilean police, acting on a tip from Polish intelligence, arrested three men": acts on
    # people where they are stay domestic.
    for event in ("COERCE", "ASSAULT", "PROTEST"):
        assert code_of(implied_recipient(event, MINISTER, None, bystanders=[POLISH])) == "CHL"


def test_a_place_standing_for_its_state_is_named_by_the_states_short_name() -> None:
    place = Place(
        text="Chisinau",
        name="Chisinau",
        country="MDA",
        admin1=None,
        lat=47.0,
        lon=28.9,
        geonameid=None,
        span=(0, 8),
    )
    party = place_party(place)
    assert party is not None
    assert (party.code, party.name) == ("MDA", "Moldova")


def test_a_resignation_implies_no_recipient() -> None:
    # The office holder leaves a post of their own: neither home nor the place undergoes it.
    assert implied_recipient("RETREAT", MINISTER, None, mode="resign") is None
    assert implied_recipient("RETREAT", MINISTER, LIMA, mode="resign") is None
    # Other acts of yielding still imply the actor's own country.
    assert code_of(implied_recipient("RETREAT", MINISTER, None, mode="release")) == "CHL"


def test_force_or_repression_at_home_by_a_states_body_targets_its_people() -> None:
    police = Actor(text="Police", name="police", code="BGD", sector="COP", span=(0, 6))
    implied = implied_recipient("ASSAULT", police, None)
    assert implied is not None and (implied.code, implied.sector) == ("BGD", "CVL")
    implied = implied_recipient("COERCE", MINISTER, None, cameo="1723")
    assert implied is not None and (implied.code, implied.sector) == ("CHL", "CVL")
    rebels = Actor(text="Rebels", name="rebels", code="BGD", sector="REB", span=(0, 6))
    implied = implied_recipient("ASSAULT", rebels, None)
    assert implied is not None and (implied.code, implied.sector) == ("BGD", "GOV")
    implied = implied_recipient("PROTEST", police, None)
    assert implied is not None and (implied.code, implied.sector) == ("BGD", "GOV")


POLICE = Actor(text="Police", name="police", code=None, sector="COP", span=(0, 6))
GUNMEN = Actor(text="Gunmen", name="gunmen", code=None, sector="UAF", span=(0, 6))
OPPOSITION_LEADER = Actor(
    text="opposition leader Kizza Besigye",
    name="Kizza Besigye",
    code="UGA",
    sector="OPP",
    span=(16, 47),
)
TOURISTS = Actor(text="British tourists", name="tourists", code="GBR", sector="CVL", span=(20, 36))


def test_state_bodies_arresting_a_states_politicians_are_that_states() -> None:
    police = implied_actor("COERCE", OPPOSITION_LEADER, None, doer=POLICE)
    assert police is not None
    assert (police.code, police.sector, police.text) == ("UGA", "COP", "Police")
    # Foreigners held say nothing of whose police hold them, and armed men are no state body.
    assert implied_actor("COERCE", TOURISTS, None, doer=POLICE) is None
    assert implied_actor("COERCE", OPPOSITION_LEADER, None, doer=GUNMEN) is None
    # A place still comes first.
    assert code_of(implied_actor("COERCE", OPPOSITION_LEADER, LIMA, doer=POLICE)) == "PER"


def test_unattributed_violence_keeps_the_doers_words() -> None:
    gunmen = implied_actor("ASSAULT", TOURISTS, None, doer=GUNMEN)
    assert gunmen is not None
    assert (gunmen.code, gunmen.sector, gunmen.text) == ("GBR", "UAF", "Gunmen")
