"""Tests for retaliation in kind (``retaliation_kinds``): the answered act's kind, not a threat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.retaliation_kinds import is_in_kind, retaliation_in_kind_of
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "word", "in_kind"),
    [
        ("Hungary retaliated in kind against Slovakia.", "retaliated", True),
        ("Chile will respond equally to the measures.", "respond", True),
        ("Brazil answered in the same way.", "answered", True),
        ("Brazil retaliated against Argentina.", "retaliated", False),
        ("The minister responded to questions in parliament.", "responded", False),
        ("Donations were paid in kind.", "paid", False),
    ],
)
def test_a_response_in_kind(nlp: Language, text: str, word: str, in_kind: bool) -> None:
    assert is_in_kind(token(nlp(text), word)) is in_kind


@pytest.mark.parametrize(
    ("text", "word", "event", "cameo"),
    [
        # The answered act governed by the retaliation: an expulsion told in a relative clause.
        (
            "Latvia would retaliate in kind against any state that expelled Latvian diplomats.",
            "retaliate",
            "SANCTION",
            "166",
        ),
        # The answered act named by a noun of the retaliation's phrase.
        (
            "Ghana will respond in kind to Nigeria's new tariffs on imports.",
            "respond",
            "SANCTION",
            "163",
        ),
        # Nothing of the same kind to answer: the lexicon's reading stays.
        ("Hungary retaliated in kind, the minister said.", "retaliated", "THREATEN", "130"),
    ],
)
def test_a_retaliation_in_kind_takes_the_answered_acts_kind(
    nlp: Language, text: str, word: str, event: str, cameo: str
) -> None:
    found = TriggerLexicon().code(token(nlp(text), word))
    assert found is not None
    assert (found.event, found.cameo) == (event, cameo)


def test_a_vow_to_retaliate_in_kind_leaves_the_event_to_the_retaliation(nlp: Language) -> None:
    doc = nlp("Estonia vowed to retaliate in kind against countries that expelled its envoys.")
    vow = token(doc, "vowed")
    found_retaliation = retaliation_in_kind_of(vow)
    assert found_retaliation is not None and found_retaliation.i == token(doc, "retaliate").i
    lexicon = TriggerLexicon()
    assert lexicon.code(vow) is None
    found = lexicon.code(token(doc, "retaliate"))
    assert found is not None and found.event == "SANCTION"
