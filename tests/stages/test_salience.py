"""Which clause's event is the sentence's top event: rank, background clauses, noun complements,
signed documents and announced decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from spacy.language import Language

from dyads.records import Event
from dyads.stages.events import EventExtractor
from dyads.stages.salience import (
    TypeReading,
    clause_rank,
    conjunct_tie_share,
    document_content,
    enacting_verb,
    first_conjunct,
    governor_tie_share,
    is_announced_decision,
    is_background_gathering,
    main_clause_bonus,
)

from .event_helpers import PartySpec, dyad, parties, token

ANCHOR = dt.date(2001, 3, 15)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def code(
    nlp: Language, extractor: EventExtractor, text: str, actors: Sequence[PartySpec]
) -> list[Event]:
    return extractor.process(nlp(text), parties(text, actors), [], [], ANCHOR, "t")


def bonus(nlp: Language, text: str, word: str) -> float:
    return main_clause_bonus(token(nlp(text), word))


def test_the_content_of_a_reporting_verb_is_the_main_clause(nlp: Language) -> None:
    doc = nlp("Officials in Lagos said rebels attacked the convoy.")
    assert clause_rank(token(doc, "attacked")) == 0


def test_what_a_later_conjunct_says_is_below_the_first_conjuncts_act(nlp: Language) -> None:
    doc = nlp("Police arrested the opposition leader and said he would be charged with treason.")
    assert clause_rank(token(doc, "arrested")) == 0
    assert clause_rank(token(doc, "charged")) > 0


def test_a_clause_a_noun_reports_is_no_reported_speech(nlp: Language) -> None:
    text = "Reports that Ugandan troops had crossed the border led Juba to protest."
    doc = nlp(text)
    assert clause_rank(token(doc, "crossed")) > 0
    assert bonus(nlp, text, "crossed") < 0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police answering reports of a gang attacking shoppers detained two men.", "attacking"),
        ("Fears of a plot to bomb the palace led the police to arrest four men.", "bomb"),
        ("Israeli jets struck Gaza in the wake of rocket attacks on Israel.", "attacks"),
    ],
)
def test_what_a_noun_of_report_or_fear_is_about_is_background(
    nlp: Language, text: str, word: str
) -> None:
    assert bonus(nlp, text, word) < 0


def test_reports_a_reporting_verb_confirms_are_not_background(nlp: Language) -> None:
    text = "Georgian officials confirmed reports that Russian jets had bombed the villages."
    assert bonus(nlp, text, "bombed") >= 0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nigerian troops shelled the camps until the militants retreated.", "retreated"),
        ("While Egypt has accused Ethiopia, the two countries resumed talks.", "accused"),
        ("Although Serbia has rejected the plan, the two sides met in Brussels.", "rejected"),
        ("Paris gave no order to withdraw, other than to say its troops would leave.", "leave"),
    ],
)
def test_a_time_limit_or_a_contrast_is_background(nlp: Language, text: str, word: str) -> None:
    assert bonus(nlp, text, word) < 0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pakistan recalled its envoy after Afghan forces shelled border posts.", "shelled"),
        ("Chad closed its border when Sudanese troops crossed into Adre.", "crossed"),
        ("Before the Greek envoy landed in Ankara, Turkey freed two soldiers.", "landed"),
        ("Lebanon lodged a complaint once Israeli jets had bombed Tyre.", "bombed"),
    ],
)
def test_a_time_clause_is_background(nlp: Language, text: str, word: str) -> None:
    assert bonus(nlp, text, word) < 0


def test_the_main_clause_keeps_its_rank_beside_a_time_clause(nlp: Language) -> None:
    text = "Pakistan recalled its envoy after Afghan forces shelled border posts."
    assert bonus(nlp, text, "recalled") > 0


def test_an_event_noun_of_the_main_clause_outranks_a_time_clause(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Serbia's threat of force against Kosovo faded after NATO sent more troops to Pristina."
    actors = [("Serbia", "SRB"), ("Kosovo", "XKX"), ("NATO", "IGONAT")]
    events = code(nlp, extractor, text, actors)
    assert (events[0].event, dyad(events[0])) == ("THREATEN", ("SRB", "XKX"))


def test_a_later_conjunct_is_no_main_predicate(nlp: Language) -> None:
    doc = nlp("The army shelled the town and later pulled its tanks back.")
    assert first_conjunct(token(doc, "pulled")) == token(doc, "shelled")
    own_subject = nlp("The army shelled the town and the rebels pulled back.")
    assert first_conjunct(token(own_subject, "pulled")) is None


@pytest.mark.parametrize(
    ("text", "actors", "event"),
    [
        (
            "Eritrean forces shelled Ethiopian positions and later pulled their artillery back.",
            [("Eritrean", "ERI"), ("Ethiopian", "ETH")],
            "ASSAULT",
        ),
        (
            "Georgian police detained two Russian reporters and later released them.",
            [("Georgian", "GEO"), ("Russian", "RUS")],
            "COERCE",
        ),
        (
            "The guard cursed at the Turkish driver and pointed a rifle at him.",
            [("Turkish", "TUR")],
            "THREATEN",
        ),
        (
            "The Ghanaian minister praised Togo's role and called for more trade.",
            [("Ghanaian", "GHA"), ("Togo", "TGO")],
            "SUPPORT",
        ),
    ],
)
def test_the_first_conjunct_wins_ties(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[PartySpec], event: str
) -> None:
    assert code(nlp, extractor, text, actors)[0].event == event


@pytest.mark.parametrize(
    ("first", "later", "share"),
    [
        # a truce after an attack: the later verb's surer type is no edge
        (TypeReading(0.6, 4, False), TypeReading(0.76, 2, True), 0.17),
        # both read from their words: the excess goes, the first wins a tie
        (TypeReading(0.64, 4, True), TypeReading(0.68, 4, True), 0.05),
        # a verbal act read from the bare verb gives way to the act its conjunct names
        (TypeReading(0.6, 3, False), TypeReading(0.64, 3, True), 0.0),
        # words of cooperation, then words: the first wins a tie, read from its bare verb or not
        (TypeReading(0.6, 1, False), TypeReading(0.64, 1, True), 0.05),
        (TypeReading(0.6, 1, False), TypeReading(0.64, 3, True), 0.05),
    ],
)
def test_a_longer_match_is_no_edge_of_a_later_conjunct(
    nlp: Language, first: TypeReading, later: TypeReading, share: float
) -> None:
    doc = nlp("The army shelled the town and later pulled its tanks back.")
    readings = {token(doc, "shelled").i: first, token(doc, "pulled").i: later}
    assert conjunct_tie_share(token(doc, "pulled"), readings) == pytest.approx(share)
    assert conjunct_tie_share(token(doc, "shelled"), readings) == 0.0


def test_a_signed_order_states_its_content(nlp: Language) -> None:
    doc = nlp("President Mahama signed an executive order to deploy 500 soldiers to the border.")
    signed, deploy = token(doc, "signed"), token(doc, "deploy")
    content = document_content(signed)
    assert any(c.left_edge.i <= deploy.i <= c.right_edge.i for c in content)
    assert enacting_verb(deploy) == signed


def test_an_approved_bill_states_its_content(nlp: Language) -> None:
    doc = nlp("The Peruvian congress approved a bill lifting the curfew in Cusco.")
    approved, lifting = token(doc, "approved"), token(doc, "lifting")
    content = document_content(approved)
    assert any(c.left_edge.i <= lifting.i <= c.right_edge.i for c in content)
    assert enacting_verb(lifting) == approved


def test_an_approved_measure_states_its_content(nlp: Language) -> None:
    doc = nlp("Ghana's cabinet approved a measure on Friday to send 400 soldiers to Mali.")
    approved, send = token(doc, "approved"), token(doc, "send")
    assert enacting_verb(send) == approved


def test_an_agreement_signed_is_no_document_frame(nlp: Language) -> None:
    doc = nlp("Kazakhstan signed a free trade agreement with South Korea to boost exports.")
    assert document_content(token(doc, "signed")) == []
    assert enacting_verb(token(doc, "boost")) is None


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ("The Netherlands will expel two Iranian diplomats.", True),
        ("The ministry said Russia would expel 60 diplomats.", True),
        ("Japan warned that it would expel the diplomats.", False),
        ("Russia will expel the diplomats if Tokyo does not lift its sanctions.", False),
        ("Hungary may expel two Russian diplomats.", False),
    ],
)
def test_an_act_told_with_will_and_no_condition_is_a_decision(
    nlp: Language, text: str, decided: bool
) -> None:
    assert is_announced_decision(token(nlp(text), "expel")) == decided


def test_an_announced_sanction_outranks_the_threat_read_into_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Netherlands will expel two Iranian diplomats, the Dutch ministry said."
    events = code(nlp, extractor, text, [("The Netherlands", "NLD"), ("Iranian", "IRN")])
    assert (events[0].event, dyad(events[0])) == ("SANCTION", ("NLD", "IRN"))


def test_a_conditional_sanction_stays_a_threat(nlp: Language, extractor: EventExtractor) -> None:
    text = "Russia will close the Japanese consulate if Tokyo does not lift its sanctions."
    actors = [("Russia", "RUS"), ("Japanese", "JPN"), ("Tokyo", "JPN")]
    assert code(nlp, extractor, text, actors)[0].event == "THREATEN"


def test_the_main_clause_outranks_what_a_report_was_about(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Malian soldiers responding to reports of gunmen threatening villagers near Mopti "
        "shot dead three suspected militants on Sunday."
    )
    events = code(nlp, extractor, text, [("Malian soldiers", "MLI", "MIL")])
    assert events[0].event == "ASSAULT"


def test_the_main_clause_outranks_a_contrast(nlp: Language, extractor: EventExtractor) -> None:
    text = (
        "While Egypt has long accused Ethiopia of threatening its water supply, the two "
        "countries resumed talks on the Nile dam in Cairo on Sunday."
    )
    events = code(nlp, extractor, text, [("Egypt", "EGY"), ("Ethiopia", "ETH")])
    assert events[0].event == "CONSULT"


def test_a_signed_order_is_the_act_it_orders(nlp: Language, extractor: EventExtractor) -> None:
    text = "President Mahama signed an executive order on Tuesday to deploy soldiers to the north."
    events = code(nlp, extractor, text, [("President Mahama", "GHA")])
    assert events[0].event == "MOBILIZE"
    assert events[0].actor is not None and events[0].actor.code == "GHA"
    assert not [e for e in events if e.event == "SUPPORT"]


def test_a_signed_petition_is_the_request_it_makes(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Kenyan lawmakers signed a petition calling on the president to dismiss the minister."
    events = code(nlp, extractor, text, [("Kenyan lawmakers", "KEN", "LEG")])
    assert events[0].event == "REQUEST"


def test_a_participle_on_a_report_states_what_it_says(nlp: Language) -> None:
    text = "Israel rejected a United Nations report accusing its army of war crimes."
    assert bonus(nlp, text, "accusing") >= 0


def test_instances_of_a_threat_are_no_background_to_it(nlp: Language) -> None:
    text = "There are other threats such as clashes between herders and farmers."
    assert bonus(nlp, text, "clashes") >= 0


@pytest.mark.parametrize(
    ("text", "word", "background"),
    [
        ("The Kenyan minister returned home after the meeting ended in Kampala.", "meeting", True),
        ("The premier flew back to Oslo at the end of a tour of the Baltic states.", "tour", True),
        ("After the summit closed, the delegates left Lusaka.", "summit", True),
        ("The envoy was back in Cairo after talks in Amman and a tour of Iraq.", "tour", True),
        ("The minister arrived in Seoul for talks after a tour of Japan.", "talks", False),
        ("After the talks, Syria and Lebanon signed a border accord.", "talks", False),
    ],
)
def test_a_meeting_a_return_follows_is_background(
    nlp: Language, text: str, word: str, background: bool
) -> None:
    assert is_background_gathering(token(nlp(text), word)) is background


def test_a_background_meeting_yields_no_event(nlp: Language, extractor: EventExtractor) -> None:
    text = "The Zambian delegation returned to Lusaka after the conference ended in Geneva."
    events = code(nlp, extractor, text, [("Zambian", "ZMB", "GOV")])
    assert not [e for e in events if e.event == "CONSULT"]


def test_a_refusal_ranks_where_its_refusing_verb_stands(
    nlp: Language, extractor: EventExtractor
) -> None:
    # The refusal is stated by the main verb "declined": it takes the main clause's bonus, not
    # the near one of the infinitive it governs, and clears the participle after it by more
    # than the difference of the two (0.15).
    text = "The Kenyan president declined to attend the summit in Kampala, sending his deputy."
    events = code(nlp, extractor, text, [("Kenyan", "KEN"), ("Kampala", "UGA")])
    refusal = next(e for e in events if e.event == "REJECT")
    participle = next(e for e in events if e.trigger.startswith("sending"))
    assert refusal.confidence - participle.confidence > 0.15
    assert dyad(refusal)[0] == "KEN"


def test_the_act_an_order_commands_ranks_with_the_order(nlp: Language) -> None:
    doc = nlp("Ankara has given no order to pull back its troops from Iraq.")
    assert clause_rank(token(doc, "pull")) == 0
    # A plan's infinitive stays under its clause.
    doc = nlp("Ankara has announced a plan to pull back its troops from Iraq.")
    assert clause_rank(token(doc, "pull")) == 1


def test_a_decision_a_verb_judges_is_the_content_of_the_judgement(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Russia welcomed Ukraine's decision to give up its nuclear weapons."
    assert clause_rank(token(nlp(text), "give")) > 0
    events = code(nlp, extractor, text, [("Russia", "RUS"), ("Ukraine", "UKR")])
    assert (events[0].event, dyad(events[0])) == ("SUPPORT", ("RUS", "UKR"))
    announced = nlp("Iran announced its decision to expel two British diplomats.")
    assert clause_rank(token(announced, "expel")) == 0  # one's own decision is the act


def test_a_relative_clause_set_off_by_commas_weighs_as_a_condition(nlp: Language) -> None:
    text = "Zhu flew to Washington for talks on the bid, which Congress has blocked."
    condition = "Zhu flew to Washington for talks if Congress blocked the bid."
    assert bonus(nlp, text, "blocked") == bonus(nlp, condition, "blocked") < 0
    said = "He released a communique, in which he called on the banks to lend more."
    assert bonus(nlp, text, "blocked") < bonus(nlp, said, "called") < 0


def test_a_promise_stated_by_a_later_conjunct_gives_way_to_the_first(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Greece congratulated Turkey on its candidacy and promised to back its bid."
    events = code(nlp, extractor, text, [("Greece", "GRC"), ("Turkey", "TUR")])
    assert (events[0].event, dyad(events[0])) == ("SUPPORT", ("GRC", "TUR"))
    doc = nlp(text)
    praise = TypeReading(0.7, 1, False)
    promise = TypeReading(0.74, 1, True)
    share = governor_tie_share(
        token(doc, "promised"), promise, {token(doc, "congratulated").i: praise}
    )
    assert share == pytest.approx(0.05)
    alone = nlp("Greece promised to back the bid of Turkey.")
    assert governor_tie_share(token(alone, "promised"), promise, {}) == 0.0


def test_a_participle_of_defiance_after_the_main_clause_is_a_comment_on_its_act(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = (
        "Greek and Greek Cypriot forces began joint manoeuvres on the island on Monday, "
        "defying Turkish warnings."
    )
    assert bonus(nlp, text, "defying") < 0
    events = code(nlp, extractor, text, [("Greek", "GRC"), ("Greek Cypriot forces", "CYP")])
    assert max(events, key=lambda e: e.confidence).event == "COOPERATE"
    # Defiance as the main predicate stays the news.
    assert bonus(nlp, "Iran defied the warnings of the Security Council.", "defied") > 0
