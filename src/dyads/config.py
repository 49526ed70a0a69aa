"""Settings from a `dyads.toml` file: the model, the user's actor file, the worker count.

Precedence, highest first: command-line option, environment (`DYADS_MODEL`), config file,
built-in default. The file is `--config PATH`, else `./dyads.toml` when present:

    model = "en_core_web_md"
    actors = "my_actors.tsv"   # relative to the config file
    workers = 2
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dyads.errors import DyadsError
from dyads.nlp import MODEL_ENV

DEFAULT_CONFIG = Path("dyads.toml")


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    actors: Path | None = None
    workers: int = 1


def load_settings(path: Path | None = None) -> Settings:
    """Read the config file (if any); a bad file is an error naming it."""
    if path is None:
        if not DEFAULT_CONFIG.is_file():
            return Settings()
        path = DEFAULT_CONFIG
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DyadsError(f"cannot read config {path}: {exc}") from exc
    unknown = set(data) - {"model", "actors", "workers"}
    if unknown:
        raise DyadsError(f"config {path}: unknown setting(s) {', '.join(sorted(unknown))}")
    model = data.get("model")
    actors = data.get("actors")
    workers = data.get("workers", 1)
    if model is not None and not isinstance(model, str):
        raise DyadsError(f"config {path}: 'model' must be a string")
    if actors is not None and not isinstance(actors, str):
        raise DyadsError(f"config {path}: 'actors' must be a path string")
    if not isinstance(workers, int) or workers < 1:
        raise DyadsError(f"config {path}: 'workers' must be a positive integer")
    return Settings(
        model=model,
        actors=(path.parent / actors) if actors else None,
        workers=workers,
    )


def resolve_model(option: str | None, settings: Settings) -> str | None:
    """The model named on the command line, else in the environment, else in the config."""
    return option or os.environ.get(MODEL_ENV) or settings.model
