from pathlib import Path

import pytest

from dyads.cache import cache_dir, cached, entry_path


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting_build(calls: list[int], value: object) -> object:
    calls.append(1)
    return value


def _is_dict(stored: object) -> bool:
    return isinstance(stored, dict)


def test_a_second_process_reads_the_stored_table(folder: Path) -> None:
    calls: list[int] = []
    table = {"moscow": [1, 2], "wonsan": [3]}
    first = cached("names", b"source", lambda: _counting_build(calls, table), _is_dict)
    second = cached("names", b"source", lambda: _counting_build(calls, {}), _is_dict)
    assert first == second == table
    assert len(calls) == 1
    assert entry_path("names", b"source").parent == folder
    assert [p.name for p in folder.iterdir()] == [entry_path("names", b"source").name]


def test_changed_source_bytes_build_the_table_again(folder: Path) -> None:
    cached("names", b"old", lambda: {"a": 1}, _is_dict)
    cached("other-names", b"old", lambda: {"z": 0}, _is_dict)
    assert cached("names", b"new", lambda: {"b": 2}, _is_dict) == {"b": 2}
    # The entry built from the old bytes is stale and removed; another table's is kept.
    kept = {p.name for p in folder.iterdir()}
    assert kept == {entry_path("names", b"new").name, entry_path("other-names", b"old").name}


def test_a_damaged_or_unexpected_entry_is_rebuilt(folder: Path) -> None:
    cached("names", b"source", lambda: {"a": 1}, _is_dict)
    path = entry_path("names", b"source")
    path.write_bytes(b"\x00 not marshal")
    assert cached("names", b"source", lambda: {"b": 2}, _is_dict) == {"b": 2}
    assert cached("names", b"source", lambda: {"c": 3}, _is_dict) == {"b": 2}
    # An entry `valid` rejects (say, written by an older layout) is replaced.
    assert cached("names", b"source", lambda: {"d": 4}, lambda s: "d" in s) == {"d": 4}


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("DYADS_CACHE_DIR", str(blocker / "cache"))
    assert cached("names", b"source", lambda: {"a": 1}, _is_dict) == {"a": 1}
    assert not (blocker / "cache").exists()


def test_the_folder_follows_xdg_when_not_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DYADS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "dyads"
