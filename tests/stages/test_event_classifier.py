"""Tests for the trained event-type classifier and its features."""

from __future__ import annotations

from spacy.language import Language

from dyads.records import PLOVER_TYPES
from dyads.stages.event_classifier import EventTypeClassifier, features


def test_features_name_the_main_verb_its_object_and_content_words(nlp: Language) -> None:
    found = features(nlp("The army shelled the village."))
    assert "root=shell" in found
    assert "vo=shell:village" in found
    assert "w=army" in found
    assert "bias" in found


def test_negation_is_a_feature(nlp: Language) -> None:
    assert "negated" in features(nlp("The army did not attack."))
    assert "negated" not in features(nlp("The army attacked."))


def test_hand_built_weights_decide_the_type(nlp: Language) -> None:
    model: dict[str, object] = {
        "labels": ["ASSAULT", "PROTEST"],
        "weights": {"root=shell": [2.0, -2.0], "root=march": [-2.0, 2.0]},
    }
    classifier = EventTypeClassifier(model)
    assert classifier.scores(nlp("Troops shelled the town.")).best[0] == "ASSAULT"
    assert classifier.scores(nlp("Students marched in the capital.")).best[0] == "PROTEST"


def test_shipped_model_gives_a_distribution_over_plover_types(nlp: Language) -> None:
    classifier = EventTypeClassifier()
    assert set(classifier.labels) == set(PLOVER_TYPES)
    scores = classifier.scores(nlp("Thousands of workers went on strike over pay."))
    assert abs(sum(scores.probabilities.values()) - 1.0) < 1e-6
    assert scores.best[0] == "PROTEST"
