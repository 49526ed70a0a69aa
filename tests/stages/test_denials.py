"""Tests for denials of an act, which reject the claim that it happened, also when a charge noun
carries the act ("rejected accusations that it had sent troops")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.eval.event_probes import party_code
from dyads.pipeline import Pipeline
from dyads.records import Article, Event
from dyads.stages.denials import (
    charge_answerer,
    denied_allegations,
    denied_charges,
    denied_content,
    denying_verb,
    is_inside,
)

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Turkey denied that its jets had bombed the villages.", ["bombed"]),
        ("Sudan denied sending troops to the border.", ["sending"]),
        ("Turkey did not deny that its jets had bombed the villages.", []),
        ("Turkey denied the report.", []),
        ("Turkey said its jets had bombed the villages.", []),
        ("Chad rejected accusations that it had sent soldiers into Niger.", ["sent"]),
        ("Laos dismissed as false reports that its police had arrested a monk.", ["arrested"]),
        ("Peru refuted claims that its navy had seized a fishing boat.", ["seized"]),
        ("Benin denied allegations of arming rebels in Togo.", ["arming"]),
        ("Chad did not reject accusations that it had sent soldiers into Niger.", []),
        ("Peru confirmed reports that its navy had seized a fishing boat.", []),
        ("Chad rejected the reports that circulated on social media.", []),
        ("Chad rejected the reports that French media published on Monday.", []),
        ("Chad denied reports that its jets had carried out raids in Niger.", ["carried"]),
    ],
)
def test_denied_content(nlp: Language, text: str, content: list[str]) -> None:
    doc = nlp(text)
    verb = doc[next(t.i for t in doc if t.pos_ == "VERB")]
    assert [c.text for c in denied_content(verb)] == content


def test_is_inside_reads_the_whole_clause(nlp: Language) -> None:
    doc = nlp("Turkey denied that its jets had bombed the villages, officials said.")
    content = denied_content(next(t for t in doc if t.text == "denied"))
    assert is_inside(next(t for t in doc if t.text == "villages"), content)
    assert not is_inside(next(t for t in doc if t.text == "Turkey"), content)


def test_the_charge_a_denial_rejects(nlp: Language) -> None:
    doc = nlp("Niger rejected accusations by Mali that its troops had crossed the border.")
    assert denied_charges(token(doc, "rejected")) == [token(doc, "accusations")]
    assert denied_allegations(token(doc, "accusations")) == [token(doc, "crossed")]


def test_a_charge_confirmed_is_not_denied(nlp: Language) -> None:
    doc = nlp("Niger confirmed reports that its troops had crossed the border.")
    assert denied_charges(token(doc, "confirmed")) == []
    assert denied_allegations(token(doc, "reports")) == []


def test_the_verb_denying_an_act_alleged(nlp: Language) -> None:
    doc = nlp("Chad rejected accusations that it had sent soldiers into Niger.")
    assert denying_verb(token(doc, "sent")) == token(doc, "rejected")
    assert denying_verb(token(doc, "soldiers")) == token(doc, "rejected")
    assert denying_verb(token(doc, "Chad")) is None


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        ("Chad rejected accusations that it had sent soldiers into Niger.", "rejected"),
        ("Peru confirmed reports that it had seized a fishing boat.", "confirmed"),
        ("Laos dismissed as false reports that it had arrested a monk.", "dismissed"),
        ("Mali published reports that it had arrested a monk.", None),
    ],
)
def test_the_party_a_charge_is_about_answers_it(
    nlp: Language, text: str, answerer: str | None
) -> None:
    doc = nlp(text)
    clause = next(t for t in doc if t.dep_ == "acl")
    found = charge_answerer(clause)
    assert (found.text if found is not None else None) == answerer


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    article = Article(id="denial", text=text, date="2025-08-12", date_source="metadata")
    return list(pipeline.code(article).events)


def _record(event: Event) -> tuple[str, str, str, str]:
    return (event.event, party_code(event, "actor"), party_code(event, "recipient"), event.status)


# The act a denied charge alleges is negated and done by the denier; the denial is aimed at the
# party making the charge, or at nobody when the sentence names none.
DENIED_CHARGES: dict[str, tuple[str, tuple[str, str, str, str], tuple[str, str, str, str]]] = {
    "a pronoun in the charge is the denier": (
        "Uganda rejected accusations that it had sent soldiers into South Sudan.",
        ("REJECT", "UGA", "-", "asserted"),
        ("MOBILIZE", "UGA", "SSD", "negated"),
    ),
    "a party of the act alleged is no recipient of the denial": (
        "Belarus denied accusations that it supplied weapons to Russia.",
        ("REJECT", "BLR", "-", "asserted"),
        ("AID", "BLR", "RUS", "negated"),
    ),
    "the accuser named is the recipient": (
        "Morocco denied accusations from Algeria that it had deployed troops in Mauritania.",
        ("REJECT", "MAR", "DZA", "asserted"),
        ("MOBILIZE", "MAR", "MRT", "negated"),
    ),
    "a report dismissed as baseless": (
        "The Kremlin dismissed as baseless reports that its forces shelled a power plant.",
        ("REJECT", "RUS", "-", "asserted"),
        ("ASSAULT", "RUS", "RUS", "negated"),
    ),
    "being behind an act": (
        "Hezbollah denied being behind the rocket attack on northern Israel.",
        ("REJECT", "LBN", "ISR", "asserted"),
        ("ASSAULT", "LBN", "ISR", "negated"),
    ),
    "being involved in an act": (
        "Tehran denied being involved in the attack on the tanker off Oman.",
        ("REJECT", "IRN", "-", "asserted"),
        ("ASSAULT", "IRN", "OMN", "negated"),
    ),
}


@pytest.mark.parametrize(
    ("text", "denial", "act"), DENIED_CHARGES.values(), ids=list(DENIED_CHARGES)
)
def test_a_denied_charge_negates_the_act_it_alleges(
    pipeline: Pipeline,
    text: str,
    denial: tuple[str, str, str, str],
    act: tuple[str, str, str, str],
) -> None:
    records = [_record(e) for e in _events(pipeline, text)]
    assert denial in records
    assert act in records


def test_a_confirmed_report_stays_asserted(pipeline: Pipeline) -> None:
    records = [
        _record(e)
        for e in _events(pipeline, "Jordan confirmed reports that its warplanes struck Syria.")
    ]
    assert records == [("ASSAULT", "JOR", "SYR", "asserted")]


def test_an_accusation_stays_the_accusers_statement(pipeline: Pipeline) -> None:
    records = [_record(e) for e in _events(pipeline, "Mali accused Algeria of arming rebels.")]
    assert records == [("ACCUSE", "MLI", "DZA", "asserted")]


def test_the_act_denied_is_reported_by_the_denier(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Serbia denied accusations that it was massing troops in Kosovo.")
    act = next(e for e in events if e.event == "MOBILIZE")
    assert act.reported_by is not None and act.reported_by.code == "SRB"
