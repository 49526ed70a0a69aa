from __future__ import annotations

from dyads.records import Article, Rejected
from dyads.run.partitions import Partition, fingerprint, split_partitions


def _article(number: int, text: str | None = None) -> Article:
    return Article(id=f"a{number}", text=text or f"Officials met in the capital, story {number}.")


def test_partitions_are_consecutive_slices_of_the_input() -> None:
    items = [_article(n) for n in range(7)]
    found = [p for p in split_partitions(items, 3) if isinstance(p, Partition)]
    assert [p.index for p in found] == [0, 1, 2]
    assert [[a.id for a in p.articles] for p in found] == [
        ["a0", "a1", "a2"],
        ["a3", "a4", "a5"],
        ["a6"],
    ]
    again = [p for p in split_partitions(items, 3) if isinstance(p, Partition)]
    assert [p.fingerprint for p in again] == [p.fingerprint for p in found]


def test_a_repeated_article_id_is_rejected_and_does_not_shift_partitions() -> None:
    items = [_article(0), _article(1), _article(0, "Other text."), _article(2)]
    results = list(split_partitions(items, 2))
    partitions = [r for r in results if isinstance(r, Partition)]
    rejects = [r for r in results if isinstance(r, Rejected)]
    assert [[a.id for a in p.articles] for p in partitions] == [["a0", "a1"], ["a2"]]
    assert len(rejects) == 1 and "duplicate" in rejects[0].reason


def test_the_fingerprint_changes_with_the_text_not_only_the_id() -> None:
    assert fingerprint([_article(1)]) != fingerprint([_article(1, "Another text.")])
    assert fingerprint([_article(1)]) == fingerprint([_article(1)])
