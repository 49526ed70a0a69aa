"""A fixed split of a gold file into a development half and a held-apart half.

A sentence's half is decided by the SHA-256 digest of its `id` alone: even first byte →
`dev`, odd → `held`. The split never depends on file order or on the text, so it is the same
on every machine and for every run, and a rule can be tuned on `dev` while `held` stays unseen.
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


def select(items: Sequence[_Item], ids: Sequence[str], half: Half) -> list[_Item]:
    """The items (paired with `ids` by position) that fall in `half`."""
    if len(items) != len(ids):
        raise ValueError("items and ids differ in length")
    return [item for item, key in zip(items, ids, strict=True) if half_of(key) == half]
