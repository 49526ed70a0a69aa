"""Names after a noun of control or access, and towns' other names after a verb's "in", are
places whatever the model's label on them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.place_governed import governed_by_control_noun, other_name_after_in
from dyads.stages.place_resolution import Mention

from .place_helpers import by_text, places, shared_lookup, span_of


def _mention(nlp: Language, sentence: str, name: str) -> tuple[Mention, object]:
    doc = nlp(sentence)
    start, end = span_of(doc, name)
    candidates = shared_lookup().places_named(name, variants=True, cued=True)
    return Mention(start, end, candidates), doc


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Militants took control of Gao after the troops left.", "Gao"),
        ("The convoy was refused access to the Donbas for a week.", "Donbas"),
        ("Both states claim sovereignty over Kashmir.", "Kashmir"),
    ],
)
def test_a_noun_of_control_or_access_governs_a_place(
    nlp: Language, sentence: str, name: str
) -> None:
    mention, doc = _mention(nlp, sentence, name)
    assert governed_by_control_noun(doc, mention.start, mention)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The party lost control of Congress in the election.", "Congress"),
        ("Rebels surrounded Gao after the troops left.", "Gao"),
        ("The coach was given control of Chelsea in the summer.", "Chelsea"),
    ],
)
def test_no_cue_or_a_town_s_name_is_no_governed_place(
    nlp: Language, sentence: str, name: str
) -> None:
    mention, doc = _mention(nlp, sentence, name)
    assert not governed_by_control_noun(doc, mention.start, mention)  # type: ignore[arg-type]


def test_a_verb_s_in_takes_a_towns_other_name(nlp: Language) -> None:
    mention, doc = _mention(nlp, "A chapel was consecrated in Ejmiatsin.", "Ejmiatsin")
    assert other_name_after_in(doc, mention.start, mention)  # type: ignore[arg-type]


def test_investing_in_a_name_is_no_place(nlp: Language) -> None:
    mention, doc = _mention(nlp, "The fund invested in Ejmiatsin last year.", "Ejmiatsin")
    assert not other_name_after_in(doc, mention.start, mention)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Insurgents seized control of Kidal after the army pulled out.", "Kidal", "MLI"),
        ("Aid agencies were denied access to Tigray for months.", "Tigray", "ETH"),
        ("The new altar will be blessed in Echmiadzin next spring.", "Echmiadzin", "ARM"),
    ],
)
def test_the_stage_places_names_the_model_tags_as_persons_or_bodies(
    nlp: Language, sentence: str, name: str, country: str
) -> None:
    assert by_text(places(nlp, sentence))[name].country == country


def test_a_noun_s_in_takes_a_towns_other_name(nlp: Language) -> None:
    sentence = "Floods destroyed thousands of homes in Andijan and Namangan."
    mention, doc = _mention(nlp, sentence, "Andijan")
    assert other_name_after_in(doc, mention.start, mention)  # type: ignore[arg-type]
    found = by_text(places(nlp, sentence))
    assert (found["Andijan"].country, found["Namangan"].country) == ("UZB", "UZB")


def test_a_stake_in_a_name_is_no_place(nlp: Language) -> None:
    mention, doc = _mention(nlp, "The fund took a stake in Ejmiatsin last year.", "Ejmiatsin")
    assert not other_name_after_in(doc, mention.start, mention)  # type: ignore[arg-type]
