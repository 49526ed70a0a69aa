"""Shared fixtures: the spaCy model (loaded once) and the path to ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from dyads.nlp import load_model

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("DYADS_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
