"""Titles of offices that the agent tables list only in part, read where their capital says
they are titles.

- "Speaker": the tables know "house speaker" and "senate president", not "speaker" alone, which
  is as often one who speaks ("speakers at the rally"). Capitalised inside a sentence, or
  opening one before a name ("Lok Sabha Speaker NAME", "the Speaker ruled", "Speaker NAME
  said"), or in any case right after a legislature or its possessive ("the Knesset speaker",
  "the Ugandan parliament's speaker"), it is the presiding officer of a legislature (LEG).
- "Secretary": the tables list some portfolios' secretaries ("foreign secretary"), and
  "secretary" alone is as often a clerk or a party's officer. Capitalised right after a state's
  or a territory's name ("the Scottish Secretary", "the Northern Ireland Secretary") or after a
  capitalised portfolio ("the Home Secretary", "the Work and Pensions Secretary"), it is a
  minister (GOV), as Britain names its secretaries of state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_patterns import Mention
from dyads.stages.actor_portfolios import PORTFOLIO_ENDS

SPEAKER_WORDS = frozenset({"speaker", "speakers"})
POSSESSIVE = ("'s", "’s")
SECRETARY_WORDS = frozenset({"Secretary", "Secretaries"})
# Words after "Secretary" that make another title: "Secretary General", "Secretary of State"
# (listed in the tables), "Secretary-General".
NOT_SECRETARY_AFTER = frozenset({"general", "generals", "-", "of", "to"})
# Words that make a portfolio before "Secretary", beyond those a portfolio ends with.
PORTFOLIO_WORDS = PORTFOLIO_ENDS | {"home", "foreign", "business", "pensions", "work", "media"}
PORTFOLIO_WORDS |= {"digital", "culture", "science"}
JOINERS = frozenset({"and", "&", ","})
MAX_PORTFOLIO_WORDS = 6
# Mentions whose name before "Secretary" makes the office theirs.
STATE_KINDS = frozenset({"country", "place", "capital"})
LEGISLATURE = "LEG"
GOVERNMENT = "GOV"


def office_title_agents(
    doc: Doc, agents: dict[int, tuple[int, str]], mentions: list[Mention]
) -> dict[int, tuple[int, str]]:
    """The agent spans with each capitalised "Speaker" and each "Secretary" of a territory or
    a portfolio added (end -> (start, sector)), where no agent or name covers the word."""
    words = [t.i for t in doc if t.lower_ in SPEAKER_WORDS or t.text in SECRETARY_WORDS]
    if not words:
        return agents
    taken = {i for m in mentions for i in range(m.start, m.end)}
    covered = taken | {i for end, (start, _) in agents.items() for i in range(start, end)}
    by_end = {m.end: m for m in mentions}
    legislatures = {m.end for m in mentions if m.sector == LEGISLATURE}
    legislatures |= {end for end, (_, sector) in agents.items() if sector == LEGISLATURE}
    result = dict(agents)
    for i in words:
        if i in covered:
            continue
        if doc[i].lower_ in SPEAKER_WORDS:
            if _presides(doc, i) or _after_legislature(doc, i, legislatures):
                result[i + 1] = (i, LEGISLATURE)
            continue
        start = _secretary_start(doc, i, by_end, covered)
        if start is not None:
            result[i + 1] = (start, GOVERNMENT)
    return result


def _after_legislature(doc: Doc, i: int, legislatures: set[int]) -> bool:
    """Whether a "speaker" stands right after a legislature's name or its possessive."""
    k = i - 1 if i > 0 and doc[i - 1].text in POSSESSIVE else i
    return k in legislatures


def _presides(doc: Doc, i: int) -> bool:
    """Whether a capitalised "Speaker" is a title: inside a sentence, or opening one before a
    proper noun ("Speaker NAME said"), not "Speakers at the rally"."""
    if not doc[i].text[:1].isupper():
        return False
    if not doc[i].is_sent_start and i > 0:
        return True
    return i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"


def _secretary_start(doc: Doc, i: int, by_end: dict[int, Mention], covered: set[int]) -> int | None:
    """Where the title of a secretary of state starts: at "Secretary" after a state's or a
    territory's name (which owns it), at the first word of a capitalised portfolio before it,
    or None for any other secretary."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in NOT_SECRETARY_AFTER:
        return None
    owner = by_end.get(i)
    if owner is not None and owner.kind in STATE_KINDS and owner.code:
        return i  # "the Scottish Secretary": the owner's name says whose
    start = None
    k = i - 1
    while k >= 0 and i - k <= MAX_PORTFOLIO_WORDS and k not in covered:
        word = doc[k]
        if word.lower_ in JOINERS and start is not None and k > 0:
            k -= 1
            continue
        if word.lower_ not in PORTFOLIO_WORDS or not word.text[:1].isupper():
            break
        start = k
        k -= 1
    return start
