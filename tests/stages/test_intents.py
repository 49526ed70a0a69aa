"""Tests for statements about an action that are events of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.intents import (
    demand_speaker_verb,
    intent_coding,
    intent_governor,
    is_intent_noun_clause,
    is_obligation_to_act,
    withholds_aid,
)
from dyads.stages.triggers import TriggerLexicon


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government said it was willing to sign a peace agreement with the rebels.", "030"),
        ("Hanoi is ready to sign the border treaty with Beijing.", "030"),
        ("The two leaders will sign the accord in Paris on Friday.", None),
    ],
)
def test_readiness_to_sign_an_agreement_is_an_intent_to_cooperate(
    nlp: Language, lexicon: TriggerLexicon, text: str, expected: str | None
) -> None:
    sign = next(t for t in nlp(text) if t.lower_ == "sign")
    coding = lexicon.code(sign)
    assert coding is not None and coding.event == "SUPPORT"
    intent = intent_coding(sign, coding)
    assert (intent.cameo if intent is not None else None) == expected
    assert intent is None or intent.event == "AGREE"


def test_readiness_signalled_through_a_noun_is_an_intent(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp("Eritrea signalled its willingness to accept the peace plan on Sunday.")
    accept = next(t for t in doc if t.lower_ == "accept")
    coding = lexicon.code(accept)
    assert coding is not None and coding.event == "AGREE"
    intent = intent_coding(accept, coding)
    assert intent is not None and intent.event == "AGREE"


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("Britain would veto the draft unless it dropped the oil embargo.", "veto", "THREATEN"),
        ("Moscow will block the resolution if it mentions force.", "block", "THREATEN"),
        ("If Brussels asks for more troops, Rome will refuse.", "refuse", None),
        ("Paris would veto the draft, the envoy said.", "veto", None),
    ],
)
def test_a_rejection_held_over_a_condition_is_a_threat(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    verb = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "REJECT"
    intent = intent_coding(verb, coding)
    assert (intent.event if intent is not None else None) == event


def test_a_demand_covers_the_verb_conjoined_to_it(nlp: Language) -> None:
    doc = nlp("Both sides should halt the shelling and return to talks, the mediator said.")
    returned = next(t for t in doc if t.lower_ == "return")
    speaker = demand_speaker_verb(returned)
    assert speaker is not None and speaker.lower_ == "said"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Kuwait defended its plan to expel hundreds of foreign workers.", "expel"),
        ("The ministry justified its plan to deport the activists.", "deport"),
        ("Egypt announced plans to expel the envoy.", "expel"),
    ],
)
def test_a_plan_upheld_states_the_intent_again(nlp: Language, verb: str, text: str) -> None:
    assert is_intent_noun_clause(next(t for t in nlp(text) if t.lower_ == verb))


def test_a_plan_criticised_states_no_intent(nlp: Language) -> None:
    text = "Kuwait criticised a plan to expel hundreds of foreign workers."
    assert not is_intent_noun_clause(next(t for t in nlp(text) if t.lower_ == "expel"))


@pytest.mark.parametrize(
    ("text", "word", "intended"),
    [
        ("Diplomats said the border talks would resume in Vienna next week.", "resume", False),
        ("The talks on the water dispute will resume on Friday.", "resume", False),
        ("Seoul said it would resume talks with Tokyo next month.", "talks", True),
    ],
)
def test_an_event_noun_that_will_resume_is_no_partys_intent(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, intended: bool
) -> None:
    trigger = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(trigger)
    assert coding is not None and coding.event == "CONSULT"
    assert (intent_coding(trigger, coding) is not None) is intended


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        (
            "Tokyo will give no further aid to the junta unless it frees the ministers.",
            "give",
            "THREATEN",
        ),
        ("Washington will not release the loan unless Kyiv passes the law.", "release", "THREATEN"),
        ("Tokyo will give no further aid to the junta, the minister said.", "give", "REJECT"),
    ],
)
def test_aid_held_back_until_another_complies_is_a_threat(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str
) -> None:
    verb = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "AID"
    intent = intent_coding(verb, coding)
    assert intent is not None and intent.event == event


def test_funds_withheld_without_an_aid_verb_are_a_threat_too(nlp: Language) -> None:
    doc = nlp("Brussels said it would not pay out the funds unless Budapest changed the rules.")
    assert withholds_aid(next(t for t in doc if t.lower_ == "pay"))
    refused = nlp("Iran will not return to the talks unless the sanctions are lifted.")
    assert not withholds_aid(next(t for t in refused if t.lower_ == "return"))


def test_backing_refused_on_a_condition_is_a_rejection(
    nlp: Language, lexicon: TriggerLexicon
) -> None:
    doc = nlp(
        "Ankara will not ratify the accession treaty unless Stockholm extradites the suspects."
    )
    verb = next(t for t in doc if t.lower_ == "ratify")
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "SUPPORT"
    intent = intent_coding(verb, coding)
    assert intent is not None and intent.event == "REJECT"


@pytest.mark.parametrize(
    ("text", "word", "governor"),
    [
        ("Iraq refused on Tuesday to let inspectors into the palaces.", "let", "refused"),
        ("Mladic refused on Friday to let U.N. convoys into the enclave.", "let", "refused"),
        ("The army sent troops on Monday to protect the town.", "protect", None),
    ],
)
def test_an_infinitive_after_a_phrase_of_time_is_still_governed(
    nlp: Language, text: str, word: str, governor: str | None
) -> None:
    found = intent_governor(next(t for t in nlp(text) if t.text == word))
    assert (found.text if found is not None else None) == governor


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kuwait is prepared to reopen its embassy in Amman.", "reopen", "032"),
        ("Jordan was willing to restore diplomatic relations with Egypt.", "restore", "032"),
        ("Kuwait reopened its embassy in Amman on Tuesday.", "reopened", None),
    ],
)
def test_diplomatic_cooperation_intended_is_an_intent_of_it(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, expected: str | None
) -> None:
    verb = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(verb)
    assert coding is not None and coding.cameo.startswith("054")
    intent = intent_coding(verb, coding)
    assert (intent.cameo if intent is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        (
            "The delegation said it might quit the talks if Israel went ahead with the plan.",
            "quit",
            "THREATEN",
        ),
        (
            "Oslo said it could expel the envoy unless Minsk freed the reporters.",
            "expel",
            "THREATEN",
        ),
        ("Analysts said Moscow could impose sanctions on Georgia.", "impose", None),
    ],
)
def test_a_hostile_act_one_may_take_on_a_condition_is_a_threat(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    verb = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(verb)
    assert coding is not None and coding.event == "SANCTION"
    intent = intent_coding(verb, coding)
    assert (intent.event if intent is not None else None) == event


def test_keenness_to_act_states_an_intent(nlp: Language) -> None:
    doc = nlp("Syria is keen to resume peace talks with Israel.")
    governor = intent_governor(next(t for t in doc if t.lower_ == "resume"))
    assert governor is not None and governor.lower_ == "keen"


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("Seoul said it would not participate in the talks with Pyongyang.", "talks", "REJECT"),
        ("Seoul would not take part in a joint venture with Pyongyang.", "venture", "REJECT"),
        ("Japan will take part in the talks with China next week.", "talks", "AGREE"),
        ("Japan took an interest in the talks with China.", "talks", None),
    ],
)
def test_an_event_one_takes_part_in_is_told_by_the_verb_of_taking_part(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    noun = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(noun)
    assert coding is not None
    intent = intent_coding(noun, coding)
    assert (intent.event if intent is not None else None) == event


def test_an_infinitive_after_an_object_of_seeking_is_its_purpose(nlp: Language) -> None:
    sought = nlp("Nicaragua sought the good offices of the OAS on Sunday to resolve the quarrel.")
    assert intent_governor(next(t for t in sought if t.lower_ == "resolve")) is None
    refused = nlp("Iraq refused on Tuesday to resume talks with the inspectors.")
    governor = intent_governor(next(t for t in refused if t.lower_ == "resume"))
    assert governor is not None and governor.lower_ == "refused"


@pytest.mark.parametrize(
    ("text", "word", "event"),
    [
        ("Syria said it was open to negotiations with Turkey.", "negotiations", "AGREE"),
        ("The king was receptive to talks with Israel.", "talks", "AGREE"),
        ("Syria said the talks with Turkey were open to the press.", "talks", None),
    ],
)
def test_being_open_to_an_act_states_the_intent(
    nlp: Language, lexicon: TriggerLexicon, text: str, word: str, event: str | None
) -> None:
    noun = next(t for t in nlp(text) if t.lower_ == word)
    coding = lexicon.code(noun)
    assert coding is not None and coding.event == "CONSULT"
    intent = intent_coding(noun, coding)
    assert (intent.event if intent is not None else None) == event


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The government agreed to lift the state of emergency.", "0351"),
        ("The junta agreed to release the political prisoners.", "0353"),
        ("The United States agreed to ease sanctions on Cuba.", "0354"),
        ("Israel agreed to withdraw its troops from the town.", "0356"),
        ("The party agreed to give up its monopoly on power.", "035"),
        ("Azerbaijan agreed to a ceasefire.", "0871"),  # a truce agreed to is declared
    ],
)
def test_a_concession_agreed_to_is_the_intent_to_yield_of_its_kind(
    pipeline: Pipeline, text: str, cameo: str
) -> None:
    article = Article(id="t", text=text, date="2000-01-01", date_source="metadata")
    events = [e for e in pipeline.code(article).events if e.trigger.startswith("agreed")]
    assert events and {e.event for e in events} == {"CONCEDE"}
    assert {e.cameo for e in events} == {cameo}


@pytest.mark.parametrize(
    "text",
    [
        "Washington told the generals on Thursday that they had to step down.",
        "The United States said on Wednesday that Iraq has to pull its forces back.",
    ],
)
def test_an_obligation_told_before_its_clause_is_a_demand(nlp: Language, text: str) -> None:
    doc = nlp(text)
    act = next(t for t in doc if t.lower_ in ("step", "pull"))
    assert is_obligation_to_act(act)
    speaker = demand_speaker_verb(act)
    assert speaker is not None and speaker.lemma_ in ("tell", "say")


@pytest.mark.parametrize(
    "text",
    [
        "The Commission had to start the dispute procedure at the WTO, a spokesman said.",
        "The president had to cut short his visit because of the floods.",
        "The minister said he would have to resign.",
    ],
)
def test_an_obligation_reported_after_it_or_narrated_is_no_demand(nlp: Language, text: str) -> None:
    doc = nlp(text)
    act = next(t for t in doc if t.lower_ in ("start", "cut", "resign"))
    assert demand_speaker_verb(act) is None


def test_a_demand_told_to_a_party_is_laid_on_it(pipeline: Pipeline) -> None:
    article = Article(
        id="told",
        text="Britain told Argentina on Monday that it had to withdraw its troops.",
        date="2000-01-01",
    )
    events = pipeline.code(article).events
    demand = next(e for e in events if e.event == "REQUEST")
    assert demand.actor is not None and demand.actor.code == "GBR"
    assert demand.recipient is not None and demand.recipient.code == "ARG"
