"""Tests for the recipient implied when a sentence names none."""

from __future__ import annotations

from dyads.records import Actor, Place
from dyads.stages.implied_recipient import implied_actor, implied_recipient

STUDENTS = Actor(text="Chilean students", name="students", code="CHL", sector="CVL", span=(0, 16))
UN = Actor(text="the UN", name="United Nations", code="IGOUNO", sector=None, span=(0, 6))
LIMA = Place(
    text="Lima",
    name="Lima",
    country="PER",
    admin1=None,
    lat=None,
    lon=None,
    geonameid=None,
    span=(30, 34),
)


def test_actors_own_government_when_no_place() -> None:
    implied = implied_recipient("PROTEST", STUDENTS, None)
    assert implied is not None
    assert (implied.code, implied.sector, implied.name) == ("CHL", "GOV", "Chile")
    assert implied.span == STUDENTS.span


def test_country_of_the_place_where_it_happens() -> None:
    implied = implied_recipient("COERCE", STUDENTS, LIMA)
    assert implied is not None
    assert (implied.code, implied.span, implied.text) == ("PER", LIMA.span, "Lima")


def test_no_implied_party_for_consultations_support_cooperation() -> None:
    for event in ("CONSULT", "SUPPORT", "COOPERATE"):
        assert implied_recipient(event, STUDENTS, LIMA) is None


def test_a_promise_is_kept_where_it_says_else_at_home() -> None:
    where = implied_recipient("AGREE", STUDENTS, LIMA)
    assert where is not None and where.code == "PER"
    home = implied_recipient("AGREE", STUDENTS, None)
    assert home is not None and home.code == "CHL"


def test_no_implied_recipient_without_a_country_actor() -> None:
    assert implied_recipient("PROTEST", None, LIMA) is None
    assert implied_recipient("PROTEST", UN, None) is None


def test_aid_is_aimed_only_at_the_place_where_it_is_delivered() -> None:
    assert implied_recipient("AID", STUDENTS, None) is None
    delivered = implied_recipient("AID", STUDENTS, LIMA)
    assert delivered is not None and delivered.code == "PER"


def test_the_place_is_implied_for_a_body_that_is_no_country() -> None:
    implied = implied_recipient("AID", UN, LIMA)
    assert implied is not None and implied.code == "PER"


def test_a_place_without_country_takes_the_actor_its_words_name() -> None:
    bosnia = Place(
        text="Bosnia",
        name="Bosnia",
        country=None,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=(40, 46),
    )
    named = Actor(text="Bosnia", name="Bosnia", code="BIH", sector=None, span=(40, 46))
    implied = implied_recipient("AID", UN, bosnia, named)
    assert implied is named
    assert implied_recipient("AID", UN, bosnia) is None


def test_a_visit_is_aimed_at_the_country_visited() -> None:
    minister = Actor(text="the minister", name="minister", code="CHL", sector="GOV", span=(0, 12))
    host = implied_recipient("CONSULT", minister, LIMA, mode="visit")
    assert host is not None and host.code == "PER"
    assert implied_recipient("CONSULT", minister, LIMA) is None
    at_home = Actor(text="the minister", name="minister", code="PER", sector="GOV", span=(0, 12))
    assert implied_recipient("CONSULT", at_home, LIMA, mode="visit") is None


def test_unattributed_violence_is_domestic() -> None:
    soldiers = Actor(
        text="Peruvian soldiers", name="soldiers", code="PER", sector="MIL", span=(0, 8)
    )
    where = implied_actor("ASSAULT", STUDENTS, LIMA)
    assert where is not None and where.code == "PER" and where.span == LIMA.span
    victims = implied_actor("ASSAULT", soldiers, None)
    assert victims is not None and victims.code == "PER" and victims.sector is None


def test_uncoded_protesters_are_the_places_own() -> None:
    protest = implied_actor("PROTEST", None, LIMA)
    assert protest is not None and protest.code == "PER"
    assert implied_actor("PROTEST", STUDENTS, None) is None


def test_arrests_by_unnamed_authorities_are_the_places_own() -> None:
    arrests = implied_actor("COERCE", STUDENTS, LIMA)
    assert arrests is not None and arrests.code == "PER"
    assert implied_actor("COERCE", STUDENTS, None) is None


def test_no_implied_actor_for_other_types_or_bodies() -> None:
    assert implied_actor("ACCUSE", STUDENTS, LIMA) is None
    assert implied_actor("ASSAULT", UN, None) is None


def test_a_place_of_no_known_country_leaves_the_actors_own_country() -> None:
    square = Place(
        text="Independence Square",
        name="Independence Square",
        country=None,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=(30, 49),
    )
    implied = implied_recipient("PROTEST", STUDENTS, square)
    assert implied is not None and implied.code == "CHL"


def test_the_actor_stages_reading_of_the_place_comes_first() -> None:
    # A capital of a former state: the gazetteer knows today's country, the actor stage the
    # state of the article's time.
    capital = Place(
        text="Berlin",
        name="Berlin",
        country="DEU",
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=(30, 36),
    )
    named = Actor(text="Berlin", name="East Germany", code="DDR", sector="GOV", span=(30, 36))
    implied = implied_recipient("PROTEST", STUDENTS, capital, named)
    assert implied is named
