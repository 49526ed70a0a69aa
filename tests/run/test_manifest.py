from __future__ import annotations

from pathlib import Path

import pytest

from dyads.records import Rejected
from dyads.run.engine import PartitionOutput
from dyads.run.errors import BatchError
from dyads.run.manifest import MANIFEST, MANIFEST_FORMAT, BatchDirectory, ManifestHeader
from dyads.store.flatten import ARTICLE_SCHEMA, EVENT_SCHEMA, QUOTE_SCHEMA, to_table


def _header(partition_size: int) -> ManifestHeader:
    return ManifestHeader(
        format=MANIFEST_FORMAT, partition_size=partition_size, model="a_model", actors=None
    )


def test_a_torn_last_manifest_line_means_that_partition_is_not_finished(
    tmp_path: Path,
) -> None:
    with BatchDirectory(tmp_path) as directory:
        assert directory.finished(_header(2)) == {}
    with (tmp_path / MANIFEST).open("ab") as manifest:
        manifest.write(b'{"partition":0,"fingerp')
    with BatchDirectory(tmp_path) as directory:
        assert directory.finished(_header(2)) == {}
    assert (tmp_path / MANIFEST).read_bytes().endswith(b"}\n")


def test_a_directory_written_with_other_settings_is_refused(tmp_path: Path) -> None:
    with BatchDirectory(tmp_path) as directory:
        directory.finished(_header(2))
    with BatchDirectory(tmp_path) as directory, pytest.raises(BatchError, match="partition-size"):
        directory.finished(_header(3))


def test_two_runs_cannot_write_one_directory_at_once(tmp_path: Path) -> None:
    with BatchDirectory(tmp_path), pytest.raises(BatchError, match="another"):
        BatchDirectory(tmp_path).__enter__()


def test_unlisted_and_temporary_partition_files_are_removed(tmp_path: Path) -> None:
    with BatchDirectory(tmp_path) as directory:
        kept = directory.part("events", 0)
        stray = [directory.part("events", 1), tmp_path / "events" / ".part-00002.parquet.partial"]
        for path in [kept, *stray]:
            path.write_bytes(b"x")
        directory.remove_unfinished([0])
    assert kept.exists()
    assert not any(path.exists() for path in stray)


def test_a_written_partition_is_finished_only_while_all_its_files_are_in_place(
    tmp_path: Path,
) -> None:
    failed = Rejected(source="article a1", line=None, reason="the parser failed")
    output = PartitionOutput(
        index=0,
        fingerprint="abc",
        size=1,
        articles=to_table([], ARTICLE_SCHEMA),
        events=to_table([], EVENT_SCHEMA),
        quotes=to_table([], QUOTE_SCHEMA),
        rejects=(failed,),
    )
    with BatchDirectory(tmp_path) as directory:
        directory.finished(_header(2))
        entry = directory.write(output)
        assert (entry.articles, entry.coded, entry.rejects) == (1, 0, (failed,))
        assert directory.finished(_header(2)) == {0: entry}
        directory.part("quotes", 0).unlink()
        assert directory.finished(_header(2)) == {}
