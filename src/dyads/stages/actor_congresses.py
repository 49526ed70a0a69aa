"""A bare "Congress": whose congress the article's states say it is.

News names several bodies "Congress" alone: the US Congress, India's Congress party and the
legislatures of Latin America and the Philippines. A "Congress" with no state before it ("Peru's
Congress" and "the U.S. Congress" are matched as names) takes the article's states:

- India's Congress party (IND PTY) when the article names India at least as often as the United
  States (Indian places, "the BJP", "the Lok Sabha", Indian leaders);
- the US Congress (USA LEG) when the article names the United States, or no state at all;
- else the legislature of the one state the article names most, where that state's legislature
  is a congress ("Congress voted ... in Lima" → PER LEG).

A person named after "Congress" and a title ("Congress leader NAME", "Congress MP NAME") is of
that party or legislature. The party out of government on the coding date is then OPP
(``actor_opposition.py``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from dyads.stages.actor_patterns import FOCUS_KINDS, NOT_STATES, Mention, name_after_title
from dyads.stages.doc_utils import token_table

CONGRESS = "Congress"
INDIA = "IND"
UNITED_STATES = "USA"
# The names the tables give the two bodies, so that later rules know them.
CONGRESS_NAMES = {INDIA: "Indian National Congress", UNITED_STATES: "United States Congress"}
# States whose national legislature news calls "Congress" (besides the United States).
CONGRESS_STATES = frozenset(
    {"ARG", "BOL", "BRA", "CHL", "COL", "CRI", "DOM", "ECU", "GTM", "HND", "MEX", "NIC", "PER"}
    | {"PHL", "PRY", "SLV", "URY", "VEN"}
)
# Words that may stand between "Congress" and a member's name ("Congress leader", "Congress MP",
# "Congress general secretary").
MEMBER_TITLES = frozenset(
    {"leader", "leaders", "mp", "mla", "lawmaker", "legislator", "member", "spokesman"}
    | {"spokeswoman", "spokesperson", "president", "chief", "general", "secretary", "veteran"}
    | {"candidate", "chairman", "chairperson", "minister", "politician", "worker", "stalwart"}
)
MAX_MEMBER_TITLE_TOKENS = 2
# Words before "Congress" that make it part of another name or a different body.
NOT_BARE_BEFORE = frozenset({"'s", "’s"})


def congress_mentions(doc: Doc, mentions: list[Mention], context: list[Mention]) -> list[Mention]:
    """The `mentions` with every bare "Congress" (and a member named after it) coded by the
    states of those and the `context` mentions, places included (see the module)."""
    table = token_table(doc)
    spots = [i for i, text in enumerate(table.texts) if text == CONGRESS]
    if not spots:
        return mentions
    at = set(spots)
    spans = {(m.start, m.end) for m in mentions}
    seen = mentions + [m for m in context if (m.start, m.end) not in spans]
    # The bare bodies themselves say nothing of whose they are.
    owner = _owner([m for m in seen if not (m.kind == "agent" and at & set(range(m.start, m.end)))])
    if owner is None:
        return mentions
    code, sector = owner
    kind = "org" if code == INDIA else "agent"  # a party; a legislature is a state's body
    covering = {i: m for m in mentions for i in range(m.start, m.end)}
    replaced: set[tuple[int, int]] = set()
    added: list[Mention] = []
    for i in spots:
        if not _bare(doc, i, covering):
            continue
        body = covering.get(i)
        if body is not None:
            replaced.add((body.start, body.end))
        start = i - 1 if i > 0 and table.lowers[i - 1] == "the" else i
        member = _member_after(doc, i, covering)
        if member is not None:
            for k in range(i, member[1]):
                other = covering.get(k)
                if other is not None:
                    replaced.add((other.start, other.end))
            name = doc[member[0] : member[1]].text
            added.append(Mention(start, member[1], name, "person", code, sector))
            continue
        added.append(Mention(start, i + 1, CONGRESS_NAMES.get(code, CONGRESS), kind, code, sector))
    if not added:
        return mentions
    kept = [m for m in mentions if (m.start, m.end) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


def _bare(doc: Doc, i: int, covering: dict[int, Mention]) -> bool:
    """Whether "Congress" at i names a body by that word alone: not inside a longer name ("Indian
    National Congress", "Mobile World Congress") nor owned ("Peru's Congress")."""
    mention = covering.get(i)
    if mention is not None and (mention.kind != "agent" or mention.end - mention.start > 2):
        return False  # a name the tables know, with its state ("the U.S. Congress")
    if mention is not None and mention.start < i and doc[mention.start].lower_ != "the":
        return False
    if i > 0:
        before = doc[i - 1]
        if before.text in NOT_BARE_BEFORE or (before.is_title and not before.is_sent_start):
            return False  # "Peru's Congress", "World Uyghur Congress"
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.lower_ not in ("of", "party")


def _member_after(doc: Doc, i: int, covering: dict[int, Mention]) -> tuple[int, int] | None:
    """The name after "Congress" and a member's title ("Congress leader NAME"), if any."""
    k = i + 1
    while k < len(doc) and k - i <= MAX_MEMBER_TITLE_TOKENS and doc[k].lower_ in MEMBER_TITLES:
        k += 1
    if k == i + 1:
        return None
    found = name_after_title(doc, k, set())
    if found is None:
        return None
    other = covering.get(found[0])
    if other is not None and other.kind != "person":
        return None
    return found


def _owner(mentions: list[Mention]) -> tuple[str, str] | None:
    """Whose Congress the article means, as a code and sector (see the module)."""
    counts = Counter(
        m.code
        for m in mentions
        if m.kind in FOCUS_KINDS and m.code and len(m.code) == 3 and m.code not in NOT_STATES
    )
    if counts[INDIA] and counts[INDIA] >= counts[UNITED_STATES]:
        return INDIA, "PTY"
    if counts[UNITED_STATES] or not counts:
        return UNITED_STATES, "LEG"
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if top in CONGRESS_STATES and (len(ranked) == 1 or n > ranked[1][1]):
        return top, "LEG"
    return None
