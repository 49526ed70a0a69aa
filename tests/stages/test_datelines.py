"""Datelines found at the start of wire copy, and prose that only looks like one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyads.stages.datelines import dateline_tokens


def dateline_text(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    found = sorted(dateline_tokens(doc))
    return doc[found[0] : found[-1] + 1].text if found else None


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LIMA, June 8, 2026 - Peru and Chile signed a treaty.", "LIMA, June 8, 2026 -"),
        ("OSLO (Reuters) -- Norway expelled two diplomats.", "OSLO (Reuters) --"),
        ("ACCRA, Ghana (AP) — Protesters marched on Friday.", "ACCRA, Ghana (AP) —"),
        ("BISSAU, Guinea-Bissau (AP) - Troops mutinied.", "BISSAU, Guinea-Bissau (AP) -"),
        ("HANOI — Vietnam protested to Beijing.", "HANOI —"),
        ("Nairobi, March 3 (Reuters) - Kenya said.", "Nairobi, March 3 (Reuters) -"),
        ("Quito (AFP) - Ecuador declared an emergency.", "Quito (AFP) -"),
        ("ISLAMABAD: Pakistan summoned the envoy.", "ISLAMABAD:"),
        (
            "Talks stall\n\nBOGOTA, Colombia, May 2, 2026 (Example Wire) - Rebels said.",
            "BOGOTA, Colombia, May 2, 2026 (Example Wire) -",
        ),
    ],
)
def test_datelines_are_found(nlp: Language, text: str, dateline: str) -> None:
    assert dateline_text(nlp, text) == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said on Monday - in a written statement - that it would respond.",
        "The India - Pakistan border stayed closed.",
        "NATO: allies must spend more.",  # a headline's speaker, not a town
        "Peru, Chile - and Bolivia too - signed.",
        "Lima, the capital, was quiet - for now.",
    ],
)
def test_prose_is_no_dateline(nlp: Language, text: str) -> None:
    assert dateline_text(nlp, text) is None


def test_only_lines_near_the_start_are_read(nlp: Language) -> None:
    far = "The report was long. " * 30 + "\nLIMA (Reuters) - Peru said."
    assert dateline_text(nlp, far) is None
