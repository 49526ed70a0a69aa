"""Titles set off by commas beside a name: "Iran's foreign minister, NAME," and "NAME, the
deputy foreign minister of Sweden,"; and offices held for a leader: "NAME, Putin's envoy,"."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.stages.actor_agent_nouns import AgentNouns, AgentSpans
from dyads.stages.actor_name_matcher import NameMatcher
from dyads.stages.actor_patterns import HEAD_NOUNS, STATE_SECTORS, Mention


def self_titled(doc: Doc, person: Mention, by_end: dict[int, Mention]) -> bool:
    """Whether a singular title stands in apposition before a name: "X's minister, NAME,"."""
    title = by_end.get(person.start - 1)
    closed = person.end >= len(doc) or doc[person.end].text in (",", ".")
    return (
        closed
        and title is not None
        and title.kind == "agent"
        and doc[title.end - 1].tag_ in ("NN", "NNP")
    )


def title_after(
    doc: Doc, person: Mention, by_start: dict[int, Mention], agents: AgentSpans | None = None
) -> Mention | None:
    """A singular title in apposition after a name: "NAME, Russia's foreign minister,", and
    "NAME, commander-in-chief of the armed forces,". With `agents`, also a title that names no
    state ("NAME, the army chief of staff,"): an uncoded agent mention with the title's sector,
    which decides as a title before the name would."""
    if person.end >= len(doc) or not _opens_apposition(doc, person.end):
        return None
    k = person.end + 1
    starts = {start: (end, sector) for end, (start, sector) in (agents or {}).items()}
    words = 0
    while k < len(doc) and k not in by_start and k not in starts:
        token = doc[k]
        if token.text == "-" and k + 1 < len(doc) and doc[k + 1].is_lower:
            k += 1  # "commander-in-chief": a hyphen and the word it joins are no new word
            continue
        if token.lower_ not in ("the", "a", "an") and not (token.is_lower and token.is_alpha):
            break
        if token.lower_ in _CONJUNCTIONS:
            return None  # "NAME, and his Azerbaijani counterpart,": a second party, no title
        words += doc[k - 1].text != "-"
        if words > 3:
            break
        k += 1  # "the deputy foreign minister of Sweden"
    title = by_start.get(k)
    if title is None and k in starts and doc[k - 1].lower_ not in ("a", "an"):
        end, sector = starts[k]  # "the army chief": one holder, unlike "a police officer"
        title = Mention(k, end, doc[k:end].text, "agent", None, sector)
    if title is None or title.kind != "agent":
        return None
    if doc[title.end - 1].tag_ not in ("NN", "NNP") and not _headed(doc, title.start):
        return None  # one holder: "the army chief", "head of the armed forces", not "troops"
    if title.end < len(doc) and doc[title.end].text not in (",", ".", ";", *DASHES):
        return None
    return title


# Words that join a second party after a comma rather than open a title.
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
# Dashes that set off an apposition when spaced: "NAME - the army chief - said".
DASHES = ("-", "–", "—")


def _opens_apposition(doc: Doc, i: int) -> bool:
    """Whether token i opens an apposition: a comma, or a dash with space before it (a dash
    joined to the word before is a hyphen)."""
    token = doc[i]
    return token.text == "," or (token.text in DASHES and i > 0 and bool(doc[i - 1].whitespace_))


def _headed(doc: Doc, start: int) -> bool:
    """Whether a body is named after a head noun and "of": "commander-in-chief of the armed
    forces", "head of the security services"."""
    k = start - (start > 0 and doc[start - 1].lower_ == "the")
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in HEAD_NOUNS


def apposition_code(
    doc: Doc, person: Mention, names: NameMatcher, agent_nouns: AgentNouns
) -> tuple[str | None, str | None]:
    """(code, sector) from an apposition after a name, read off the words themselves: "Ivan
    Petrov, Russia's deputy foreign minister" or "Ivan Petrov, the foreign minister of Russia"."""
    k = person.end
    if k >= len(doc) or doc[k].text != ",":
        return None, None
    k += 1
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    found = names.longest(doc, k) if k < len(doc) else None
    if found is not None:  # country first: "Russia's foreign minister"
        end, entry = found
        if entry.kind not in ("country", "capital"):
            return None, None
        if end < len(doc) and doc[end].text in ("'s", "’s"):
            end += 1
        agent = agent_nouns.at(doc, end, skip=2)
        return (entry.code_on(None)[0], agent[1]) if agent else (None, None)
    agent = agent_nouns.at(doc, k, skip=2)  # title first: "the foreign minister of Russia"
    if agent is None or agent[0] >= len(doc) or doc[agent[0]].lower_ not in ("of", "from"):
        return None, None
    k = agent[0] + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    found = names.longest(doc, k) if k < len(doc) else None
    if found is None or found[1].kind not in ("country", "capital"):
        return None, None
    return found[1].code_on(None)[0], agent[1]


def leader_owned_title(
    doc: Doc, person: Mention, mentions: list[Mention], agents: AgentSpans
) -> Mention | None:
    """The office a person holds for a leader in office, set in apposition: "NAME, Trump's
    special envoy," or "Putin's envoy for economic cooperation, NAME,". The office serves the
    leader's state, with the title's sector; as an agent mention carrying both."""
    title_of = {i: sector for end, (start, sector) in agents.items() for i in range(start, end)}
    leaders = {
        i: m
        for m in mentions
        if m.kind == "person" and m.sector in STATE_SECTORS and m.code and len(m.code) == 3
        for i in range(m.start, m.end)
    }
    root = doc[person.start : person.end].root
    partners = [root.head] if root.dep_ == "appos" else []
    partners += [c for c in root.children if c.dep_ == "appos"]
    for partner in partners:
        if partner.i not in title_of or not partner.is_lower:
            continue
        for owner in (c for c in partner.children if c.dep_ == "poss" and c.i in leaders):
            leader = leaders[owner.i]
            return Mention(
                leader.start, leader.end, leader.name, "agent", leader.code, title_of[partner.i]
            )
    return None
