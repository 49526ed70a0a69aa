"""Tests for words carried to a party (``carried_messages``): the noun is the event, the verb
that carries it gives nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyads.pipeline import Pipeline
from dyads.records import Article
from dyads.stages.carried_messages import carried_document, carried_message

_SAID = frozenset({"request", "warning", "offer"})


def _is_said(noun: Token) -> bool:
    return noun.lemma_.lower() in _SAID


@pytest.mark.parametrize(
    ("text", "verb", "carried"),
    [
        ("Spain sent a formal extradition request to Britain.", "sent", "request"),
        ("The request was delivered to the Foreign Office.", "delivered", "request"),
        ("The request, sent by the judge, reached London.", "sent", "request"),
        ("Kenya handed over the suspects to Uganda.", "handed", None),
        # A clause of its own on a noun of speech tells another act.
        ("Uganda rejected accusations that it had sent soldiers into Sudan.", "sent", None),
        ("The EU sent aid to Haiti.", "sent", None),
    ],
)
def test_the_carried_noun_is_found_as_object_passive_subject_or_described_noun(
    nlp: Language, text: str, verb: str, carried: str | None
) -> None:
    doc = nlp(text)
    found = carried_message(next(t for t in doc if t.text == verb), _is_said)
    assert (found.text if found is not None else None) == carried


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Spain sent a formal extradition request to Britain.", "REQUEST", "AID"),
        ("The request was delivered to the Foreign Office in London.", "REQUEST", "AID"),
        ("The EU sent aid to Haiti.", "AID", None),
    ],
)
def test_a_message_sent_is_its_own_event_and_no_aid(
    pipeline: Pipeline, text: str, kept: str, dropped: str | None
) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="1998-11-05"))
    types = {e.event for e in coded.events}
    assert kept in types
    assert dropped is None or dropped not in types


@pytest.mark.parametrize(
    ("text", "verb", "document"),
    [
        ("The union handed over a petition to the mayor.", "handed", "petition"),
        ("Workers handed a list of grievances to the manager.", "handed", "list"),
        ("The memorandum was delivered to the embassy.", "delivered", "memorandum"),
        ("Kenya handed over the suspects to Uganda.", "handed", None),
    ],
)
def test_the_document_carried_is_found(
    nlp: Language, text: str, verb: str, document: str | None
) -> None:
    doc = nlp(text)
    found = carried_document(next(t for t in doc if t.text == verb))
    assert (found.text if found is not None else None) == document


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # The petition's content is the event; handing it over yields nothing.
        (
            "Chilean miners handed over a petition to the governor demanding higher wages.",
            "REQUEST",
            "RETREAT",
        ),
        # A motion of no confidence submitted is the motion, not a request to submit it.
        (
            "Peruvian opposition lawmakers submitted a no-confidence motion against the premier.",
            "ACCUSE",
            "REQUEST",
        ),
        # People handed over keep the handover.
        ("Kenya handed over the suspects to Uganda.", "COOPERATE", None),
        # A word said that the verb's pattern reads stays: a protest note sent protests.
        ("Lima sent a strongly worded protest note to Quito.", "ACCUSE", "RETREAT"),
    ],
)
def test_a_document_handed_over_is_its_content(
    pipeline: Pipeline, text: str, kept: str, dropped: str | None
) -> None:
    coded = pipeline.code(Article(id="t", text=text, date="1998-11-05"))
    types = {e.event for e in coded.events}
    assert kept in types
    assert dropped is None or dropped not in types
