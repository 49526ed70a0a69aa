"""Tests for strikes that are called, staged or declared (``trigger_strikes``), and the
labour-strike codes the trigger lexicon gives them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.trigger_strikes import called_strike, is_called_strike, strike_among_workers
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "verb", "called"),
    [
        ("The opposition called a strike for Monday.", "called", True),
        ("Dockers staged a strike at the port.", "staged", True),
        ("Shopkeepers declared a strike in the capital.", "declared", True),
        ("Unions held a one-day strike against the budget.", "held", True),
        ("The captain called in an air strike on the ridge.", "called", False),
        ("The union called off the strike on Friday.", "called", False),
        ("The navy carried out a strike on the harbour.", "carried", False),
        ("The minister called a meeting of the cabinet.", "called", False),
    ],
)
def test_a_strike_called_staged_or_declared_is_found(
    nlp: Language, text: str, verb: str, called: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    strike = called_strike(token, lemma_of(token))
    assert (strike is not None) is called
    if strike is not None:
        assert is_called_strike(strike, lemma_of(token))


@pytest.mark.parametrize(
    ("text", "word", "event", "mode"),
    [
        (
            "The main opposition party called a nationwide strike for Tuesday.",
            "called",
            "PROTEST",
            "strike",
        ),
        ("Bus drivers declared a strike across the city.", "declared", "PROTEST", "strike"),
        (
            "The opposition alliance called a strike to demand new elections.",
            "called",
            "PROTEST",
            "strike",
        ),
        ("Farm workers staged a strike outside the ministry.", "staged", "PROTEST", "strike"),
        ("The army staged a drone strike on a convoy.", "staged", "ASSAULT", None),
        ("Jets carried out a strike on a fuel depot.", "strike", "ASSAULT", None),
        ("A missile strike destroyed the bridge.", "strike", "ASSAULT", None),
    ],
)
def test_a_called_strike_is_a_labour_protest_and_an_armed_one_an_attack(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str, mode: str | None
) -> None:
    doc = nlp(text)
    coding = lexicon.code(next(t for t in doc if t.text == word))
    assert coding is not None
    assert coding.event == event
    if mode is not None:
        assert coding.mode == mode


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The strike entered its fifth day, the nurses' union said.", "PROTEST"),
        ("Union leaders said the strike would end once wages rose.", "PROTEST"),
        ("The strike hit the depot overnight, the army said.", "ASSAULT"),
        ("The strike killed four militants, the union of journalists reported.", "ASSAULT"),
        ("The strike on the convoy was condemned by the European Union.", "ASSAULT"),
        ("Shopkeepers stayed home on the third day of the strike.", "PROTEST"),
        ("Traders said the strike against the new tax would go on.", "PROTEST"),
    ],
)
def test_a_strike_in_a_sentence_naming_workers_and_no_weapon_is_a_labour_strike(
    nlp: Language, lexicon: TriggerLexicon, text: str, event: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == "strike")
    assert strike_among_workers(token) is (event == "PROTEST")
    coding = lexicon.code(token)
    assert coding is not None
    assert coding.event == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Unions at the smelter said they would strike if wages were cut.", "PROTEST"),
        ("Militants said they would strike again if the raids went on.", "ASSAULT"),
    ],
)
def test_a_verb_strike_without_object_among_workers_is_a_walkout(
    nlp: Language, lexicon: TriggerLexicon, text: str, event: str
) -> None:
    doc = nlp(text)
    coding = lexicon.code(next(t for t in doc if t.lower_ == "strike"))
    assert coding is not None
    assert coding.event == event


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The besieged platoon called in an air strike on the ridge.", "aerial"),
        ("Marines called in artillery on the enemy trenches.", "heavy-weapons"),
    ],
)
def test_fire_called_in_is_an_attack_by_the_caller(
    nlp: Language, lexicon: TriggerLexicon, text: str, mode: str
) -> None:
    coding = lexicon.code(next(t for t in nlp(text) if t.text == "called"))
    assert coding is not None and (coding.event, coding.mode) == ("ASSAULT", mode)


def test_a_commercial_strike_is_one_of_labour(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("The town observed a commercial strike against the occupation.")
    coding = lexicon.code(next(t for t in doc if t.text == "strike"))
    assert coding is not None and coding.event == "PROTEST"
