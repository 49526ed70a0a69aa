"""Finding toponyms: the finders run together, their spans in text order, names under the
model's person and organisation labels left. Each finder's own rules are tested in the file
that mirrors its module (`test_place_entities.py`, `test_place_misread.py`...)."""

from __future__ import annotations

from .place_helpers import found_exactly_test

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "toponyms come in text order": (
        "A US-based firm opened offices in Kenya and the Kursk region.",
        ["US", "Kenya", "Kursk region"],
    ),
    "names of persons and newspapers are not toponyms": (
        "The Washington Post said Jordan Peterson would speak.",
        [],
    ),
}


test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
