"""Corroboration: sources that confirm, deny or pass over events others report."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace
from spacy.language import Language

from dyads.records import SCHEMA, Actor, CodedArticle, Event, coded_article_from_json, to_json
from dyads.stages.corroboration import corroborate
from dyads.stages.speakers import SpeakerResolver


def actor(text: str, words: str, code: str, sector: str = "GOV", nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Actor(text=words, name=words, code=code, sector=sector, span=(start, start + len(words)))


def event(
    text: str,
    sentence: str,
    kind: str,
    *,
    mode: str | None = None,
    parties: tuple[Actor, Actor] | None = None,
    reported_by: Actor | None = None,
) -> Event:
    start = text.index(sentence)
    return Event(
        id=f"e{start}",
        event=kind,
        mode=mode,
        context=(),
        status="asserted",
        cameo=None,
        quad_class=None,
        actor=parties[0] if parties else None,
        recipient=parties[1] if parties else None,
        date=None,
        date_text=None,
        location=None,
        reported_by=reported_by,
        trigger=sentence.split()[1],
        span=(start, start + len(sentence)),
        confidence=0.5,
    )


def stances(events: list[Event]) -> list[list[tuple[str, str]]]:
    return [[(note.source.name, note.stance) for note in e.corroboration] for e in events]


def test_a_confirmed_call_and_an_omitted_meeting(nlp: Language) -> None:
    text = (
        "Ruto spoke by phone with Museveni, the presidency said. "
        "Ruto will meet Kagame in Kigali on Friday. "
        "While the Uganda Broadcasting Corporation confirmed the call, it made no mention of "
        "the Ruto-Kagame meeting."
    )
    ruto, museveni = actor(text, "Ruto", "KEN"), actor(text, "Museveni", "UGA")
    ruto2, kagame = actor(text, "Ruto", "KEN", nth=1), actor(text, "Kagame", "RWA")
    ubc = actor(text, "Uganda Broadcasting Corporation", "UGA", "MED")
    events = [
        event(text, "Ruto spoke by phone", "CONSULT", mode="phone", parties=(ruto, museveni)),
        event(text, "Ruto will meet Kagame", "CONSULT", parties=(ruto2, kagame)),
    ]
    doc = nlp(text)
    found = corroborate(doc, events, SpeakerResolver(doc, [ruto, museveni, ruto2, kagame, ubc]))
    assert stances(found) == [
        [("Uganda Broadcasting Corporation", "confirms")],
        [("Uganda Broadcasting Corporation", "omits")],
    ]
    confirm = found[0].corroboration[0]
    assert (
        text[confirm.span[0] : confirm.span[1]]
        == "the Uganda Broadcasting Corporation confirmed the call"
    )


def test_a_denied_report_marks_the_events_it_reported(nlp: Language) -> None:
    text = (
        "According to a Ukrainian report, Russian troops shelled the port. "
        "Moscow denied the report."
    )
    ukraine = actor(text, "Ukrainian", "UKR")
    russia, moscow = actor(text, "Russian troops", "RUS", "MIL"), actor(text, "Moscow", "RUS")
    shelling = event(
        text,
        "Russian troops shelled the port.",
        "ASSAULT",
        parties=(russia, russia),
        reported_by=ukraine,
    )
    doc = nlp(text)
    (found,) = corroborate(doc, [shelling], SpeakerResolver(doc, [ukraine, russia, moscow]))
    assert stances([found]) == [[("Moscow", "denies")]]


def _denied_act(text: str, sentence: str, verb: str, kind: str, doer: Actor) -> Event:
    """The act a denial is about, coded negated at its verb, as the events stage codes it."""
    at = text.index(verb, text.index(sentence))
    return replace(
        event(text, sentence, kind, parties=(doer, doer)),
        status="negated",
        trigger_spans=((at, at + len(verb)),),
    )


def test_an_act_denied_by_its_doer_marks_the_earlier_report_of_it(nlp: Language) -> None:
    text = (
        "Polish intelligence said Belarusian troops moved to the border. "
        "Belarus denied that its troops had crossed into Lithuania. "
        "Minsk also denied sending troops to the border."
    )
    poland = actor(text, "Polish intelligence", "POL", "SPY")
    troops = actor(text, "Belarusian troops", "BLR", "MIL")
    belarus, minsk = actor(text, "Belarus", "BLR", nth=1), actor(text, "Minsk", "BLR")
    moved = event(
        text,
        "Belarusian troops moved to the border.",
        "MOBILIZE",
        parties=(troops, troops),
        reported_by=poland,
    )
    crossing = _denied_act(text, "Belarus denied", "crossed", "ASSAULT", belarus)
    sending = _denied_act(text, "Minsk also", "sending", "MOBILIZE", minsk)
    doc = nlp(text)
    found = corroborate(
        doc, [moved, crossing, sending], SpeakerResolver(doc, [poland, troops, belarus, minsk])
    )
    # Only the deployment was reported before; the crossing is denied but never claimed.
    assert stances(found) == [[("Minsk", "denies")], [], []]


def test_a_denial_of_a_reported_act_answers_the_reports_source(nlp: Language) -> None:
    text = (
        "Polish intelligence said Belarusian troops moved to the border. "
        "Minsk denied sending troops to the border."
    )
    poland = actor(text, "Polish intelligence", "POL", "SPY")
    troops = actor(text, "Belarusian troops", "BLR", "MIL")
    minsk = actor(text, "Minsk", "BLR")
    moved = event(
        text, "Belarusian troops moved to the border.", "MOBILIZE", parties=(troops, troops)
    )
    moved = replace(moved, reported_by=poland)
    at = text.index("denied")
    own_state = replace(minsk, text="Minsk", sector="GOV")
    denial = replace(
        event(text, "Minsk denied", "REJECT", parties=(minsk, own_state)),
        trigger_spans=((at, at + len("denied")),),
    )
    sending = _denied_act(text, "Minsk denied", "sending", "MOBILIZE", minsk)
    doc = nlp(text)
    speakers = SpeakerResolver(doc, [poland, troops, minsk])
    assert corroborate(doc, [moved, denial, sending], speakers)[1].recipient == poland
    # Unreported, the same denial keeps the recipient the events stage gave it.
    unreported = replace(moved, reported_by=None)
    assert corroborate(doc, [unreported, denial, sending], speakers)[1].recipient == own_state


def test_no_stance_leaves_events_as_they_were(nlp: Language) -> None:
    text = "Ruto met Kagame in Kigali. The talks covered trade."
    ruto, kagame = actor(text, "Ruto", "KEN"), actor(text, "Kagame", "RWA")
    talks = event(text, "Ruto met Kagame in Kigali.", "CONSULT", parties=(ruto, kagame))
    doc = nlp(text)
    assert corroborate(doc, [talks], SpeakerResolver(doc, [ruto, kagame])) == [talks]


def test_a_denial_that_is_negated_takes_no_stance(nlp: Language) -> None:
    text = "Ruto met Kagame in Kigali. Kenya did not deny the meeting."
    ruto, kagame = actor(text, "Ruto", "KEN"), actor(text, "Kagame", "RWA")
    talks = event(text, "Ruto met Kagame in Kigali.", "CONSULT", parties=(ruto, kagame))
    doc = nlp(text)
    kenya = actor(text, "Kenya", "KEN")
    (found,) = corroborate(doc, [talks], SpeakerResolver(doc, [ruto, kagame, kenya]))
    assert found.corroboration == ()


def test_corroboration_round_trips_through_json(nlp: Language, shared_data: Path) -> None:
    from dyads.pipeline import Pipeline
    from dyads.records import Article

    text = (shared_data / "seed" / "article.txt").read_text(encoding="utf-8")
    coded = Pipeline().code(Article(id="seed", text=text))
    assert coded.schema == SCHEMA == "dyads/2"
    calls = [e for e in coded.events if e.event == "CONSULT" and e.mode == "phone"]
    assert any(
        ("KCNA" in n.source.text, n.stance) == (True, "confirms")
        for e in calls
        for n in e.corroboration
    )
    summits = [
        e
        for e in coded.events
        if e.status == "future"
        and {e.actor and e.actor.code, e.recipient and e.recipient.code} == {"RUS", "USA"}
    ]
    assert summits and all(
        any(n.stance == "omits" and n.source.code == "PRK" for n in e.corroboration)
        for e in summits
    )
    assert coded_article_from_json(to_json(coded)) == coded


def test_a_dyads_1_line_still_reads() -> None:
    line = b'{"schema": "dyads/1", "article": {"id": "a", "text": "x"}, "events": []}'
    assert isinstance(coded_article_from_json(line), CodedArticle)
