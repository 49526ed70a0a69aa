from __future__ import annotations

from pathlib import Path

import pytest

from dyads.config import Settings, load_settings, resolve_model
from dyads.errors import DyadsError


def test_settings_are_read_and_actor_path_is_relative_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dyads.toml"
    path.write_text('model = "en_core_web_md"\nactors = "mine.tsv"\nworkers = 2\n')
    settings = load_settings(path)
    assert settings == Settings(model="en_core_web_md", actors=tmp_path / "mine.tsv", workers=2)


def test_unknown_or_bad_settings_are_errors_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dyads.toml"
    path.write_text("colour = 'red'\n")
    with pytest.raises(DyadsError, match="colour"):
        load_settings(path)
    path.write_text("workers = 0\n")
    with pytest.raises(DyadsError, match="workers"):
        load_settings(path)
    path.write_text("model = [\n")
    with pytest.raises(DyadsError, match=str(path)):
        load_settings(path)


def test_model_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(model="from_config")
    monkeypatch.delenv("DYADS_MODEL", raising=False)
    assert resolve_model(None, settings) == "from_config"
    monkeypatch.setenv("DYADS_MODEL", "from_env")
    assert resolve_model(None, settings) == "from_env"
    assert resolve_model("from_option", settings) == "from_option"
