"""Clause direction on hand-built parses, so the rules are tested apart from the model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dyads.stages.time_tense import clause_direction, scheduled_present

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower-casing) without a model

# (word, head index, dependency, coarse tag, fine tag, lemma)
Row = tuple[str, int, str, str, str, str]


def parse(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB,
        words=[row[0] for row in rows],
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        tags=[row[4] for row in rows],
        lemmas=[row[5] for row in rows],
    )


def test_past_verb() -> None:
    doc = parse(
        [
            ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
            ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Friday", 2, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[3]) == "past"


def test_modal_future() -> None:
    doc = parse(
        [
            ("They", 2, "nsubj", "PRON", "PRP", "they"),
            ("will", 2, "aux", "AUX", "MD", "will"),
            ("meet", 2, "ROOT", "VERB", "VB", "meet"),
            ("on", 2, "prep", "ADP", "IN", "on"),
            ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[4]) == "future"


def test_complement_of_expect_is_future() -> None:
    doc = parse(
        [
            ("It", 2, "nsubjpass", "PRON", "PRP", "it"),
            ("is", 2, "auxpass", "AUX", "VBZ", "be"),
            ("expected", 2, "ROOT", "VERB", "VBN", "expect"),
            ("to", 4, "aux", "PART", "TO", "to"),
            ("end", 2, "xcomp", "VERB", "VB", "end"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[6]) == "future"


def test_upcoming_noun_points_forward_even_under_a_past_verb() -> None:
    doc = parse(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("discussed", 1, "ROOT", "VERB", "VBD", "discuss"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("upcoming", 4, "amod", "ADJ", "JJ", "upcoming"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[6]) == "future"


def test_participle_on_a_noun_is_past() -> None:
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT", "the"),
            ("agreement", 1, "ROOT", "NOUN", "NN", "agreement"),
            ("signed", 1, "acl", "VERB", "VBN", "sign"),
            ("last", 4, "amod", "ADJ", "JJ", "last"),
            ("year", 2, "npadvmod", "NOUN", "NN", "year"),
        ]
    )
    assert clause_direction(doc[4]) == "past"


def test_present_tense_has_no_direction() -> None:
    doc = parse(
        [
            ("Parliament", 1, "nsubj", "PROPN", "NNP", "Parliament"),
            ("meets", 1, "ROOT", "VERB", "VBZ", "meet"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Friday", 2, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[3]) == "unknown"


def test_perfect_of_a_plan_verb_is_past() -> None:
    doc = parse(
        [
            ("On", 4, "prep", "ADP", "IN", "on"),
            ("Sunday", 0, "pobj", "PROPN", "NNP", "Sunday"),
            ("they", 3, "nsubj", "PRON", "PRP", "they"),
            ("had", 4, "aux", "AUX", "VBD", "have"),
            ("agreed", 4, "ROOT", "VERB", "VBN", "agree"),
        ]
    )
    assert clause_direction(doc[1]) == "past"


def test_infinitive_on_a_noun_is_future() -> None:
    doc = parse(
        [
            ("an", 1, "det", "DET", "DT", "an"),
            ("event", 1, "ROOT", "NOUN", "NN", "event"),
            ("to", 4, "aux", "PART", "TO", "to"),
            ("be", 4, "auxpass", "AUX", "VB", "be"),
            ("held", 1, "relcl", "VERB", "VBN", "hold"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"),
        ]
    )
    assert clause_direction(doc[6]) == "future"


def test_passive_perfect_of_a_plan_verb_is_future() -> None:
    doc = parse(
        [
            ("A", 1, "det", "DET", "DT", "a"),
            ("hearing", 4, "nsubjpass", "NOUN", "NN", "hearing"),
            ("has", 4, "aux", "AUX", "VBZ", "have"),
            ("been", 4, "auxpass", "AUX", "VBN", "be"),
            ("scheduled", 4, "ROOT", "VERB", "VBN", "schedule"),
            ("for", 4, "prep", "ADP", "IN", "for"),
            ("June", 5, "pobj", "PROPN", "NNP", "June"),
        ]
    )
    assert clause_direction(doc[6]) == "future"


def test_passive_decision_verb_is_past() -> None:
    doc = parse(
        [
            ("It", 2, "nsubjpass", "PRON", "PRP", "it"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("agreed", 2, "ROOT", "VERB", "VBN", "agree"),
            ("on", 2, "prep", "ADP", "IN", "on"),
            ("Wednesday", 3, "pobj", "PROPN", "NNP", "Wednesday"),
        ]
    )
    assert clause_direction(doc[4]) == "past"


def test_a_date_on_a_present_verb_is_a_schedule() -> None:
    doc = parse(
        [
            ("Parliament", 1, "nsubj", "PROPN", "NNP", "Parliament"),
            ("votes", 1, "ROOT", "VERB", "VBZ", "vote"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Thursday", 2, "pobj", "PROPN", "NNP", "Thursday"),
        ]
    )
    assert scheduled_present(doc[3])


def test_a_date_on_a_noun_of_a_present_clause_is_no_schedule() -> None:
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("suspension", 5, "nsubj", "NOUN", "NN", "suspension"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Tuesday", 2, "pobj", "PROPN", "NNP", "Tuesday"),
            ("talks", 1, "npadvmod", "NOUN", "NNS", "talk"),
            ("leaves", 5, "ROOT", "VERB", "VBZ", "leave"),
        ]
    )
    assert not scheduled_present(doc[3])


def test_a_reporting_verb_in_the_present_is_no_schedule() -> None:
    doc = parse(
        [
            ("Police", 1, "nsubj", "PROPN", "NNP", "Police"),
            ("say", 1, "ROOT", "VERB", "VBP", "say"),
            ("Monday", 1, "npadvmod", "PROPN", "NNP", "Monday"),
        ]
    )
    assert not scheduled_present(doc[2])
