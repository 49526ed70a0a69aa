"""End to end: the seed article and the shipped examples, coded by the real pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dyads.ingest import read_inputs
from dyads.pipeline import Pipeline
from dyads.records import Article, CodedArticle, Event

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(path: Path) -> list[Article]:
    return [item for item in read_inputs([str(path)]) if isinstance(item, Article)]


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, shared_data: Path) -> CodedArticle:
    (article,) = _read(shared_data / "seed" / "article.txt")
    return pipeline.code(article)


def _find(coded: CodedArticle, test: Callable[[Event], bool]) -> list[Event]:
    return [event for event in coded.events if test(event)]


def _codes(event: Event) -> set[str | None]:
    return {
        event.actor.code if event.actor else None,
        event.recipient.code if event.recipient else None,
    }


def test_seed_article_date_is_inferred_from_caption_and_weekday(seed: CodedArticle) -> None:
    assert seed.article.date == "2025-08-12"
    assert seed.article.date_source == "text"


def test_seed_phone_call(seed: CodedArticle) -> None:
    calls = _find(seed, lambda e: e.event == "CONSULT" and e.mode == "phone")
    assert calls, "the phone call is not coded"
    call = calls[0]
    assert call.actor is not None and (call.actor.code, call.actor.sector) == ("RUS", "GOV")
    assert call.recipient is not None
    assert (call.recipient.code, call.recipient.sector) == ("PRK", "GOV")
    assert call.date == "2025-08-12"
    assert call.status == "asserted"
    assert call.reported_by is not None
    assert (call.reported_by.code, call.reported_by.sector) == ("RUS", "GOV")


def test_seed_planned_summit(seed: CodedArticle) -> None:
    summits = _find(seed, lambda e: e.event == "CONSULT" and _codes(e) == {"RUS", "USA"})
    assert summits, "the planned summit is not coded"
    summit = summits[0]
    assert summit.status == "future"
    assert summit.date == "2025-08-15"
    assert summit.location is not None
    assert summit.location.name == "Alaska" and summit.location.country == "USA"


def test_seed_deployments(seed: CodedArticle) -> None:
    deployments = _find(seed, lambda e: e.event in {"AID", "MOBILIZE"})
    first = [e for e in deployments if e.status == "asserted" and e.actor is not None]
    assert first, "the troop deployment is not coded"
    deployment = first[0]
    assert deployment.actor is not None
    assert (deployment.actor.code, deployment.actor.sector) == ("PRK", "MIL")
    assert deployment.recipient is not None and deployment.recipient.code == "RUS"
    assert deployment.reported_by is not None and deployment.reported_by.code == "KOR"
    assert any(e.status == "hypothetical" for e in deployments), "second deployment missing"


def test_seed_pledge_and_talks(seed: CodedArticle) -> None:
    pledges = _find(
        seed,
        lambda e: (
            e.event == "SUPPORT"
            and e.actor is not None
            and e.actor.code == "PRK"
            and e.recipient is not None
            and e.recipient.code == "RUS"
        ),
    )
    assert pledges, "the DPRK's pledge of support is not coded"
    talks = _find(
        seed,
        lambda e: e.event == "CONSULT" and e.location is not None and e.location.country == "PRK",
    )
    assert talks, "the talks in the DPRK are not coded"
    assert talks[0].date == "2025-07-12"
    assert talks[0].location is not None and talks[0].location.name.startswith("W")


def test_seed_quotes_have_their_speakers(seed: CodedArticle) -> None:
    by_content = {quote.content: quote for quote in seed.quotes}
    choe = next(q for c, q in by_content.items() if c.startswith("The strategic choice"))
    assert choe.kind == "direct"
    assert choe.speaker is not None and choe.speaker.name == "Choe Son Hui"
    assert choe.speaker.code == "PRK"
    brotherhood = next(q for c, q in by_content.items() if "brotherhood" in c)
    assert brotherhood.speaker is not None and brotherhood.speaker.code == "RUS"
    assert brotherhood.speaker.name == "Sergey Lavrov"


def test_seed_caption_and_credit_yield_no_events(seed: CodedArticle) -> None:
    text = seed.article.text
    caption_start = text.index("Russian President Vladimir Putin chairs")
    caption_end = text.index("\n", caption_start)
    inside = _find(seed, lambda e: caption_start <= e.span[0] < caption_end)
    assert inside == []


def test_every_span_is_exact(seed: CodedArticle) -> None:
    text = seed.article.text
    for actor in seed.mentions.actors:
        assert text[actor.span[0] : actor.span[1]] == actor.text
    for place in seed.mentions.places:
        assert text[place.span[0] : place.span[1]] == place.text
    for time in seed.mentions.times:
        assert text[time.span[0] : time.span[1]] == time.text
    for quote in seed.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.content


def test_example_phone_call_is_coded_with_its_source(pipeline: Pipeline) -> None:
    (article,) = _read(EXAMPLES / "phone_call.txt")
    coded = pipeline.code(article)
    assert coded.article.date == "2026-03-03"
    calls = _find(coded, lambda e: e.event == "CONSULT" and e.mode == "phone")
    assert calls
    assert _codes(calls[0]) == {"JPN", "AUS"}
    assert calls[0].reported_by is not None and calls[0].reported_by.code == "JPN"


def test_example_protest_and_crackdown(pipeline: Pipeline) -> None:
    (article,) = _read(EXAMPLES / "protests.jsonl")
    coded = pipeline.code(article)
    protests = _find(coded, lambda e: e.event == "PROTEST")
    assert protests and protests[0].actor is not None and protests[0].actor.code == "KEN"
    assert protests[0].date == "2026-09-01"  # "on Tuesday" before a Wednesday article date


def test_seed_news_agency_confirms_the_call_and_omits_the_summit(seed: CodedArticle) -> None:
    call = _find(seed, lambda e: e.event == "CONSULT" and e.mode == "phone")[0]
    confirms = [c for c in call.corroboration if c.stance == "confirms"]
    assert confirms and confirms[0].source.code == "PRK"
    summits = _find(seed, lambda e: e.event == "CONSULT" and _codes(e) == {"RUS", "USA"})
    assert all(
        any(c.stance == "omits" and c.source.code == "PRK" for c in summit.corroboration)
        for summit in summits
    )


def test_places_take_the_state_of_the_article_date(pipeline: Pipeline) -> None:
    text = "Police clashed with students in Bratislava on Tuesday."
    then = pipeline.code(Article(id="old", text=text, date="1989-11-21"))
    now = pipeline.code(Article(id="new", text=text, date="2024-11-19"))
    assert [p.country for p in then.mentions.places] == ["CSK"]
    assert [p.country for p in now.mentions.places] == ["SVK"]


def test_seed_statuses_and_dates_show_their_words(seed: CodedArticle) -> None:
    text = seed.article.text
    for event in seed.events:
        cues = [text[start:end] for start, end in event.status_spans]
        assert bool(cues) == (event.status != "asserted"), event.id
        if event.date_text is None:
            assert event.date_span is None
        else:
            assert event.date_span is not None
            assert text[event.date_span[0] : event.date_span[1]] == event.date_text
    summit = _find(seed, lambda e: e.event == "CONSULT" and _codes(e) == {"RUS", "USA"})[0]
    assert summit.date_text == "Friday"
    assert [text[s:e] for s, e in summit.status_spans] in (["upcoming"], ["expected"], ["set"])
    deployments = _find(seed, lambda e: e.event in {"AID", "MOBILIZE"})
    second = next(e for e in deployments if e.status == "hypothetical")
    assert [text[s:e] for s, e in second.status_spans] == ["may"]


def test_an_actor_placed_by_a_town_takes_the_geoparsers_state(pipeline: Pipeline) -> None:
    text = "Police in London, Ontario, detained three teenagers after a break-in on Sunday."
    coded = pipeline.code(Article(id="town", text=text, date="2025-03-02"))
    police = [a for a in coded.mentions.actors if a.text.startswith("Police")]
    assert [(a.code, a.sector) for a in police] == [("CAN", "COP")]
    at_home = pipeline.code(Article(id="home", text="Police in London detained three teenagers."))
    assert [a.code for a in at_home.mentions.actors if a.text.startswith("Police")] == ["GBR"]


def test_every_entry_point_gives_the_actors_the_places_agree_with(pipeline: Pipeline) -> None:
    text = "Police officers in London, Ontario, arrested two men after a robbery on Friday."
    doc = pipeline.nlp(text)
    actors, _ = pipeline.actors_and_places(doc, None)
    assert [a.code for a in pipeline.actor_recognizer.process(doc, None)] == ["GBR"]  # alone
    assert [(a.code, a.sector) for a in actors] == [("CAN", "COP")]
    coded = pipeline.code(Article(id="stages", text=text))
    assert [(a.text, a.code) for a in coded.mentions.actors] == [(a.text, a.code) for a in actors]
