"""Tests for bare bodies whose state the reporter of their clause gives
(``actor_reporting_bodies``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.actor_reporting_bodies import reporter_state

from .actor_helpers import ActorCoder, coded, find, mention


@pytest.fixture(scope="module")
def code(nlp: Language) -> ActorCoder:
    return ActorCoder(nlp)


def test_a_bare_body_is_that_of_the_same_sector_reporter(code: ActorCoder) -> None:
    text = "Soldiers shot down two drones over the region overnight, the Ukrainian military said."
    assert coded(find(code(text), "Soldiers")) == ("UKR", "MIL")
    text = "Police arrested 14 men at a checkpoint near the port, Bangladeshi police said."
    assert coded(find(code(text), "Police")) == ("BGD", "COP")


def test_a_reporter_of_another_sector_gives_no_state(code: ActorCoder) -> None:
    text = "Soldiers fired tear gas at protesters in the capital, Sudanese opposition leaders said."
    assert coded(find(code(text), "Soldiers")) == (None, "MIL")


def test_only_a_reporter_after_the_body_whose_verb_governs_it(nlp: Language) -> None:
    doc = nlp("The Egyptian army said on Monday that soldiers fired on smugglers near Rafah.")
    army = mention(0, 3, "agent", "EGY", "MIL")
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert reporter_state(doc, soldiers, "MIL", [army]) is None  # it comes before
    doc = nlp("Soldiers fired on smugglers, and the Egyptian army said the border was calm.")
    army = mention(6, 9, "agent", "EGY", "MIL")
    assert doc[6:9].text == "the Egyptian army"
    assert reporter_state(doc, doc[0], "MIL", [army]) is None  # it reports another clause
    doc = nlp("Soldiers fired on smugglers near Rafah, the Egyptian army said.")
    army = mention(7, 10, "agent", "EGY", "MIL")
    assert doc[7:10].text == "the Egyptian army"
    assert reporter_state(doc, doc[0], "MIL", [army]) == "EGY"
    assert reporter_state(doc, doc[0], "COP", [army]) is None
