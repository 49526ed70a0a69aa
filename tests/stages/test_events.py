"""Tests for the events stage, on sentences written for them and on the seed article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyads.records import Actor, Event, Place, TimeRef
from dyads.stages.events import EventExtractor, prose_units

ANCHOR = dt.date(2025, 8, 12)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return (start, start + len(needle))


def actor(text: str, needle: str, code: str, sector: str | None = "GOV", nth: int = 0) -> Actor:
    return Actor(text=needle, name=needle, code=code, sector=sector, span=find(text, needle, nth))


def time(text: str, needle: str, value: str, nth: int = 0) -> TimeRef:
    return TimeRef(text=needle, value=value, type="DATE", span=find(text, needle, nth))


def place(text: str, needle: str, country: str, nth: int = 0) -> Place:
    return Place(
        text=needle,
        name=needle,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=find(text, needle, nth),
    )


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def code(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    actors: Sequence[tuple[str, str] | tuple[str, str, str] | tuple[str, str, str, int]],
    times: Sequence[tuple[str, str]] = (),
    places: Sequence[tuple[str, str]] = (),
) -> list[Event]:
    """Code a text; actors are (words, code[, sector[, occurrence]]), times and places by words."""
    doc: Doc = nlp(text)
    built = [actor(text, *spec) for spec in actors]
    return extractor.process(
        doc,
        built,
        [time(text, *t) for t in times],
        [place(text, *p) for p in places],
        ANCHOR,
        "t",
    )


def in_context(
    text: str, context: str, needle: str, code: str, sector: str | None = "GOV"
) -> Actor:
    """An actor for `needle` as it occurs inside the first occurrence of `context`."""
    start = text.index(context) + context.index(needle)
    return Actor(
        text=needle, name=needle, code=code, sector=sector, span=(start, start + len(needle))
    )


def test_prose_units_skip_captions_and_cut_at_paragraphs(nlp: Language) -> None:
    text = (
        "The minister arrives in Rome on May 2, 2024. (Jane Doe/AP Photo via AP)\n"
        "Italy and Spain signed a trade deal on Monday.\n"
        "Officials said talks would continue."
    )
    units = prose_units(nlp(text))
    assert [text[s:e] for s, e in (u.span for u in units)] == [
        "Italy and Spain signed a trade deal on Monday.",
        "Officials said talks would continue.",
    ]


def test_caption_yields_no_event(nlp: Language, extractor: EventExtractor) -> None:
    text = (
        "Leaders attend a summit in Paris on May 2, 2024. (Jane Doe/AP Photo via AP)\n"
        "The weather was mild."
    )
    assert code(nlp, extractor, text, [("Leaders", "FRA")]) == []


def test_call_with_actor_recipient_mode_and_date(nlp: Language, extractor: EventExtractor) -> None:
    text = "Chinese President Xi Jinping spoke by phone with French President Macron on Monday."
    events = code(
        nlp,
        extractor,
        text,
        [("Chinese President Xi Jinping", "CHN"), ("French President Macron", "FRA")],
        times=[("Monday", "2025-08-11")],
    )
    top = events[0]
    assert (top.event, top.mode, top.status) == ("CONSULT", "phone", "asserted")
    assert top.actor is not None and top.actor.code == "CHN"
    assert top.recipient is not None and top.recipient.code == "FRA"
    assert (top.date, top.date_text) == ("2025-08-11", "Monday")
    assert top.span == (0, len(text))
    assert top.id == "t-e1"


def test_anchor_dates_asserted_events_without_time(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Kenyan police arrested the opposition leader."
    events = code(
        nlp, extractor, text, [("Kenyan police", "KEN", "COP"), ("opposition leader", "KEN", "OPP")]
    )
    assert events[0].event == "COERCE"
    assert (events[0].date, events[0].date_text) == (ANCHOR.isoformat(), None)


def test_date_and_place_of_a_noun_event_through_a_participle(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "After the third round of talks between Serbia and Kosovo, held in Brussels on June 3, "
        "the envoy returned home on June 5."
    )
    events = code(
        nlp,
        extractor,
        text,
        [("Serbia", "SRB"), ("Kosovo", "XKX")],
        times=[("June 3", "2025-06-03"), ("June 5", "2025-06-05")],
        places=[("Brussels", "BEL")],
    )
    talks = next(e for e in events if e.trigger == "talks")
    assert talks.event == "CONSULT"
    assert talks.actor is not None and talks.actor.code == "SRB"
    assert talks.recipient is not None and talks.recipient.code == "XKX"
    assert talks.date == "2025-06-03"
    assert talks.location is not None and talks.location.name == "Brussels"


def test_place_must_be_governed_by_the_event(nlp: Language, extractor: EventExtractor) -> None:
    text = "Japan's foreign minister, who grew up in Osaka, criticized China."
    events = code(
        nlp,
        extractor,
        text,
        [("Japan's foreign minister", "JPN"), ("China", "CHN")],
        places=[("Osaka", "JPN")],
    )
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert accuse.location is None
    assert accuse.actor is not None and accuse.actor.code == "JPN"


def test_week_values_keep_their_words_but_no_date(nlp: Language, extractor: EventExtractor) -> None:
    text = "The prime minister will visit Canada later this week."
    events = code(
        nlp,
        extractor,
        text,
        [("The prime minister", "GBR"), ("Canada", "CAN")],
        times=[("later this week", "2025-W33")],
    )
    visit = next(e for e in events if e.event == "CONSULT")
    assert visit.status == "future"
    assert (visit.date, visit.date_text) == (None, "later this week")


def test_compound_actor_gives_one_event_per_actor(nlp: Language, extractor: EventExtractor) -> None:
    text = "Hungarian and Romanian officials agreed on Wednesday to cooperate on refugees."
    events = code(nlp, extractor, text, [("Hungarian", "HUN"), ("Romanian", "ROU")])
    agree = [e for e in events if e.event == "AGREE"]
    assert sorted(str(e.actor.code) for e in agree if e.actor) == ["HUN", "ROU"]
    assert all(e.event != "COOPERATE" for e in events)  # "to cooperate" is what they agreed


def test_several_events_in_one_sentence_most_confident_first(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Rebels attacked the town on Monday, and the army arrested dozens of suspects."
    events = code(
        nlp,
        extractor,
        text,
        [("Rebels", "MLI", "REB"), ("the army", "MLI", "MIL")],
        times=[("Monday", "2025-08-11")],
    )
    assert {e.event for e in events} >= {"ASSAULT", "COERCE"}
    assert [e.confidence for e in events] == sorted((e.confidence for e in events), reverse=True)
    assert [e.id for e in events] == [f"t-e{n}" for n in range(1, len(events) + 1)]


def test_the_two_leaders_refers_to_the_previous_dyad(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Modi met Putin in Moscow on Monday. The two leaders discussed energy trade."
    events = code(
        nlp,
        extractor,
        text,
        [("Modi", "IND"), ("Putin", "RUS")],
        times=[("Monday", "2025-08-11")],
    )
    discussed = next(e for e in events if e.trigger.startswith("discussed"))
    assert discussed.actor is not None and discussed.actor.code == "IND"
    assert discussed.recipient is not None and discussed.recipient.code == "RUS"


def test_both_sides_refers_to_previous_conjoined_actors(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Chinese and American officials met in Geneva. Both sides agreed to cut tariffs."
    events = code(nlp, extractor, text, [("Chinese", "CHN"), ("American", "USA")])
    agreed = [e for e in events if e.trigger.startswith("agreed")]
    assert sorted(str(e.actor.code) for e in agreed if e.actor) == ["CHN", "USA"]
    assert all(e.recipient is None for e in agreed)


def test_the_two_sides_without_a_previous_pair_has_no_actor(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Russia attacked. The two sides agreed to talk."
    events = code(nlp, extractor, text, [("Russia", "RUS")])
    agreed = next(e for e in events if e.trigger.startswith("agreed"))
    assert agreed.actor is None


def test_intent_to_act_is_an_agree_or_threaten_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "France will send food aid to Mali."
    events = code(nlp, extractor, text, [("France", "FRA"), ("Mali", "MLI")])
    assert events[0].event == "AGREE" and events[0].status == "asserted"
    aid = next(e for e in events if e.event == "AID")
    assert aid.status == "future"
    assert aid.actor is not None and aid.actor.code == "FRA"
    threat = code(nlp, extractor, "The farmers said they would blockade the capital.", [])
    assert threat[0].event == "THREATEN"


def test_must_in_reported_speech_is_a_demand(nlp: Language, extractor: EventExtractor) -> None:
    text = "Russia said on Tuesday that Sudan must return the captured helicopter."
    events = code(nlp, extractor, text, [("Russia", "RUS"), ("Sudan", "SDN")])
    demand = events[0]
    assert demand.event == "REQUEST"
    assert demand.actor is not None and demand.actor.code == "RUS"
    assert demand.recipient is not None and demand.recipient.code == "SDN"


def test_negated_event_keeps_its_type(nlp: Language, extractor: EventExtractor) -> None:
    text = "The government did not impose a curfew in the capital."
    events = code(nlp, extractor, text, [("The government", "NGA")])
    assert events and events[0].status == "negated"


SEED_ANCHOR = ANCHOR


@pytest.fixture(scope="module")
def seed_events(
    nlp: Language, extractor: EventExtractor, shared_data: Path
) -> tuple[str, list[Event]]:
    article = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    text = article.split("\n", 1)[1]  # the first line is the title
    call = "Russian President Vladimir Putin spoke by phone"
    actors = [
        in_context(text, call, "Russian President Vladimir Putin", "RUS"),
        in_context(
            text,
            "Democratic People’s Republic of Korea",
            "Democratic People’s Republic of Korea",
            "PRK",
        ),
        in_context(text, "informing him of his upcoming", "him", "PRK"),
        in_context(text, "informing him of his upcoming", "his", "RUS"),
        in_context(
            text, "meeting with US President Donald Trump, set", "US President Donald Trump", "USA"
        ),
        in_context(text, "the Kremlin announced", "the Kremlin", "RUS"),
        in_context(text, "KCNA confirmed", "KCNA", "PRK", "MED"),
        in_context(text, "the Putin-Trump meeting", "Putin", "RUS"),
        in_context(text, "the Putin-Trump meeting", "Trump", "USA"),
        in_context(text, "over 10,000 DPRK troops", "DPRK troops", "PRK", "MIL"),
        in_context(text, "support Russian operations", "Russian", "RUS"),
        in_context(text, "the DPRK declared", "the DPRK", "PRK"),
        in_context(text, "declared its unconditional", "its", "PRK"),
        in_context(text, "for Russia's efforts", "Russia", "RUS"),
        in_context(text, "between Russia and the DPRK", "Russia", "RUS"),
        in_context(text, "between Russia and the DPRK", "the DPRK", "PRK"),
        in_context(
            text, "DPRK Foreign Minister Choe Son Hui", "DPRK Foreign Minister Choe Son Hui", "PRK"
        ),
    ]

    def timex(words: str, value: str) -> TimeRef:
        start = text.index(words)
        return TimeRef(text=words, value=value, type="DATE", span=(start, start + len(words)))

    times = [
        timex("August 12, 2025", "2025-08-12"),
        timex("later this week", "2025-W33"),
        timex("Tuesday", "2025-08-12"),
        timex("Friday", "2025-08-15"),
        timex("last year", "2024"),
        timex("Last month", "2025-07"),
        timex("July 12", "2025-07-12"),
    ]
    places = [
        place(text, "Alaska", "USA"),
        place(text, "Wonsan", "PRK"),
        place(text, "Moscow", "RUS", 1),
    ]
    return text, extractor.process(nlp(text), actors, times, places, SEED_ANCHOR, "seed")


def _dyad(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor.code if event.actor else None,
        event.recipient.code if event.recipient else None,
    )


def test_seed_phone_call(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    call = next(e for e in events if e.mode == "phone" and _dyad(e) == ("RUS", "PRK"))
    assert call.event == "CONSULT" and call.status == "asserted"
    assert call.date == "2025-08-12"


def test_seed_future_meeting_in_alaska(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    meetings = [e for e in events if e.event == "CONSULT" and set(_dyad(e)) == {"RUS", "USA"}]
    assert meetings and all(e.status == "future" for e in meetings)
    assert any(e.location is not None and e.location.name == "Alaska" for e in meetings)
    assert any(e.date == "2025-08-15" for e in meetings)


def test_seed_deployment_and_possible_second_one(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    deployed = next(e for e in events if e.trigger.endswith("deployed"))
    assert deployed.event in ("MOBILIZE", "AID") and deployed.status == "asserted"
    assert _dyad(deployed) == ("PRK", "RUS") and deployed.actor and deployed.actor.sector == "MIL"
    second = next(e for e in events if e.trigger == "deployment")
    assert second.event == "MOBILIZE" and second.status == "hypothetical"


def test_seed_support_pledge_and_wonsan_talks(seed_events: tuple[str, list[Event]]) -> None:
    _, events = seed_events
    support = next(e for e in events if e.event == "SUPPORT" and e.trigger.startswith("declared"))
    assert _dyad(support) == ("PRK", "RUS")
    talks = next(e for e in events if e.location is not None and e.location.name == "Wonsan")
    assert talks.event == "CONSULT" and talks.date == "2025-07-12"
    assert set(_dyad(talks)) == {"RUS", "PRK"}


def test_seed_caption_has_no_event(seed_events: tuple[str, list[Event]]) -> None:
    text, events = seed_events
    caption_start = text.index("Russian President Vladimir Putin chairs")
    caption_end = text.index("via AP)") + len("via AP)")
    assert all(not (caption_start <= e.span[0] < caption_end) for e in events)


def test_actors_of_a_skipped_caption_are_never_roles(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "The president waves in Paris on May 2, 2024. (Jane Doe, Sputnik, Pool Photo via AP)\n"
        "French President Emmanuel Macron spoke by phone with the Japanese prime minister."
    )
    actors = [
        actor(text, "Sputnik", "RUS", "MED"),
        actor(text, "French President Emmanuel Macron", "FRA"),
        actor(text, "Japanese prime minister", "JPN"),
    ]
    events = extractor.process(nlp(text), actors, [], [], ANCHOR, "t")
    call = next(e for e in events if e.mode == "phone")
    assert _dyad(call) == ("FRA", "JPN")


def test_future_reference_makes_an_event_future(nlp: Language, extractor: EventExtractor) -> None:
    text = "Closer military cooperation in the future was the theme of the speech."
    events = code(nlp, extractor, text, [], times=[("the future", "FUTURE_REF")])
    cooperation = next(e for e in events if e.trigger == "cooperation")
    assert cooperation.status == "future"
    assert (cooperation.date, cooperation.date_text) == (None, "the future")


def test_announced_coercion_by_an_event_noun_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The governor said he will extend the curfew in the city."
    events = code(nlp, extractor, text, [("The governor", "NGA"), ("he", "NGA")])
    assert events[0].event == "THREATEN"
    curfew = next(e for e in events if e.event == "COERCE")
    assert (curfew.mode, curfew.status) == ("curfew", "future")


def test_details_of_one_event_mentioned_twice_are_shared(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Modi spoke about his upcoming meeting with the Chinese president in Beijing. "
        "The Modi-Xi meeting is expected to take place on Friday."
    )
    events = code(
        nlp,
        extractor,
        text,
        [
            ("Modi", "IND"),
            ("his", "IND"),
            ("Chinese president", "CHN"),
            ("Modi", "IND", "GOV", 1),
            ("Xi", "CHN"),
        ],
        times=[("Friday", "2025-08-15")],
        places=[("Beijing", "CHN")],
    )
    meetings = [e for e in events if e.trigger == "meeting"]
    assert len(meetings) == 2
    assert all(e.status == "future" and set(_dyad(e)) == {"IND", "CHN"} for e in meetings)
    assert all(e.date == "2025-08-15" for e in meetings)
    assert all(e.location is not None and e.location.name == "Beijing" for e in meetings)


def test_empty_and_non_prose_texts_have_no_events(nlp: Language, extractor: EventExtractor) -> None:
    assert extractor.process(nlp(""), [], [], [], None, "x") == []
    assert extractor.process(nlp("-\n***\n"), [], [], [], None, "x") == []


def test_without_anchor_asserted_events_have_no_date(
    nlp: Language, extractor: EventExtractor
) -> None:
    events = extractor.process(nlp("Rebels attacked the convoy."), [], [], [], None, "x")
    assert events and events[0].date is None and events[0].status == "asserted"


def test_domestic_event_without_named_target_is_aimed_at_the_actors_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Thousands of Chilean students demonstrated on Sunday."
    events = code(nlp, extractor, text, [("Chilean students", "CHL", "CVL")])
    protest = next(e for e in events if e.event == "PROTEST")
    assert protest.recipient is not None
    assert (protest.recipient.code, protest.recipient.sector) == ("CHL", "GOV")


def test_event_without_named_target_is_aimed_at_the_country_where_it_happens(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Kenyan police imposed a curfew in Kampala."
    events = code(
        nlp, extractor, text, [("Kenyan police", "KEN", "COP")], places=[("Kampala", "UGA")]
    )
    curfew = next(e for e in events if e.event == "COERCE")
    assert curfew.recipient is not None and curfew.recipient.code == "UGA"


def test_a_promise_naming_nobody_is_aimed_at_home(nlp: Language, extractor: EventExtractor) -> None:
    text = "Peruvian officials agreed to hold elections in May."
    events = code(nlp, extractor, text, [("Peruvian officials", "PER")])
    agree = next(e for e in events if e.event == "AGREE")
    assert agree.recipient is not None and agree.recipient.code == "PER"


def test_a_joint_agreement_has_no_recipient(nlp: Language, extractor: EventExtractor) -> None:
    text = "Chile and Peru agreed to cooperate on fisheries through the Andean Community."
    actors = [("Chile", "CHL"), ("Peru", "PER"), ("Andean Community", "IGOCAN")]
    events = [e for e in code(nlp, extractor, text, actors) if e.event == "AGREE"]
    assert {e.actor.code for e in events if e.actor} == {"CHL", "PER"}
    assert all(e.recipient is None for e in events)


def test_said_that_someone_must_act_is_a_demand(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Dutch minister said that Belgium must hand over the documents."
    events = code(nlp, extractor, text, [("Dutch minister", "NLD"), ("Belgium", "BEL")])
    demand = events[0]
    assert demand.event == "REQUEST" and demand.cameo == "100"
    assert demand.actor is not None and demand.actor.code == "NLD"
    assert demand.recipient is not None and demand.recipient.code == "BEL"


def test_must_be_ready_to_act_is_a_demand_not_an_intent(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Greek president said the Turkish government must be ready to negotiate."
    events = code(nlp, extractor, text, [("Greek president", "GRC"), ("Turkish government", "TUR")])
    assert events[0].event == "REQUEST"
    assert events[0].recipient is not None and events[0].recipient.code == "TUR"


def test_intent_word_over_an_action_is_no_event_of_its_own(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Serbian army prepared to resume shelling the town."
    events = code(nlp, extractor, text, [("Serbian army", "SRB", "MIL")])
    assert "prepared" not in {e.trigger for e in events}
    assert events[0].event == "MOBILIZE"  # readying forces to attack mobilizes them


def test_adjective_complement_inherits_the_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Canada is ready to contribute 500 troops to the force in Haiti."
    events = code(nlp, extractor, text, [("Canada", "CAN"), ("Haiti", "HTI")])
    assert events[0].actor is not None and events[0].actor.code == "CAN"


def test_conjoined_recipients_give_one_event_each(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Gambian president will visit Mauritania and Senegal."
    events = code(
        nlp,
        extractor,
        text,
        [("Gambian president", "GMB"), ("Mauritania", "MRT"), ("Senegal", "SEN")],
    )
    visits = [e for e in events if e.trigger == events[0].trigger and e.event == events[0].event]
    assert {e.recipient.code for e in visits if e.recipient} == {"MRT", "SEN"}


def test_withdrawing_peacekeepers_from_a_country_targets_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Ghana withdrew its peacekeepers from Liberia."
    events = code(nlp, extractor, text, [("Ghana", "GHA"), ("Liberia", "LBR")])
    assert events[0].recipient is not None and events[0].recipient.code == "LBR"


def test_participle_event_takes_agent_and_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The sanctions imposed by Canada on Iran took effect on Monday."
    events = code(nlp, extractor, text, [("Canada", "CAN"), ("Iran", "IRN")])
    assert [e.event for e in events] == ["SANCTION"]
    assert events[0].actor is not None and events[0].actor.code == "CAN"
    assert events[0].recipient is not None and events[0].recipient.code == "IRN"


def test_clause_on_a_time_takes_that_time_and_is_background(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The town saw heavy fighting in 2014, when Syrian forces shelled it for weeks."
    events = code(nlp, extractor, text, [("Syrian forces", "SYR", "MIL")], times=[("2014", "2014")])
    shelled = next(e for e in events if e.trigger == "shelled")
    assert (shelled.date, shelled.status) == ("2014", "historical")


def test_vowing_to_attack_is_a_threat(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Tamil rebels vowed to attack the capital."
    events = code(nlp, extractor, text, [("Tamil rebels", "LKA", "REB")])
    assert events[0].event == "THREATEN"
    assert "vowed" not in {e.trigger for e in events}


def test_pledging_to_cooperate_is_an_agreement(nlp: Language, extractor: EventExtractor) -> None:
    text = "Chile and Peru pledged to cooperate against smuggling."
    events = code(nlp, extractor, text, [("Chile", "CHL"), ("Peru", "PER")])
    assert events[0].event == "AGREE"
    assert {e.actor.code for e in events if e.event == "AGREE" and e.actor} == {"CHL", "PER"}


def test_each_other_codes_each_party_against_the_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Armenia and Azerbaijan blamed each other for the clashes."
    events = code(nlp, extractor, text, [("Armenia", "ARM"), ("Azerbaijan", "AZE")])
    pairs = {
        (e.actor.code, e.recipient.code)
        for e in events
        if e.event == "ACCUSE" and e.actor is not None and e.recipient is not None
    }
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_noun_event_takes_the_place_of_the_verb_it_is_subject_of(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The deployment of Chadian troops began in Niger on Monday."
    events = code(
        nlp, extractor, text, [("Chadian troops", "TCD", "MIL")], places=[("Niger", "NER")]
    )
    deployment = next(e for e in events if e.trigger == "deployment")
    assert deployment.location is not None and deployment.location.country == "NER"


def test_an_uncoded_place_is_implied_through_the_actor_its_words_name(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Chinese peacekeeping troops have arrived in Bosnia."
    doc = nlp(text)
    bosnia = Place(
        text="Bosnia",
        name="Bosnia",
        country=None,
        admin1=None,
        lat=None,
        lon=None,
        geonameid=None,
        span=find(text, "Bosnia"),
    )
    actors = [
        actor(text, "Chinese peacekeeping troops", "CHN", "MIL"),
        actor(text, "Bosnia", "BIH", None),
    ]
    events = extractor.process(doc, actors, [], [bosnia], ANCHOR, "t")
    assert events[0].event == "AID"
    assert events[0].recipient is not None and events[0].recipient.code == "BIH"


def test_a_reporter_of_another_country_is_the_target_of_an_untargeted_attack(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Pakistani officials said Indian troops violated the ceasefire."
    events = code(
        nlp, extractor, text, [("Pakistani officials", "PAK"), ("Indian troops", "IND", "MIL")]
    )
    assert events[0].actor is not None and events[0].actor.code == "IND"
    assert events[0].recipient is not None and events[0].recipient.code == "PAK"
    text = "Indian officials said Indian troops violated the ceasefire."
    events = code(
        nlp, extractor, text, [("Indian officials", "IND"), ("Indian troops", "IND", "MIL")]
    )
    assert events[0].recipient is None or events[0].recipient.text == "Indian troops"


def test_helping_frames_the_support_it_governs(nlp: Language, extractor: EventExtractor) -> None:
    text = "Qatar funded lobby groups to help support the rights of Palestinians."
    events = code(nlp, extractor, text, [("Qatar", "QAT"), ("Palestinians", "PSE", "CVL")])
    assert "help" not in {e.trigger for e in events}
    support = next(e for e in events if e.event == "SUPPORT")
    assert support.actor is not None and support.actor.code == "QAT"
    assert support.recipient is not None and support.recipient.code == "PSE"
    text = "Japan helped Ukraine rebuild its power grid."
    events = code(nlp, extractor, text, [("Japan", "JPN"), ("Ukraine", "UKR")])
    assert [e.event for e in events][:1] == ["AID"]


def test_announcing_a_withdrawal_is_a_concession(nlp: Language, extractor: EventExtractor) -> None:
    text = "Vietnam said it would withdraw its troops from Laos."
    events = code(nlp, extractor, text, [("Vietnam", "VNM"), ("Laos", "LAO")])
    assert (events[0].event, events[0].cameo) == ("CONCEDE", "035")
    assert events[0].recipient is not None and events[0].recipient.code == "LAO"


def test_offering_to_free_prisoners_is_a_concession(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Nigeria offered to free the prisoners."
    events = code(nlp, extractor, text, [("Nigeria", "NGA")])
    assert (events[0].event, events[0].cameo) == ("CONCEDE", "035")


def test_promising_a_political_reform_is_an_agreement_aimed_at_home(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Nepalese junta promised to hand over power."
    events = code(nlp, extractor, text, [("Nepalese junta", "NPL")])
    assert (events[0].event, events[0].cameo) == ("AGREE", "034")
    assert events[0].recipient is not None and events[0].recipient.code == "NPL"


def test_refusing_to_leave_a_country_targets_it(nlp: Language, extractor: EventExtractor) -> None:
    text = "Ghana refused to withdraw its troops from Liberia."
    events = code(nlp, extractor, text, [("Ghana", "GHA"), ("Liberia", "LBR")])
    assert events[0].event == "REJECT"
    assert events[0].recipient is not None and events[0].recipient.code == "LBR"


def test_withdrawing_from_a_city_targets_its_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Ghana withdrew its troops from Monrovia."
    events = code(nlp, extractor, text, [("Ghana", "GHA")], places=[("Monrovia", "LBR")])
    assert events[0].event == "RETREAT"
    assert events[0].recipient is not None and events[0].recipient.code == "LBR"


def test_unattributed_violence_is_coded_to_where_it_happens(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "A car bomb exploded in Belfast on Saturday, killing two British soldiers."
    events = code(
        nlp, extractor, text, [("British soldiers", "GBR", "MIL")], places=[("Belfast", "GBR")]
    )
    top = events[0]
    assert top.event == "ASSAULT"
    assert top.actor is not None and (top.actor.code, top.actor.text) == ("GBR", "Belfast")
    assert top.recipient is not None and top.recipient.code == "GBR"


def test_uncoded_protesters_are_the_places_own(nlp: Language, extractor: EventExtractor) -> None:
    text = "Students clashed with police in Jakarta during protests against the government."
    events = code(nlp, extractor, text, [], places=[("Jakarta", "IDN")])
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and protests[0].actor is not None and protests[0].actor.code == "IDN"


def test_parties_acting_together_have_no_recipient_of_their_own_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The British and Irish governments signed a joint declaration on Northern Ireland."
    parties: list[tuple[str, str] | tuple[str, str, str]] = [
        ("British", "GBR"),
        ("Irish governments", "IRL"),
        ("Ireland", "IRL", "CVL"),
    ]
    events = [e for e in code(nlp, extractor, text, parties) if e.event == "SUPPORT"]
    assert {e.actor.code for e in events if e.actor} == {"GBR", "IRL"}
    assert all(e.recipient is None for e in events)


def test_parties_of_several_countries_imply_no_recipient_of_their_own(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Peru and Ecuador agreed to settle their border dispute through peaceful means."
    events = code(nlp, extractor, text, [("Peru", "PER"), ("Ecuador", "ECU")])
    top = [e for e in events if e.trigger == events[0].trigger]
    assert {e.actor.code for e in top if e.actor} == {"PER", "ECU"}
    assert all(e.recipient is None for e in top)


def test_a_that_clause_stating_the_subjects_own_act_is_the_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Portugal conceded on Monday that it would hand over Macau to China in 1999."
    events = code(nlp, extractor, text, [("Portugal", "PRT"), ("China", "CHN")])
    top = events[0]
    assert top.trigger != "conceded"
    assert top.recipient is not None and top.recipient.code == "CHN"


def test_a_that_clause_of_another_party_keeps_the_frame(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Kenyan government warned that police would crush further protests."
    events = code(nlp, extractor, text, [("Kenyan government", "KEN")])
    assert any(e.trigger == "warned" for e in events)


def test_a_passive_participle_describes_who_undergoes_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The court began trying the Liberian commanders accused of war crimes."
    events = code(nlp, extractor, text, [("Liberian commanders", "LBR", "MIL")])
    accused = [e for e in events if e.trigger.startswith("accused")]
    assert accused and all(e.actor is None or e.actor.code != "LBR" for e in accused)
    assert any(e.recipient is not None and e.recipient.code == "LBR" for e in accused)


def test_a_meeting_partner_hung_inside_the_topic(nlp: Language, extractor: EventExtractor) -> None:
    text = "The German chancellor discussed Iran's nuclear programme with her French counterpart."
    events = code(
        nlp,
        extractor,
        text,
        [("German chancellor", "DEU"), ("Iran", "IRN"), ("French counterpart", "FRA")],
    )
    talks = [e for e in events if e.event == "CONSULT"]
    assert talks and talks[0].recipient is not None and talks[0].recipient.code == "FRA"


def test_a_participle_describing_a_noun_is_background(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The U.N. court started investigating the Liberian militia leaders accused of genocide."
    parties = [("U.N. court", "IGOUNO"), ("Liberian militia leaders", "LBR")]
    events = code(nlp, extractor, text, parties)
    top = events[0]
    assert top.actor is not None and top.actor.code == "IGOUNO"
    assert top.recipient is not None and top.recipient.code == "LBR"
