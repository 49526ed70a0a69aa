from __future__ import annotations

from pathlib import Path

import pytest

from dyads.store.atomic import atomic_output


def test_file_appears_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with atomic_output(out) as partial:
        partial.write_text("done")
        assert not out.exists()
    assert out.read_text() == "done"
    assert list(tmp_path.iterdir()) == [out]


def test_failure_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old")
    with pytest.raises(ValueError, match="broke"), atomic_output(out) as partial:
        partial.write_text("half")
        raise ValueError("broke")
    assert out.read_text() == "old"
    assert list(tmp_path.iterdir()) == [out]
