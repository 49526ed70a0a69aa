"""Every command and option of the CLI is documented in docs/cli.md, and every stage module in
docs/design.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from dyads.cli import app

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = (ROOT / "docs" / "cli.md").read_text()
DESIGN_DOC = (ROOT / "docs" / "design.md").read_text()


def _commands(group: Any, prefix: str) -> list[tuple[str, Any]]:
    found = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, full))
        else:
            found.append((full, command))
    return found


def test_every_command_and_option_is_documented() -> None:
    commands = _commands(typer.main.get_command(app), "dyads")
    assert {name for name, _ in commands} >= {
        "dyads code",
        "dyads query",
        "dyads export",
        "dyads eval plover",
    }
    for name, command in commands:
        assert f"## `{name}`" in CLI_DOC, f"{name} is not documented"
        assert command.help, f"{name} has no help"
        for parameter in command.params:
            if parameter.param_type_name == "option":
                longest = max(parameter.opts, key=len)
                assert longest in CLI_DOC, f"{name} {longest} is not documented"


def test_every_stage_module_is_described_in_the_design() -> None:
    modules = sorted((ROOT / "src" / "dyads" / "stages").glob("*.py"))
    assert len(modules) > 100
    missing = [m.name for m in modules if m.stem != "__init__" and f"{m.name}`" not in DESIGN_DOC]
    assert missing == [], f"docs/design.md does not describe {missing}"
