"""Tests for funds a party receives that its words say its own state gave
(``role_state_funds``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.role_state_funds import home_state_funder

from .event_helpers import token
from .role_helpers import index_of


def test_government_loans_received_are_the_receivers_states(nlp: Language) -> None:
    doc = nlp("Renault has received 5 billion euros in government loans since March.")
    index = index_of(doc, [("Renault", "FRA", "BUS")])
    funder = home_state_funder(
        token(doc, "received"), index.actors_in(token(doc, "Renault"))[0], index
    )
    assert funder is not None
    assert (funder.code, funder.sector, funder.text) == ("FRA", "GOV", "government")


def test_state_aid_as_the_object_is_the_receivers_states(nlp: Language) -> None:
    doc = nlp("Greek farmers got state aid after the floods.")
    index = index_of(doc, [("Greek farmers", "GRC", "AGR")])
    receiver = index.actors_in(token(doc, "farmers"))[0]
    funder = home_state_funder(token(doc, "got"), receiver, index)
    assert funder is not None and funder.code == "GRC"


def test_funds_named_with_another_giver_are_left_alone(nlp: Language) -> None:
    doc = nlp("Kenya received Chinese government loans worth three billion dollars.")
    index = index_of(doc, [("Kenya", "KEN", None), ("Chinese government", "CHN", "GOV")])
    receiver = index.actors_in(token(doc, "Kenya"))[0]
    assert home_state_funder(token(doc, "received"), receiver, index) is None


def test_funds_with_no_word_of_the_state_have_no_giver(nlp: Language) -> None:
    doc = nlp("Renault received large loans last year.")
    index = index_of(doc, [("Renault", "FRA", "BUS")])
    receiver = index.actors_in(token(doc, "Renault"))[0]
    assert home_state_funder(token(doc, "received"), receiver, index) is None


def test_a_body_of_no_state_gets_no_home_funder(nlp: Language) -> None:
    doc = nlp("The agency received government funding for the camps.")
    index = index_of(doc, [("agency", "IGOUNOWFP", None)])
    receiver = index.actors_in(token(doc, "agency"))[0]
    assert home_state_funder(token(doc, "received"), receiver, index) is None
