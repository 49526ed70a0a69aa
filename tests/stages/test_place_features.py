"""Local features: names before a word for a feature ("Evin prison", "the Ghulam Khan border
crossing", "Oak and Elm streets") and numbered roads ("the A120")."""

from __future__ import annotations

from spacy.language import Language

from .place_helpers import found_exactly_test, model_misses_test, shared_finder, span_of

# Every toponym a sentence holds, in text order, by the rule that finds or drops them.
FOUND_EXACTLY: dict[str, tuple[str, list[str]]] = {
    "names joined before a plural feature noun are each a place: streets": (
        "Police closed Oak and Elm streets after the crash.",
        ["Oak", "Elm"],
    ),
    "names joined before a plural feature noun are each a place: provinces": (
        "Floods hit Hunan and Jiangxi provinces.",
        ["Hunan", "Jiangxi"],
    ),
}

# A toponym the model does not tag as a place, and words that one toponym found must hold.
MODEL_MISSES: dict[str, tuple[str, str]] = {
    "a numbered road": (
        "A cyclist was hurt in a crash on the A120 near the village.",
        "A120",
    ),
    "a name before a lower case word for a building": (
        "Prisoners rioted at Evin prison on Saturday.",
        "Evin prison",
    ),
    "a name before lower case words for a feature": (
        "Trucks queued at the Ghulam Khan border crossing for days.",
        "Ghulam Khan border crossing",
    ),
}


test_toponyms_found = found_exactly_test(FOUND_EXACTLY)
test_kinds_of_toponyms_the_model_misses = model_misses_test(MODEL_MISSES)


def test_streets_joined_by_and_are_not_looked_up_as_towns(nlp: Language) -> None:
    doc = nlp("Police closed Oak and Elm streets after the crash.")
    start, _ = span_of(doc, "Oak")
    oak = next(m for m in shared_finder().find(doc) if m.start == start)
    assert oak.candidates == ()
