"""Hacker groups named by their own names: "a hacker group calling itself NAME", "the NAME
hacking group", "NAME, a ransomware gang,".

Such groups pick their names themselves, so no table can list them; the noun beside the name
says what they are. The name is an actor of sector CRM, as the noun is ("hackers",
"ransomware gang" in ``agents_extra.tsv``), and of the state a demonym before the noun gives
("the Russian hacker group NAME"), else of none: hackers strike across borders, so the places
they hit and the states they are "tied to" or "linked to" are not theirs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentSpans
from dyads.stages.actor_patterns import Mention

# Words that make an agent noun a hacker's: "hacker group", "hacking crew", "ransomware gang".
CYBER_WORDS = frozenset(
    {"hacker", "hackers", "hacking", "ransomware", "cybercriminal", "cybercriminals"}
    | {"cyber", "cyber-criminal", "cyber-criminals"}
)
# Words between the noun and the name it goes by: "calling itself", "known as", "dubbed".
NAMING_WORDS = frozenset({"calling", "itself", "themselves", "known", "as", "dubbed", "called"})
NAMING_WORDS |= frozenset({"named", "styling"})
MAX_NAME_WORDS = 4
# Tags the tagger gives the words of a made-up name ("Crimson Jackal", "BlackVault").
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X"})
CRIMINAL_SECTOR = "CRM"


def is_cyber_agent(doc: Doc, start: int, end: int) -> bool:
    """Whether an agent phrase names hackers ("hacker group", "a ransomware gang"), also with
    the cyber word only modifying it ("a hacking gang": "gang" is the agent noun)."""
    if any(doc[i].lower_ in CYBER_WORDS for i in range(start, end)):
        return True
    return start > 0 and doc[start - 1].lower_ in CYBER_WORDS


def hacker_groups(doc: Doc, mentions: list[Mention], agents: AgentSpans) -> list[Mention]:
    """A mention for each hacker group's own name beside its noun (see the module)."""
    hackers = [
        (start, end)
        for end, (start, sector) in agents.items()
        if sector == CRIMINAL_SECTOR and is_cyber_agent(doc, start, end)
    ]
    if not hackers:
        return []  # the common case: no hacker's noun, nothing more to read
    found: list[Mention] = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for start, end in hackers:
        span = _name_after(doc, end, taken) or _name_before(doc, start, taken)
        span = span or _name_in_apposition(doc, start, end, taken)
        if span is None:
            continue
        code = _demonym_state(mentions, start)
        name = doc[span[0] : span[1]].text
        found.append(Mention(span[0], span[1], name, "org", code, CRIMINAL_SECTOR))
        taken.update(range(*span))
    return found


def _capitalised_run(doc: Doc, start: int, taken: set[int]) -> tuple[int, int] | None:
    """The capitalised words from `start` on that name something no other mention covers."""
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS and end not in taken:
        token = doc[end]
        if not token.text[:1].isupper() or token.is_sent_start or token.pos_ not in NAME_POS:
            break
        end += 1
    return (start, end) if end > start else None


def _name_after(doc: Doc, end: int, taken: set[int]) -> tuple[int, int] | None:
    """ "a hacker group calling itself NAME", "hacker group NAME", "the gang known as NAME"."""
    i = end
    while i < len(doc) and i - end < 3 and doc[i].lower_ in NAMING_WORDS:
        i += 1
    return _capitalised_run(doc, i, taken) if i < len(doc) else None


def _name_before(doc: Doc, start: int, taken: set[int]) -> tuple[int, int] | None:
    """ "the NAME hacking group": proper nouns compounded onto the noun right before it."""
    i = start
    while i > 0 and start - i < MAX_NAME_WORDS and i - 1 not in taken:
        token = doc[i - 1]
        if token.pos_ != "PROPN" or token.dep_ != "compound" or not token.text[:1].isupper():
            break
        i -= 1
    return (i, start) if i < start else None


def _name_in_apposition(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """ "NAME, a hacking crew tied to ...": the proper noun the phrase stands in apposition to."""
    root = doc[start:end].root
    if root.dep_ != "appos" or root.head.pos_ != "PROPN":
        return None
    head = root.head
    first = min([head.i] + [c.i for c in head.lefts if c.dep_ == "compound"])
    if any(i in taken for i in range(first, head.i + 1)):
        return None
    return first, head.i + 1


def _demonym_state(mentions: list[Mention], start: int) -> str | None:
    """The state of a demonym or state name right before the noun's phrase ("the Russian
    hacker group NAME"); a modifier joined by a hyphen ("Iran-linked") names no owner and is
    no mention here."""
    before = [m for m in mentions if m.end == start and m.kind == "country"]
    return before[0].code if before else None
