"""Tests for sport told in the words of war (``trigger_sports``) and its armed twins."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_lemmas import lemma_of
from dyads.stages.trigger_sports import is_players_contract, is_sports_clash, is_sports_play
from dyads.stages.triggers import TriggerLexicon

from .event_helpers import token


@pytest.mark.parametrize(
    ("text", "word", "play"),
    [
        ("Porto beat Benfica 2-1 at home on Saturday.", "beat", True),
        ("Ghana crushed Togo in the qualifier in Accra.", "crushed", True),
        ("The winger attacked the far post from a corner.", "attacked", True),
        ("Murray defeated Federer in three sets in London.", "defeated", True),
        ("The rapper stormed the charts with his first album.", "stormed", True),
        ("The Celtics hired a new coach in May.", "hired", True),
        ("Supporters flocked to the ground before the derby.", "flocked", True),
        ("Opposition supporters marched through the capital.", "marched", False),
        ("Russian missiles struck a stadium in Kharkiv.", "struck", False),
        ("Troops stormed the stadium where the hostages were held.", "stormed", False),
        ("Police clashed with supporters after the cup final.", "clashed", False),
        ("Washington hit Moscow with two sets of sanctions.", "hit", False),
        ("Thousands of fans marched against the club's owners.", "marched", False),
        ("Rebels attacked an army post near the border.", "attacked", False),
        ("Bayern struck late to beat Dortmund.", "struck", True),
        ("Bayern struck late to beat Dortmund.", "beat", True),
        ("The visitors stormed back to level the score.", "stormed", True),
        ("Russian jets struck the town to beat back the offensive.", "struck", False),
        ("The rebels attacked the base to beat the government troops.", "beat", False),
    ],
)
def test_play_in_a_game_is_told_apart(nlp: Language, text: str, word: str, play: bool) -> None:
    verb = token(nlp(text), word)
    assert is_sports_play(verb, lemma_of(verb)) is play


def test_a_game_named_a_clash_is_no_event_but_a_clash_of_fans_is(nlp: Language) -> None:
    assert is_sports_clash(token(nlp("Saturday's clash with Ajax ended 1-1."), "clash"))
    rioting = nlp("Fans were hurt in a clash after the league match.")
    assert not is_sports_clash(token(rioting, "clash"))


def test_a_players_contract_is_no_pact(nlp: Language) -> None:
    doc = nlp("Napoli signed the Nigerian striker on a three-year deal.")
    assert is_players_contract(token(doc, "deal"))
    treaty = nlp("Chile signed up to a trade deal with Peru.")
    assert not is_players_contract(token(treaty, "deal"))


def test_the_lexicon_codes_a_score_as_no_event_and_an_attack_as_one(nlp: Language) -> None:
    lexicon = TriggerLexicon()
    game = nlp("Porto beat Benfica 2-1 at home on Saturday.")
    assert lexicon.code(token(game, "beat")) is None
    raid = nlp("Rebels attacked an army post near the border.")
    coding = lexicon.code(token(raid, "attacked"))
    assert coding is not None and coding.event == "ASSAULT"
