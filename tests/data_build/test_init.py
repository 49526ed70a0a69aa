"""The command line the converters share."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.data_build import run_converter, wrote


def test_one_argument_runs_the_converter_and_prints_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[Path] = []

    def convert(shared: Path) -> str:
        seen.append(shared)
        return "wrote it"

    assert run_converter("dyads.data_build.example", convert, [str(tmp_path)]) == 0
    assert seen == [tmp_path]
    assert capsys.readouterr().out == "wrote it\n"


@pytest.mark.parametrize("argv", [[], ["a", "b"]])
def test_other_argument_counts_print_the_usage_and_fail(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    def convert(shared: Path) -> None:
        raise AssertionError("must not run")

    assert run_converter("dyads.data_build.example", convert, argv) == 2
    usage = "usage: python -m dyads.data_build.example PATH/TO/shared/data"
    assert usage in capsys.readouterr().err


def test_the_written_line_names_the_file_and_its_size(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(b"x" * 1234)
    assert wrote(path) == f"wrote {path} (1,234 bytes)"
    assert wrote(path, "balanced") == f"wrote {path} (1,234 bytes; balanced)"
