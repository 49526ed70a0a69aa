"""From inputs to readers: files by extension, directories, stdin, and missing paths."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from dyads.ingest import ReadWarning, article_id, read_inputs
from dyads.ingest.discover import extension, input_files
from dyads.records import Article, Rejected


def articles(results: Sequence[object]) -> list[Article]:
    return [result for result in results if isinstance(result, Article)]


def test_extensions_are_case_blind_and_warc_gz_is_one() -> None:
    assert extension("crawl.WARC.GZ") == ".warc.gz"
    assert extension("a.HTM") == ".htm"
    assert extension("notes.tar.gz") == ".gz"
    assert extension("README") == ""


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta.\n")
    (tmp_path / "a" / "y.txt").write_text("Ypsilon.\n")
    (tmp_path / "x.txt").write_text("Xi.\n")
    (tmp_path / "notes.md").write_text("Skipped silently.\n")
    (tmp_path / ".hidden" / "w.txt").write_text("Hidden.\n")
    (tmp_path / ".draft.txt").write_text("Hidden too.\n")
    assert [p.relative_to(tmp_path).as_posix() for p in input_files(tmp_path)] == [
        "x.txt",
        "a/y.txt",
        "b/z.txt",
    ]
    results = list(read_inputs([str(tmp_path)]))
    assert [a.text for a in articles(results)] == ["Xi.\n", "Ypsilon.\n", "Zeta.\n"]
    assert len(results) == 3


def test_a_directory_without_inputs_gives_a_warning(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("Nothing to read.\n")
    assert list(read_inputs([str(tmp_path)])) == [
        ReadWarning(
            source=str(tmp_path),
            line=None,
            message="no input files (.txt .jsonl .html .htm .warc .warc.gz) in directory",
        )
    ]


def test_every_kind_of_file_is_dispatched_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j1", "text": "From JSON."}) + "\n")
    (tmp_path / "b.html").write_text(
        "<html><body><p>The two delegations met in Geneva on Monday, officials said.</p>"
        "</body></html>"
    )
    (tmp_path / "c.txt").write_text("Talks end\n\nFrom text.\n")
    results = list(read_inputs([str(tmp_path)]))
    assert articles(results)[0].id == "j1"
    assert [a.text for a in articles(results)] == [
        "From JSON.",
        "The two delegations met in Geneva on Monday, officials said.",
        "From text.\n",
    ]


def test_a_named_file_with_an_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("Headline here\n\nBody text.\n")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("Headline here", "Body text.\n")


def test_bad_files_are_rejected_and_never_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"GIF89a\0\0\x01")
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9\n")
    (tmp_path / "binary.jsonl").write_bytes(b"\0\0\0\0")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    missing = tmp_path / "missing.txt"
    names = [str(missing), str(tmp_path), str(good)]
    results = list(read_inputs(names))
    reasons = {
        Path(r.source).name: r.reason for r in results if isinstance(r, Rejected) and r.line is None
    }
    assert reasons == {
        "missing.txt": "no such file",
        "binary.jsonl": "binary file",
        "empty.jsonl": "empty file",
        "empty.txt": "empty file",
        "image.txt": "binary file",
        "latin1.txt": "not valid UTF-8 (byte 0xe9 at offset 3)",
    }
    assert [a.text for a in articles(results)] == ["Fine.\n", "Fine.\n"]


def test_stdin_of_json_objects_is_read_as_jsonl() -> None:
    data = b'{"id": "s1", "text": "One."}\n\n{"text": "Two.", "date": "soon"}\n'
    results = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert results[0] == Article(id="s1", text="One.")
    assert results[1] == ReadWarning(
        source="-", line=3, message="cannot parse \"date\" 'soon'; coded without a date"
    )
    assert results[2] == Article(id=article_id("Two."), text="Two.")


def test_stdin_of_anything_else_is_one_text_article() -> None:
    data = b'Summit ends\n\n{"not": "all json"}\nThe summit ended.\n'
    (article,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert isinstance(article, Article)
    assert article.title == "Summit ends"
    assert article.text == '{"not": "all json"}\nThe summit ended.\n'


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty input"), (b"\n \n", "empty input"), (b"\xff\xfe", "not valid UTF-8")],
)
def test_bad_stdin_is_rejected(data: bytes, reason: str) -> None:
    (rejected,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert isinstance(rejected, Rejected) and rejected.source == "-"
    assert rejected.reason.startswith(reason)


def test_inputs_are_read_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "2.txt").write_text("Second.\n")
    (tmp_path / "1.txt").write_text("First.\n")
    names = [str(tmp_path / "2.txt"), "-", str(tmp_path / "1.txt")]
    results = list(read_inputs(names, stdin=io.BytesIO(b"Middle.\n")))
    assert [a.text for a in articles(results)] == ["Second.\n", "Middle.\n", "First.\n"]
