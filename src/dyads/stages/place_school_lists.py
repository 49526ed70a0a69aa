"""Schools listed by their short names ("Schools: Maple Grove Elementary, Oakridge Middle,
Westview High"), as local news lists closures, scores and results. Alone, "Westview High" or
"Oakridge Middle" need a word of place before them (`place_facilities`); two or more such names
listed together say "schools" by themselves.
"""

from __future__ import annotations

from collections.abc import Sequence

from dyads.stages.place_resolution import Mention

# Last words of a school's short name.
SCHOOL_TAILS = frozenset({"Elementary", "Middle", "High", "Academy", "Primary", "Secondary"})
# What stands between the items of a list.
SEPARATORS = frozenset({",", ";", "and", "&", "/"})
# What may open a list: the start of a sentence, a colon, a dash.
OPENERS = frozenset({":", "-", "–", "—", "(", "\n"})
MAX_NAME_WORDS = 4
MIN_ITEMS = 2


def school_list_mentions(words: Sequence[str], taken: list[bool]) -> list[Mention]:
    """Short school names listed two or more together, as unplaced mentions."""
    if SCHOOL_TAILS.isdisjoint(words):
        return []  # most articles: no school's word at all
    items: list[tuple[int, int]] = []
    found: list[Mention] = []
    i = 0
    while i < len(words):
        name = _school_name_ending(words, i)
        if name is None:
            if words[i] not in SEPARATORS:
                found += _flushed(items, taken)
                items = []
            i += 1
            continue
        start, end = name
        if items and not all(w in SEPARATORS for w in words[items[-1][1] : start]):
            found += _flushed(items, taken)
            items = []
        if not items and start > 0 and words[start - 1] not in OPENERS | SEPARATORS:
            i = end
            continue  # a list opens a sentence or follows a colon
        items.append(name)
        i = end
    return found + _flushed(items, taken)


def _school_name_ending(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """The capitalised name of up to four words ending in a school's word at or after i."""
    if not words[i][:1].isupper():
        return None
    end = i
    while end < len(words) and end - i < MAX_NAME_WORDS and words[end][:1].isupper():
        end += 1
    if words[end - 1] not in SCHOOL_TAILS or end - i < 2:
        return None
    if end < len(words) and words[end] in {"School", "Schools"}:
        return None  # "Westview High School": a facility's own name, found elsewhere
    return i, end


def _flushed(items: list[tuple[int, int]], taken: list[bool]) -> list[Mention]:
    if len(items) < MIN_ITEMS:
        return []
    return [Mention(s, e, ()) for s, e in items if not any(taken[s:e])]
