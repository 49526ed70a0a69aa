"""A fixed split of a gold file into a development half and a held-apart half.

A sentence's half is decided by the SHA-256 digest of its `id` alone: even first byte →
`dev`, odd → `held`. The split never depends on file order or on the text, so it is the same
on every machine and for every run, and a rule can be tuned on `dev` while `held` stays unseen.

Gold files that mark several sentences of one article (ids `<corpus>-<article>-<start>`) are
split by article instead (`half_of_article`): a name or a turn of phrase met in a dev sentence
would otherwise recur in held sentences of the same story, and a rule written for it would
lift the held half too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Literal, TypeVar

Half = Literal["dev", "held"]
HALVES: tuple[Half, ...] = ("dev", "held")

_Item = TypeVar("_Item")


def half_of(sentence_id: str) -> Half:
    """The half a gold sentence belongs to."""
    first_byte = hashlib.sha256(sentence_id.encode("utf-8")).digest()[0]
    return "dev" if first_byte % 2 == 0 else "held"


def half_of_article(sentence_id: str) -> Half:
    """The half of a sentence whose id ends in its start offset ("GWN-12-340"): that of its
    article ("GWN-12"), so that all sentences of one article fall in the same half."""
    article, separator, start = sentence_id.rpartition("-")
    if not separator or not start.isdigit():
        raise ValueError(f"sentence id {sentence_id!r} does not end in a start offset")
    return half_of(article)


def select(items: Sequence[_Item], ids: Sequence[str], half: Half) -> list[_Item]:
    """The items (paired with `ids` by position) that fall in `half`."""
    if len(items) != len(ids):
        raise ValueError("items and ids differ in length")
    return [item for item, key in zip(items, ids, strict=True) if half_of(key) == half]
