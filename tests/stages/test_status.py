"""Tests for event status: negated, hypothetical, future, historical, asserted."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from dyads.stages.status import event_status, is_after, is_historical, read_status

ANCHOR = dt.date(2025, 8, 12)


def status_of(nlp: Language, text: str, trigger: str, date: str | None = None) -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return event_status(token, date, ANCHOR)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russia attacked the town on Monday.", "attacked", "asserted"),
        ("Russia did not attack the town.", "attack", "negated"),
        ("They will kill them if Mali does not release the fighters.", "release", "hypothetical"),
        ("They said Mali did not release the fighters.", "release", "negated"),
        ("The EU urged Serbia to resume talks with Kosovo.", "talks", "hypothetical"),
        ("Biden called Netanyahu to discuss the war.", "discuss", "asserted"),
        ("Serbia resumed talks with Kosovo after the EU urged it.", "talks", "asserted"),
        ("Parliament voted no confidence in the government.", "voted", "asserted"),
        ("The army launched no strikes on the town.", "launched", "negated"),
        ("The army never attacked the town.", "attacked", "negated"),
        ("The government denied sending troops to the border.", "sending", "negated"),
        ("The two presidents will meet in Geneva.", "meet", "future"),
        ("The ministers are set to meet on Friday.", "meet", "future"),
        ("Iran plans to hold talks with the agency.", "hold", "future"),
        ("The junta agreed to release the prisoners.", "release", "future"),
        ("The rebels promised to withdraw from the town.", "withdraw", "future"),
        ("The junta agreed on Monday.", "agreed", "asserted"),
        ("China is to give Nepal forty trucks.", "give", "future"),
        ("France is ready to contribute troops to the force.", "contribute", "future"),
        ("He spoke about his upcoming visit to Japan.", "visit", "future"),
        (
            "The summit, which is expected to take place on Friday, was confirmed.",
            "summit",
            "future",
        ),
        ("A second deployment may be in preparation.", "deployment", "hypothetical"),
        ("The rebels could attack the capital.", "attack", "hypothetical"),
        ("If talks fail, the union would strike.", "strike", "hypothetical"),
        ("Officials discussed a possible visit by the king.", "visit", "hypothetical"),
        # Negation wins over future.
        ("The leaders will not meet this year.", "meet", "negated"),
        # A verb after "nor", which the parser hangs on the first verb.
        ("Oslo has sent no envoy, nor offered a venue for the talks.", "offered", "negated"),
        ("Oslo has sent an envoy and offered a venue for the talks.", "offered", "asserted"),
        ("Oslo sent no envoy, nor offered a venue, but it hosted the talks.", "hosted", "asserted"),
        # What a demand asks for has not happened.
        ("Cuba demanded that the embargo be ended.", "ended", "hypothetical"),
        ("Unions called for the strike to be halted.", "halted", "hypothetical"),
        ("Cuba said that the embargo was ended.", "ended", "asserted"),
        # The act an order states is denied with the order.
        ("Oslo has given no order to withdraw the troops.", "withdraw", "negated"),
        ("Oslo did not give the order to withdraw the troops.", "withdraw", "negated"),
        ("Oslo gave the order to withdraw the troops.", "withdraw", "asserted"),
        # An object with "no" denies the verb's act, not a noun the object governs.
        ("Lima offered no timetable for the handover.", "offered", "negated"),
        ("Lima offered a timetable for the handover.", "offered", "asserted"),
        ("The agency made no mention of the summit in Hanoi.", "summit", "asserted"),
        # "without" denies what it governs, not the verb its phrase hangs on.
        ("Iraqi troops withdrew from the town without firing a shot.", "withdrew", "asserted"),
        ("Israel and Syria ended their talks without an agreement.", "agreement", "negated"),
        ("The minister left Beijing without meeting the president.", "meeting", "negated"),
        # A noun a relative clause describes does not govern it as "plans to" does.
        ("Serbia rejected the plan that Russia proposed.", "proposed", "asserted"),
        ("Israel accepted a plan proposed by Egypt.", "proposed", "asserted"),
        ("Russia announced plans to send troops to Serbia.", "send", "future"),
    ],
)
def test_status_cues(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert status_of(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "date", "expected"),
    [
        # An old date makes a completed event historical; a recent one leaves it asserted.
        ("The two states signed a treaty in 2019.", "signed", "2019", "historical"),
        ("The two states signed a treaty in July.", "signed", "2025-07", "asserted"),
        # A date after the anchor makes an event future.
        ("The leaders meet on Friday.", "meet", "2025-08-15", "future"),
        # A week after the anchor's, its date unknown, makes an event future too.
        ("The summit opens in Nairobi next week.", "opens", "2025-W34", "future"),
        # A clause in the past tense happened, whichever way its bare weekday was read.
        ("The navy intercepted a boat on Sunday.", "intercepted", "2025-08-17", "asserted"),
        # So does a participle after a past or perfect auxiliary; a modal keeps it ahead.
        ("The firm had been barred since 2026.", "barred", "2026", "asserted"),
        ("The firm has been banned since 2026.", "banned", "2026", "asserted"),
        ("The firm was barred in 2026.", "barred", "2026", "asserted"),
        ("The firm will have been barred by 2026.", "barred", "2026", "future"),
    ],
)
def test_status_by_date(nlp: Language, text: str, trigger: str, date: str, expected: str) -> None:
    assert status_of(nlp, text, trigger, date) == expected


@pytest.mark.parametrize(
    ("value", "anchor", "expected"),
    [
        pytest.param("2024", ANCHOR, True, id="a whole earlier year (last year)"),
        pytest.param("2024-06-30", ANCHOR, True, id="over a year ago"),
        pytest.param("2024-09-01", ANCHOR, False, id="under a year ago"),
        pytest.param("2025-07", ANCHOR, False, id="last month"),
        pytest.param(None, ANCHOR, False, id="no date"),
        pytest.param("2020", None, False, id="no anchor"),
    ],
)
def test_is_historical_thresholds(
    value: str | None, anchor: dt.date | None, expected: bool
) -> None:
    assert is_historical(value, anchor) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-15", True),
        ("2025-08-12", False),
        ("2025-09", True),
        ("2025", False),
        ("2026", True),
        # Weeks ("the summit opens next week"): wholly after the anchor's week, or not.
        ("2025-W34", True),
        ("2025-W33", False),
        ("PAST_REF", False),
    ],
)
def test_is_after(value: str, expected: bool) -> None:
    assert is_after(value, ANCHOR) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "cues"),
    [
        ("Russia did not attack the town.", "attack", "negated", ["not"]),
        ("The government denied sending troops to the border.", "sending", "negated", ["denied"]),
        (
            "Chad rejected accusations that it had sent soldiers into Niger.",
            "sent",
            "negated",
            ["rejected"],
        ),
        (
            "Laos dismissed as false reports that its police had arrested a monk.",
            "arrested",
            "negated",
            ["dismissed"],
        ),
        ("Peru confirmed reports that its navy had seized a boat.", "seized", "asserted", []),
        ("The leaders will not meet this year.", "meet", "negated", ["not"]),
        ("The rebels could attack the capital.", "attack", "hypothetical", ["could"]),
        ("If talks fail, the union would strike.", "strike", "hypothetical", ["would"]),
        ("They asked whether the army would withdraw.", "withdraw", "hypothetical", ["would"]),
        (
            "Officials discussed a possible visit by the king.",
            "visit",
            "hypothetical",
            ["possible"],
        ),
        ("The two presidents will meet in Geneva.", "meet", "future", ["will"]),
        # "would" in what a past verb of saying reports is "will" told in the past.
        ("Angola said it would send troops to Congo.", "send", "future", ["would"]),
        ("Angola said it would send troops if rebels advanced.", "send", "hypothetical", ["would"]),
        ("The ministers are set to meet on Friday.", "meet", "future", ["set"]),
        ("China is to give Nepal forty trucks.", "give", "future", ["is", "to"]),
        ("He spoke about his upcoming visit to Japan.", "visit", "future", ["upcoming"]),
        (
            "The summit, which is expected to take place on Friday, was confirmed.",
            "summit",
            "future",
            ["expected"],
        ),
        ("Russia attacked the town on Monday.", "attacked", "asserted", []),
    ],
)
def test_the_cue_words_that_decide_a_status_come_with_it(
    nlp: Language, text: str, trigger: str, expected: str, cues: list[str]
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    reading = read_status(token, None, ANCHOR)
    assert reading.status == expected
    assert [cue.text for cue in reading.cues] == cues
    assert not reading.by_date


@pytest.mark.parametrize(
    ("text", "trigger", "date", "expected", "by_date"),
    [
        ("The two states signed a treaty in 2019.", "signed", "2019", "historical", True),
        ("The leaders meet on Friday.", "meet", "2025-08-15", "future", True),
        ("The navy intercepted a boat on Sunday.", "intercepted", "2025-08-17", "asserted", False),
        # A cue word decides before the date does.
        ("The two states did not sign a treaty in 2019.", "sign", "2019", "negated", False),
    ],
)
def test_a_status_the_date_decides_says_so(
    nlp: Language, text: str, trigger: str, date: str, expected: str, by_date: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    reading = read_status(token, date, ANCHOR)
    assert (reading.status, reading.by_date) == (expected, by_date)
    assert reading.cues == () or not by_date
