"""Tests for journeys made in search of something (``journey_requests``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.journey_requests import seeks_on_journey
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Zambia's finance minister travelled to Washington in search of fresh credits.", "travel"),
        ("Poland's finance minister went to Bonn on Monday in search of credits.", "go"),
    ],
)
def test_a_journey_in_search_of_something_asks_for_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert seeks_on_journey(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REQUEST"


def test_a_journey_without_a_search_is_a_visit(nlp: Language, lexicon: TriggerLexicon) -> None:
    doc = nlp("The minister went to Bonn on Monday for talks.")
    verb = next(t for t in doc if t.lemma_ == "go")
    assert not seeks_on_journey(verb)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "CONSULT"


@pytest.mark.parametrize(
    ("text", "lemma", "cameo"),
    [
        ("Japan haggled with the United States over rice quotas.", "haggle", "046"),
        ("Union leaders and ministers bargained over the minimum wage.", "bargain", "046"),
        ("King Hussein sat down with Prime Minister Rabin in Washington.", "sit", "040"),
    ],
)
def test_bargaining_and_sitting_down_with_a_party_consult(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str, cameo: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == cameo


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The shoppers haggled at the market stalls.", "haggle"),
        ("The children sat down on the floor.", "sit"),
    ],
)
def test_haggling_and_sitting_alone_are_no_event(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert lexicon.code(verb) is None


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Egypt put itself forward as a mediator between the two sides.", "put"),
        ("Mandela put himself forward as a peacemaker in the war.", "put"),
        ("Qatar offered itself as a peacemaker in the dispute.", "offer"),
    ],
)
def test_a_party_that_puts_itself_forward_as_a_mediator_offers_to_mediate(
    nlp: Language, lexicon: TriggerLexicon, text: str, lemma: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == "039"


def test_a_party_put_forward_by_another_offers_nothing(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    verb = next(
        t for t in nlp("Egypt put the plan forward as a basis for talks.") if t.lemma_ == "put"
    )
    coding = lexicon.code(verb)
    assert coding is None or coding.cameo != "039"


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch has documented atrocities committed by soldiers in Chechnya.",
        "U.N. monitors are documenting abuses by government forces in the Nuba Mountains.",
    ],
)
def test_abuses_documented_are_investigated(
    nlp: Language, lexicon: TriggerLexicon, text: str
) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "document")
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo == "092"


def test_a_journey_documented_is_no_investigation(nlp: Language, lexicon: TriggerLexicon) -> None:
    verb = next(t for t in nlp("The film documented her journey.") if t.lemma_ == "document")
    assert lexicon.code(verb) is None
