"""Tests for named news outlets suspended, banned or shut (``trigger_media_outlets``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.trigger_media_outlets import CENSOR_CAMEO, censored_outlet_or

from .event_helpers import token

REDUCED_RELATIONS = "160"


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("The junta suspended the BBC for two weeks.", "suspended", CENSOR_CAMEO),
        (
            "The junta suspended the BBC and Voice of America on Thursday.",
            "suspended",
            CENSOR_CAMEO,
        ),
        ("Russia banned Al Jazeera last year.", "banned", CENSOR_CAMEO),
        ("Niger suspended military cooperation with France.", "suspended", REDUCED_RELATIONS),
        ("The BBC suspended its Persian service.", "suspended", REDUCED_RELATIONS),
        ("The government praised the BBC on Monday.", "praised", REDUCED_RELATIONS),
    ],
)
def test_a_named_outlet_stopped_is_censored(nlp: Language, text: str, verb: str, code: str) -> None:
    assert censored_outlet_or(REDUCED_RELATIONS, token(nlp(text), verb)) == code
