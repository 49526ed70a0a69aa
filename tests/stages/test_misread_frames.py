"""A clause before a verb with its own object is no content of that verb (``misread_frames``)."""

from __future__ import annotations

from spacy.language import Language

from dyads.stages.denials import denied_content
from dyads.stages.misread_frames import is_misread_frame
from dyads.stages.status import cue_status

from .event_helpers import token

CHARGE = "The United States accused Tehran of seeking nuclear weapons, a charge Iran denies."


def test_a_charge_denied_leaves_the_accusation_asserted(nlp: Language) -> None:
    doc = nlp(CHARGE)
    accused = token(doc, "accused")
    assert is_misread_frame(accused)  # the small model hangs "accused" on "denies"
    assert cue_status(accused).status == "asserted"
    assert accused not in denied_content(token(doc, "denies"))


def test_a_trailing_denial_with_no_object_still_denies_the_clause(nlp: Language) -> None:
    doc = nlp("Troops attacked the village, the army denied.")
    attacked = token(doc, "attacked")
    assert not is_misread_frame(attacked)
    assert cue_status(attacked).status == "negated"
