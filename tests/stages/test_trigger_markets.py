"""Tests for markets told in the words of war (``trigger_markets``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.trigger_markets import is_market_move
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "word", "market"),
    [
        ("The euro attacked the 1.20 level against the dollar.", "attacked", True),
        ("The rupee retreated from its best level of the month.", "retreated", True),
        ("Wall Street rallied after the jobs report.", "rallied", True),
        ("The miner's shares struck a record high.", "struck", True),
        ("Brent crude fought back from early losses.", "fought", True),
        ("Netflix overtook Disney as the biggest streamer.", "overtook", True),
        ("Oil workers rallied in Lagos against the fuel price rise.", "rallied", False),
        ("Government troops retreated from the town.", "retreated", False),
        ("Jets struck an oil depot near Homs.", "struck", False),
        # A traded thing sent up or down by the verb's doer: a market's move.
        ("The rate cut sent shares sharply higher.", "sent", True),
        ("The report pushed oil prices lower on Monday.", "pushed", True),
        ("Chile sent wheat to Bolivia.", "sent", False),
    ],
)
def test_a_market_move_is_told_apart(nlp: Language, text: str, word: str, market: bool) -> None:
    verb = token(nlp(text), word)
    assert is_market_move(verb, lemma_of(verb)) is market


def test_the_lexicon_codes_a_currency_retreat_as_no_event(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    assert lexicon.code(token(nlp("The rupee retreated against the dollar."), "retreated")) is None
    coding = lexicon.code(token(nlp("Government troops retreated from the town."), "retreated"))
    assert coding is not None and coding.event == "RETREAT"
