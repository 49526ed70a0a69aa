"""ProvenanceResolver: who each event is reported by, on hand-written sentences."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dyads.records import Actor, Event
from dyads.stages.provenance import ProvenanceResolver, trigger_span
from dyads.stages.quotes import QuoteFinder


def mention(
    text: str, words: str, name: str, code: str, sector: str | None, within: str = ""
) -> Actor:
    """An actor for the first occurrence of `words` in `text` (after the phrase `within`)."""
    start = text.index(words, text.index(within) if within else 0)
    return Actor(text=words, name=name, code=code, sector=sector, span=(start, start + len(words)))


def event(text: str, sentence: str, trigger: str, kind: str = "CONSULT") -> Event:
    """An event whose evidence is the sentence starting with `sentence`."""
    start = text.index(sentence)
    end = text.find("\n", start)
    return Event(
        id=f"e{start}",
        event=kind,
        mode=None,
        context=(),
        status="asserted",
        cameo=None,
        quad_class=None,
        actor=None,
        recipient=None,
        date=None,
        date_text=None,
        location=None,
        reported_by=None,
        trigger=trigger,
        span=(start, len(text) if end < 0 else end),
        confidence=0.5,
    )


def resolve(nlp: Language, text: str, events: list[Event], actors: list[Actor]) -> list[Event]:
    doc = nlp(text)
    quotes = QuoteFinder().process(doc, actors)
    return ProvenanceResolver().process(doc, events, actors, quotes)


def sources(events: list[Event]) -> list[str | None]:
    return [e.reported_by.name if e.reported_by else None for e in events]


def test_trigger_span_finds_the_trigger_in_the_evidence() -> None:
    text = "They met. Then they met again."
    evidence = event(text, "Then", "met")
    assert trigger_span(text, evidence) == (text.index("met again"), text.index("met again") + 3)
    missing = event(text, "Then", "talks")
    assert trigger_span(text, missing) == missing.span


def test_trigger_words_apart_in_the_text_anchor_from_first_to_last() -> None:
    text = "Over 500 troops have already been deployed to the front."
    evidence = event(text, "Over", "troops deployed")
    assert trigger_span(text, evidence) == (text.index("troops"), text.index(" to the"))


def test_trigger_words_match_whole_words_only() -> None:
    text = "They recalled the call."
    assert trigger_span(text, event(text, "They", "call")) == (18, 22)


def test_according_to_reports_the_events_of_its_sentence(nlp: Language) -> None:
    text = "According to the ministry, the two leaders met in Rome.\nThe leaders met again in Oslo."
    ministry = mention(text, "the ministry", "ministry", "ITA", "GOV")
    events = [event(text, "According", "met"), event(text, "The leaders", "met")]
    assert sources(resolve(nlp, text, events, [ministry])) == ["ministry", None]


def test_closing_attribution_reports_the_clause_but_not_itself(nlp: Language) -> None:
    text = "The president spoke by phone with the king, the palace announced on Tuesday."
    palace = mention(text, "the palace", "palace", "JOR", "GOV")
    events = [event(text, "The president", "spoke"), event(text, "The president", "announced")]
    assert sources(resolve(nlp, text, events, [palace])) == ["palace", None]


def test_event_inside_a_direct_quote_is_reported_by_the_speaker(nlp: Language) -> None:
    text = '"We will send troops to the border," Smith said.'
    smith = mention(text, "Smith", "Anna Smith", "GBR", "GOV")
    events = [event(text, '"We', "send", "MOBILIZE"), event(text, '"We', "said")]
    assert sources(resolve(nlp, text, events, [smith])) == ["Anna Smith", None]


def test_event_in_the_journalists_voice_has_no_source(nlp: Language) -> None:
    text = "Protesters gathered outside the embassy on Sunday."
    events = [event(text, "Protesters", "gathered", "PROTEST")]
    assert sources(resolve(nlp, text, events, [])) == [None]


def test_closest_attribution_wins(nlp: Language) -> None:
    text = "According to the agency, Smith said that troops had crossed the border."
    agency = mention(text, "the agency", "agency", "FRA", "MED")
    smith = mention(text, "Smith", "Anna Smith", "GBR", "GOV")
    events = [event(text, "According", "crossed", "ASSAULT"), event(text, "According", "said")]
    assert sources(resolve(nlp, text, events, [agency, smith])) == ["Anna Smith", "agency"]


def test_pronoun_speaker_reports_the_content(nlp: Language) -> None:
    text = "Smith arrived in Paris.\nShe stated that her government would sign the treaty."
    smith = mention(text, "Smith", "Anna Smith", "GBR", "GOV")
    she = mention(text, "She", "Anna Smith", "GBR", "GOV")
    events = [event(text, "She", "sign", "AGREE")]
    assert sources(resolve(nlp, text, events, [smith, she])) == ["Anna Smith"]


def test_a_report_named_earlier_reports_what_it_suggests_later(nlp: Language) -> None:
    text = (
        "According to a Japanese intelligence report, troops were deployed to the island.\n"
        "The report also suggests that a second deployment may follow."
    )
    japan = mention(text, "Japanese intelligence", "Japan", "JPN", "SPY")
    events = [
        event(text, "According", "deployed", "MOBILIZE"),
        event(text, "The report", "deployment", "MOBILIZE"),
    ]
    assert sources(resolve(nlp, text, events, [japan])) == ["Japan", "Japan"]


def test_citing_a_source_reports_the_sentence(nlp: Language) -> None:
    text = "Troops moved toward the border on Monday, citing the defence ministry."
    ministry = mention(text, "the defence ministry", "defence ministry", "UKR", "MIL")
    events = [event(text, "Troops", "moved", "MOBILIZE")]
    assert sources(resolve(nlp, text, events, [ministry])) == ["defence ministry"]


def test_citing_something_that_is_not_a_source_reports_nothing(nlp: Language) -> None:
    text = "The minister praised the alliance, citing Japan's role in the drills."
    japan = mention(text, "Japan", "Japan", "JPN", None)
    events = [event(text, "The minister", "praised", "SUPPORT")]
    assert sources(resolve(nlp, text, events, [japan])) == [None]


def test_events_are_new_records_with_everything_else_kept(nlp: Language) -> None:
    text = "According to the ministry, the two leaders met in Rome."
    ministry = mention(text, "the ministry", "ministry", "ITA", "GOV")
    original = event(text, "According", "met")
    (result,) = resolve(nlp, text, [original], [ministry])
    assert original.reported_by is None
    assert result.reported_by == ministry
    assert (result.id, result.trigger, result.span) == (
        original.id,
        original.trigger,
        original.span,
    )


def test_seed_article_reported_by(nlp: Language, shared_data: Path) -> None:
    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    choe = ("Choe Son Hui", "PRK", "GOV")
    actors = [
        mention(text, "the Kremlin", "Kremlin", "RUS", "GOV", within="the Kremlin announced"),
        mention(text, "KCNA", "KCNA", "PRK", "MED", within="According to KCNA"),
        mention(text, "South Korean intelligence", "South Korea", "KOR", "SPY"),
        mention(text, "Choe Son Hui", *choe),
        mention(text, "Choe", *choe, within="Choe said"),
    ]
    events = [
        event(text, "Russian President Vladimir Putin spoke", "spoke phone"),
        event(text, "Russian President Vladimir Putin spoke", "announced"),
        event(text, "According to KCNA", "discussed"),
        event(text, "According to a South Korean", "troops deployed", "MOBILIZE"),
        event(text, "The report also suggests", "deployment", "MOBILIZE"),
        event(text, '"The strategic choice', "support", "SUPPORT"),
        event(text, "Last month, the DPRK declared", "declared", "SUPPORT"),
    ]
    assert sources(resolve(nlp, text, events, actors)) == [
        "Kremlin",
        None,
        "KCNA",
        "South Korea",
        "South Korea",
        "Choe Son Hui",
        None,
    ]


def test_a_source_the_actor_stage_does_not_code_still_reports(nlp: Language) -> None:
    text = "Defence analyst Maria Keller said that troops had crossed the border."
    events = resolve(nlp, text, [event(text, "Defence", "crossed", "ASSAULT")], [])
    (source,) = [e.reported_by for e in events]
    assert source is not None
    assert (source.name, source.code, source.sector) == ("Maria Keller", None, None)


def test_provenance_adds_corroboration(nlp: Language) -> None:
    text = "The two presidents met in Rome, the ministry said.\nThe agency confirmed the meeting."
    ministry = mention(text, "the ministry", "ministry", "ITA", "GOV")
    agency = mention(text, "The agency", "agency", "ITA", "MED")
    (found,) = resolve(nlp, text, [event(text, "The two", "met")], [ministry, agency])
    assert sources([found]) == ["ministry"]
    assert [(n.source.name, n.stance) for n in found.corroboration] == [("agency", "confirms")]
