"""Tests for calls for an office-holder to go (``demanded_leadership``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.demanded_leadership import demanded_leadership_change

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "verb", "cameo", "content"),
    [
        ("Nurses called for the health minister to resign.", "called", "0241", "resign"),
        (
            "The senators demanded the resignation of the governor.",
            "demanded",
            "1041",
            "resignation",
        ),
        ("Farmers urged President Arce to step down.", "urged", "0241", "step"),
        ("The synod asked the bishop to stand aside.", "asked", "0241", "stand"),
        ("Unions called on the premier to quit.", "called", "0241", "quit"),
        ("Critics sought the ouster of the police chief.", "sought", "1041", "ouster"),
        ("Residents demanded that the mayor resign at once.", "demanded", "1041", "resign"),
        ("Teachers called for the governor to be sacked.", "called", "0241", "sacked"),
        ("Deputies called for his impeachment.", "called", "0241", "impeachment"),
        ("The party urged the chairman to quit his post.", "urged", "0241", "quit"),
    ],
)
def test_calls_for_an_office_holder_to_go(
    nlp: Language, text: str, verb: str, cameo: str, content: str
) -> None:
    doc = nlp(text)
    found = demanded_leadership_change(token(doc, verb))
    assert found is not None
    assert found.cameo == cameo
    assert {doc[i].text for i in found.words} == {content}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # Other demands are no change of leadership.
        ("Nurses called for the health minister to raise their pay.", "called"),
        ("Farmers urged the government to step up its aid.", "urged"),
        ("Teachers called for the looters to be punished.", "called"),
        ("Kenya demanded that the levies imposed on its tea be removed.", "demanded"),
        ("The lawyers asked for the charges to be dismissed.", "asked"),
        # Quitting a body or a habit is no leaving of office.
        ("The party urged the state to quit the coalition.", "urged"),
        # The leader resigning is the resignation itself, not a call for it.
        ("The minister resigned on Monday.", "resigned"),
    ],
)
def test_other_requests_are_no_leadership_demand(nlp: Language, text: str, verb: str) -> None:
    assert demanded_leadership_change(token(nlp(text), verb)) is None
